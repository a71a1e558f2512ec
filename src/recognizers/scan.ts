import type { Warnings } from '../warnings.js';
import type { StreamCell } from './cells.js';

/** One row label found in a table section, with the cells that follow it. */
export interface ScannedRow {
  label: StreamCell;
  values: StreamCell[];
}

/**
 * Walks a cell stream: a cell that `match` names starts a row, any other label ends it,
 * and value cells go to the open row. A row found twice keeps the first occurrence that
 * holds values (a header repeated after a page break is not a row and ends nothing).
 * Values with no open row are returned as `orphans`.
 */
export function scanRows<Row extends string>(
  cells: readonly StreamCell[],
  match: (key: string, previous: Row | null) => Row | null,
  warnings: Warnings,
  table: string,
): { rows: Map<Row, ScannedRow>; orphans: StreamCell[]; labels: StreamCell[] } {
  const rows = new Map<Row, ScannedRow>();
  const orphans: StreamCell[] = [];
  const labels: StreamCell[] = [];
  let open: ScannedRow | null = null;
  let previous: Row | null = null;
  for (const cell of cells) {
    if (cell.label) {
      labels.push(cell);
      const row = match(cell.key, previous);
      if (row === null) {
        open = null;
        continue;
      }
      previous = row;
      const existing = rows.get(row);
      if (existing && existing.values.some((v) => v.value.kind !== 'blank')) {
        warnings.add('DUPLICATE_ROW', `${table}.${row}：第二次出现「${cell.text}」，保留第一次的数值`, { path: `${table}.${row}`, line: cell.line });
        open = { label: cell, values: [] };
        continue;
      }
      open = { label: cell, values: [] };
      rows.set(row, open);
      continue;
    }
    if (open) open.values.push(cell);
    else if (cell.value.kind !== 'blank') orphans.push(cell);
  }
  return { rows, orphans, labels };
}

/** Warns about every value the scan could not attach to a row. */
export function warnOrphans(orphans: readonly StreamCell[], path: string, warnings: Warnings): void {
  for (const cell of orphans) {
    warnings.add('CELL_UNPLACED', `${path}：数值「${cell.text}」不属于任何已识别的行`, { path, line: cell.line });
  }
}
