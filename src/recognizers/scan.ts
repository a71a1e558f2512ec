import { quote, type Warnings } from '../warnings.js';
import { LONGEST_LABEL, type StreamCell } from './cells.js';

/** One row label found in a table section, with the cells that follow it. */
export interface ScannedRow {
  label: StreamCell;
  values: StreamCell[];
}

/** A cell no row claims (blank or not), with the label just before it (a subtotal row's title, say). */
export interface Orphan {
  cell: StreamCell;
  after: StreamCell | null;
  /** the cell's index in the scanned stream */
  at: number;
}

/**
 * Walks a cell stream: a cell that `match` names starts a row, any other label ends it,
 * and value cells go to the open row. A label right after a row label that has no values
 * yet continues it (a long label wrapped onto the next line) instead of ending it. A row found twice keeps the first occurrence that
 * holds values (a header repeated after a page break is not a row and ends nothing).
 * Values with no open row are returned as `orphans`.
 */
export function scanRows<Row extends string>(
  cells: readonly StreamCell[],
  match: (key: string, previous: Row | null) => Row | null,
  warnings: Warnings,
  table: string,
): { rows: Map<Row, ScannedRow>; orphans: Orphan[]; labels: StreamCell[] } {
  const rows = new Map<Row, ScannedRow>();
  const orphans: Orphan[] = [];
  const labels: StreamCell[] = [];
  let open: ScannedRow | null = null;
  let previous: Row | null = null;
  let lastLabel: StreamCell | null = null;
  // Values with no open row, right before a row label: in this table values can stand above their label.
  let orphansSinceLabel = 0;
  let floating = false;
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at]!;
    if (cell.label) {
      labels.push(cell);
      // A long label wrapped onto the next line: only when the open row has no cell at all yet
      // (a row of blank cells is complete) and the piece carries no numbering of its own.
      const continues = open !== null && lastLabel === open.label && cell.key.length <= 30 && !NUMBERED.test(cell.key) && cell.col === undefined && open.values.every((v) => isPadding(v, open!.label, cell));
      lastLabel = cell;
      const row: Row | null = cell.key.length <= LONGEST_LABEL ? match(cell.key, previous) : null;
      if (row !== null && orphansSinceLabel > 0) floating = true;
      orphansSinceLabel = 0;
      if (row === null) {
        if (continues) {
          lastLabel = open!.label;
          open!.values = []; // the blanks were the first line's padding, not cells
          continue;
        }
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
    if (cell.lead) continue; // the next row's label-column padding
    if (open) open.values.push(cell);
    else {
      // Blank ones too: the row-order aligner needs a row's every cell.
      orphans.push({ cell, after: lastLabel, at });
      // Values right after a header, a fragment or no label at all — not after a numbered row
      // label nothing recognised (`2.其他…` with a typo): those may stand above the label they
      // belong to. (Table cells belong to their own row.)
      if (cell.value.kind !== 'blank' && cell.table === undefined && (lastLabel === null || !NUMBERED.test(lastLabel.key))) orphansSinceLabel++;
    }
  }
  if (floating) {
    for (const { label, values } of rows.values()) for (const value of values) if (value.table === undefined && value.line !== label.line) value.floating = true;
  }
  return { rows, orphans, labels };
}

/**
 * A row the scan read as exactly `width` numbers of its own: none above its label, none cut by
 * wrapping. The whole-table order reading may not contradict such a row.
 */
export function readByScan(row: ScannedRow | undefined, width: number): boolean {
  return row !== undefined && row.values.length === width && row.values.every((cell) => cell.value.kind === 'number' && !cell.floating && !cell.wrapped);
}

const SUBTOTAL = /小计|合计/;

/**
 * A blank field on the label's own table line or before the label's second half on the next
 * line: merged-cell padding of a row that wraps, not a cell of the row.
 */
function isPadding(value: StreamCell, label: StreamCell, piece: StreamCell): boolean {
  // In a grid with positions a blank is a real cell, and a label wraps inside its own cell.
  if (value.col !== undefined || piece.col !== undefined) return false;
  return value.value.kind === 'blank' && value.table !== undefined && value.table === label.table && (value.row === label.row || (value.table === piece.table && value.row === piece.row));
}
/** A label that starts with its own numbering (`2.`, `（三）`, `四、`) starts a row; it never continues one. */
const NUMBERED = /^(?:\d+[.、]|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)/;

/**
 * Warns about every value the scan could not attach to a row: the values of a subtotal
 * row outside the model as EXTRA_ROW (one warning per row), the rest as CELL_UNPLACED.
 */
export function warnOrphans(orphans: readonly Orphan[], path: string, warnings: Warnings): void {
  const extra = new Map<StreamCell, StreamCell[]>();
  for (const { cell, after } of orphans) {
    if (cell.value.kind === 'blank') continue;
    if (after && SUBTOTAL.test(after.key)) {
      const list = extra.get(after) ?? [];
      list.push(cell);
      extra.set(after, list);
      continue;
    }
    warnings.add('CELL_UNPLACED', `${path}：数值「${cell.text}」不属于任何已识别的行`, { path, line: cell.line });
  }
  for (const [label, cells] of extra) {
    const quoted = quote(cells.map((c) => c.text));
    warnings.add('EXTRA_ROW', `${path}：「${label.text}」不是本表的标准行，未读取其数值${quoted}`, { path, line: label.line });
  }
}

/** EXTRA_ROW for a row the edition does not have, quoting its values (none: nothing to say). */
export function warnExtraRow(path: string, edition: string, row: ScannedRow, warnings: Warnings): void {
  const values = row.values.filter((v) => v.value.kind !== 'blank');
  if (values.length === 0) return;
  warnings.add('EXTRA_ROW', `${path}：${edition}年版表格没有「${row.label.text}」行，未读取其数值${quote(values.map((v) => v.text))}`, { path, line: row.label.line });
}
