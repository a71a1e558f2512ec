import { cluster } from './grid.js';
import { joinPieces } from './join-text.js';
import type { PageTable } from './page-layout.js';

/**
 * Tables across page breaks: the part at the foot of one page and the part at the head of
 * the next are one table when their columns line up by x-position (one page's columns may
 * be a subset of the other's). A repeated header row is dropped, a row cut by the break is
 * joined, and a spanning label continued over the break keeps spanning.
 */
export interface LogicalCell {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  page: number;
  /** page height, for boxes with y upwards */
  pageHeight: number;
  rowSpan: number;
}

export interface LogicalTable {
  /** column boundaries of all parts together */
  xs: number[];
  rows: LogicalCell[][];
  openBottom: boolean;
}

const EDGE = 8;
const ALIGN = 2.5;
const NUMBER = /^[-+－＋]?[\d０-９][\d０-９,，.．]*$/;
/** A value cell (a number, maybe with spaces, a unit or a percent sign): never joined to other text. */
const VALUE = /^[-+－＋]?\s*[\d０-９][\d０-９,，.．\s]*(?:%|％|万元|元|件|个|项)?$/;
const ENUMERATED = /^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[.．、])/;

export function logicalTable(part: PageTable, pageHeight: number): LogicalTable {
  const { grid, texts, page } = part;
  const rows: LogicalCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
  grid.cells.forEach((cell, i) => {
    rows[cell.row]!.push({ text: texts[i]!, x0: cell.x0, x1: cell.x1, y0: cell.y0, y1: cell.y1, page, pageHeight, rowSpan: cell.rowSpan });
  });
  for (const row of rows) row.sort((p, q) => p.x0 - q.x0);
  return { xs: [...grid.xs], rows, openBottom: grid.openBottom };
}

/** Whether the next page's table continues this one (columns line up). */
export function continues(previous: LogicalTable, next: PageTable): boolean {
  const a = previous.xs;
  const b = next.grid.xs;
  const sameLeft = Math.abs(a[0]! - b[0]!) <= EDGE;
  const sameRight = Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= EDGE;
  if (sameLeft && sameRight && Math.abs(a.length - b.length) <= 1) return true;
  // Most column boundaries shared: one page may draw a column split the other does not (a
  // label spanning two columns there), or leave a spanning label column undrawn (its borders
  // touch no row line on that page). Only a table heading the page follows one ending the last.
  const smaller = a.length <= b.length ? a : b;
  const larger = smaller === a ? b : a;
  const shared = smaller.filter((x) => larger.some((y) => Math.abs(x - y) <= ALIGN)).length;
  return (sameLeft || sameRight) && shared >= Math.max(2, 0.6 * smaller.length);
}

function rowKey(row: readonly LogicalCell[]): string {
  return row.map((c) => c.text.replace(/\s+/g, '')).join('|');
}

/** The cells of `table` that reach its last row, by x-range. */
function bottomCells(table: LogicalTable): LogicalCell[] {
  const out: LogicalCell[] = [];
  const last = table.rows.length - 1;
  table.rows.forEach((row, r) => {
    for (const cell of row) if (r + cell.rowSpan - 1 >= last) out.push(cell);
  });
  return out;
}

function sameColumns(a: LogicalCell, b: LogicalCell): boolean {
  return Math.abs(a.x0 - b.x0) <= ALIGN && Math.abs(a.x1 - b.x1) <= ALIGN;
}

export function joinTables(previous: LogicalTable, nextPart: PageTable, nextPageHeight: number): LogicalTable {
  const next = logicalTable(nextPart, nextPageHeight);
  let rows = next.rows;
  // A header row repeated on the new page.
  let repeated = 0;
  while (repeated < rows.length && repeated < previous.rows.length && rowKey(rows[repeated]!) === rowKey(previous.rows[repeated]!) && rowKey(rows[repeated]!).replace(/\|/g, '') !== '' && !rows[repeated]!.some((c) => NUMBER.test(c.text))) repeated++;
  rows = rows.slice(repeated);

  const first = rows[0];
  if (first) {
    const above = bottomCells(previous);
    const match = first.map((cell) => above.find((a) => sameColumns(a, cell)));
    // A row cut by the break: an edge left open, or (LibreOffice closes both edges) a first row
    // holding only the rest of its labels while the row above holds the values.
    const lastRow = previous.rows[previous.rows.length - 1] ?? [];
    // Report rows start with their number (一、 （六） 1.); the rest of a cut label does not.
    const labelsOnly =
      first.some((c) => c.text !== '') &&
      !first.some((c) => NUMBER.test(c.text) || ENUMERATED.test(c.text)) &&
      lastRow.some((c) => NUMBER.test(c.text));
    const cut = previous.openBottom || nextPart.grid.openTop || labelsOnly;
    // Never two numbers run together: a value cell with text on both sides is two rows.
    const joinable = match.every((m, i) => m !== undefined && (m.text === '' || first[i]!.text === '' || (!VALUE.test(m.text) && !VALUE.test(first[i]!.text))));
    if (cut && joinable) {
      // One row cut in two by the page break.
      first.forEach((cell, i) => {
        const target = match[i]!;
        target.text = joinPieces(target.text, cell.text);
        target.rowSpan += cell.rowSpan - 1;
      });
      rows = rows.slice(1);
    } else {
      // A spanning label (a row group's title) continued over the break: the next page's
      // part of that cell is empty.
      const kept = first.filter((cell, i) => {
        const target = match[i];
        if (!target || cell.text !== '' || target.text === '' || NUMBER.test(target.text) || target.rowSpan < 2) return true;
        target.rowSpan += cell.rowSpan;
        return false;
      });
      rows = [kept, ...rows.slice(1)];
    }
  }
  fillMissingColumns(previous, next, rows);
  return { xs: cluster([...previous.xs, ...next.xs], ALIGN), rows: [...previous.rows, ...rows], openBottom: next.openBottom };
}

/**
 * Columns of the previous part the next part does not draw at all (left or right of it):
 * a spanning label there keeps spanning; otherwise an explicit empty cell fills the gap, so
 * every row still covers every column.
 */
function fillMissingColumns(previous: LogicalTable, next: LogicalTable, rows: LogicalCell[][]): void {
  if (rows.length === 0) return;
  const left = next.xs[0]!;
  const right = next.xs[next.xs.length - 1]!;
  const outside = bottomCells(previous).filter((cell) => cell.x1 <= left + ALIGN || cell.x0 >= right - ALIGN);
  for (const cell of outside) {
    if (cell.text !== '' && !NUMBER.test(cell.text) && cell.rowSpan >= 2) {
      cell.rowSpan += rows.length;
      continue;
    }
    const first = rows[0]!;
    const sample = first[0];
    first.push({ text: '', x0: cell.x0, x1: cell.x1, y0: sample?.y0 ?? cell.y0, y1: sample?.y1 ?? cell.y1, page: sample?.page ?? cell.page, pageHeight: sample?.pageHeight ?? cell.pageHeight, rowSpan: rows.length });
    first.sort((p, q) => p.x0 - q.x0);
  }
}
