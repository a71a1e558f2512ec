import type { Warnings } from '../warnings.js';
import type { StreamCell } from './cells.js';

/**
 * Places the value cells that follow one row label into the row's `n` columns.
 *
 *     exactly n cells                    → by position (blank → null)
 *     more: trailing, then leading blanks → dropped (merged-cell padding); leading ones
 *                                          mean the row was right-aligned: ROW_SHIFTED
 *     more, all values equal             → every column gets the value (any alignment agrees)
 *     fewer, one value, last, has 总计    → the value is the total (seed 002): ROW_SHIFTED
 *     otherwise                          → nothing placed: ROW_VALUE_COUNT + CELL_UNPLACED
 *
 * Returns one cell (or null when unplaced/blank) per column.
 */
export function alignRow(
  cells: readonly StreamCell[],
  n: number,
  path: string,
  warnings: Warnings,
  options: { lastIsTotal?: boolean } = {},
): (StreamCell | null)[] {
  const out: (StreamCell | null)[] = new Array<StreamCell | null>(n).fill(null);
  const line = cells[0]?.line;
  const nonBlank = cells.filter((cell) => cell.value.kind !== 'blank');
  if (nonBlank.length === 0) {
    if (cells.length === 0) warnings.add('CELL_MISSING', `${path}：表中有此行，但没有读到任何数值`, { path, line });
    return out;
  }
  let start = 0;
  let end = cells.length;
  while (end - start > n && cells[end - 1]!.value.kind === 'blank') end--;
  let shifted = false;
  while (end - start > n && cells[start]!.value.kind === 'blank') {
    start++;
    shifted = true;
  }
  if (end - start === n) {
    for (let i = 0; i < n; i++) {
      const cell = cells[start + i]!;
      out[i] = cell.value.kind === 'blank' ? null : cell;
    }
    if (shifted) warnings.add('ROW_SHIFTED', `${path}：数值右对齐，按列尾对齐放置`, { path, line });
    return out;
  }
  const quoted = nonBlank.map((cell) => `「${cell.text}」`).join('');
  if (end - start > n) {
    const first = nonBlank[0]!.text;
    if (nonBlank.length >= n && nonBlank.every((cell) => cell.text === first)) {
      for (let i = 0; i < n; i++) out[i] = nonBlank[i]!;
      warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个数值，读到${nonBlank.length}个（均为${first}，取值不受影响）`, { path, line });
      return out;
    }
    warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个数值，读到${end - start}个单元格`, { path, line });
    warnings.add('CELL_UNPLACED', `${path}：无法确定这些数值所在的列：${quoted}`, { path, line });
    return out;
  }
  const last = cells[end - 1]!;
  if (options.lastIsTotal && nonBlank.length === 1 && last.value.kind !== 'blank') {
    out[n - 1] = last;
    warnings.add('ROW_SHIFTED', `${path}：只有一个数值，位于行尾，记入总计`, { path, line });
    return out;
  }
  warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个数值，读到${end - start}个单元格`, { path, line });
  warnings.add('CELL_UNPLACED', `${path}：无法确定这些数值所在的列：${quoted}`, { path, line });
  return out;
}
