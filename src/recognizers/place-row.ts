import { quote, type Warnings } from '../warnings.js';
import type { StreamCell } from './cells.js';

/**
 * The certainty rule for one row: each value goes into a column only when its column is
 * certain, else the row's values stay null and a warning quotes them.
 *
 *     by grid position       every value's cell lies under exactly one column header
 *     by count               exactly n cells (blanks explicit): the i-th cell is column i
 *     by padding             more cells than columns, and only one run of n consecutive
 *                            cells holds every value (the rest is merged-cell padding)
 *     otherwise              nothing placed: CELL_UNPLACED quoting the values
 *
 * (Where two runs fit, at least one of their end cells is blank, so a row's own total can
 * never choose between them: identities settle only glued runs, in the glued reader.)
 *
 * A row with fewer cells than columns is never aligned to either end: blank cells may have
 * vanished anywhere (`lines` without blanks, pipe exports that drop cells, PDF text).
 */
export interface PlaceOptions {
  /**
   * The column a value cell's grid position names: a column index, `null` when the position
   * names no single column, `undefined` when the source gives no position.
   */
  positionOf?: ((cell: StreamCell) => number | null | undefined) | undefined;
}

function byPosition(nonBlank: readonly StreamCell[], n: number, positionOf: NonNullable<PlaceOptions['positionOf']>): (StreamCell | null)[] | null {
  const out = new Array<StreamCell | null>(n).fill(null);
  for (const cell of nonBlank) {
    const column = positionOf(cell);
    if (column === undefined || column === null || column < 0 || column >= n || out[column] !== null) return null;
    out[column] = cell;
  }
  return out;
}

/** A row with no value placed. */
const noValues = (n: number): (StreamCell | null)[] => new Array<StreamCell | null>(n).fill(null);

/** The texts of the cells, quoted for a warning. */
const quoted = (cells: readonly StreamCell[]): string => quote(cells.map((cell) => cell.text));

/** The `n` cells from `start` as the row's columns, blanks as null. */
function window(cells: readonly StreamCell[], start: number, n: number): (StreamCell | null)[] {
  const placed = new Array<StreamCell | null>(n);
  for (let i = 0; i < n; i++) {
    const cell = cells[start + i]!;
    placed[i] = cell.value.kind === 'blank' ? null : cell;
  }
  return placed;
}

// The helpers are module functions, not closures: this runs once per table row.
export function placeRow(cells: readonly StreamCell[], n: number, path: string, warnings: Warnings, options: PlaceOptions = {}): (StreamCell | null)[] {
  const line = cells[0]?.line;
  // One pass: the non-blank cells, their first and last index, and the guards' flags.
  const nonBlank: StreamCell[] = [];
  let first = -1;
  let last = -1;
  let wrapped = false;
  let floating = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.wrapped) wrapped = true;
    if (cell.value.kind === 'blank') continue;
    if (cell.floating) floating = true;
    nonBlank.push(cell);
    if (first < 0) first = i;
    last = i;
  }
  if (nonBlank.length === 0) {
    if (cells.length === 0) warnings.add('CELL_MISSING', `${path}：表中有此行，但没有读到任何数值`, { path, line });
    return noValues(n);
  }
  if (wrapped) {
    warnings.add('NUMBER_SPLIT', `${path}：${quoted(nonBlank)}上下行有单独的数字，可能是折行拆开的数字，未取值`, { path, line });
    return noValues(n);
  }
  if (floating) {
    warnings.add('CELL_UNPLACED', `${path}：表中有数值在行标签之前，${quoted(nonBlank)}不在标签所在行，未取值`, { path, line });
    return noValues(n);
  }
  if (options.positionOf) {
    const placed = byPosition(nonBlank, n, options.positionOf);
    if (placed) return placed;
  }
  if (cells.length === n) return window(cells, 0, n);
  if (cells.length < n) {
    warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个单元格，只读到${cells.length}个（空白单元格可能丢失）`, { path, line });
    warnings.add('CELL_UNPLACED', `${path}：无法确定这些数值所在的列：${quoted(nonBlank)}`, { path, line });
    return noValues(n);
  }
  const from = Math.max(0, last - n + 1);
  const to = Math.min(first, cells.length - n);
  if (from === to) return window(cells, from, n);
  if (from > to) {
    // More values than columns. One value throughout: every column holds it, whichever cell is extra.
    const text = nonBlank[0]!.text;
    // Unless two of them are lines of one block: `33` wrapped in a narrow cell prints as `3` over `3`.
    const wrapPieces = nonBlank.some((cell, i) => i > 0 && cell.alone && nonBlank[i - 1]!.alone && cell.line === nonBlank[i - 1]!.line + 1);
    if (nonBlank.length >= n && !wrapPieces && nonBlank.every((cell) => cell.text === text)) {
      warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个数值，读到${nonBlank.length}个（均为${text}，取值不受影响）`, { path, line });
      return nonBlank.slice(0, n);
    }
    warnings.add('ROW_VALUE_COUNT', `${path}：应有${n}个数值，读到${nonBlank.length}个`, { path, line });
    warnings.add('CELL_UNPLACED', `${path}：无法确定这些数值所在的列：${quoted(nonBlank)}`, { path, line });
    return noValues(n);
  }
  warnings.add('CELL_UNPLACED', `${path}：空白单元格位置不明，${quoted(nonBlank)}的列不能确定，未取值`, { path, line });
  return noValues(n);
}
