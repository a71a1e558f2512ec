import type { Fragment } from './fragments.js';
import type { Grid, GridCell } from './grid.js';
import { closeCjkSpaces, type TextLine } from './join-text.js';

/**
 * Tables printed without borders: rows are text lines split into chunks at wide gaps,
 * columns come from the header line's chunks (their x-ranges). A value is placed only when
 * its x-range meets exactly one header column; otherwise it is left out and noted, as in
 * every other shape (a value is placed only when its cell is certain).
 */
export interface BorderlessTable {
  grid: Grid;
  texts: string[];
  /** values that could not be placed with certainty */
  unplaced: string[];
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

const NUMBER = /^[-+]?\d[\d,，.]*%?$/;
/** A gap wider than this share of the font size separates two columns. */
const COLUMN_GAP = 1.2;

function chunksOf(line: TextLine): Chunk[] {
  const chunks: Chunk[] = [];
  let current: { parts: Fragment[]; x0: number; x1: number } | null = null;
  for (const fragment of line.fragments) {
    if (current && fragment.x0 - current.x1 <= COLUMN_GAP * Math.min(fragment.size, line.size)) {
      current.parts.push(fragment);
      current.x1 = Math.max(current.x1, fragment.x1);
    } else {
      current = { parts: [fragment], x0: fragment.x0, x1: fragment.x1 };
      chunks.push({ text: '', x0: 0, x1: 0 });
    }
    const text = closeCjkSpaces(current.parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim());
    chunks[chunks.length - 1] = { text, x0: current.x0, x1: current.x1 };
  }
  return chunks;
}

const isValueRow = (chunks: Chunk[]): boolean => chunks.length >= 2 && chunks.some((c) => NUMBER.test(c.text));
const isHeaderRow = (chunks: Chunk[]): boolean => chunks.length >= 2 && !chunks.some((c) => NUMBER.test(c.text));

function buildTable(header: Chunk[], rows: { line: TextLine; chunks: Chunk[] }[], headerLine: TextLine): BorderlessTable {
  const columns = header.length;
  const left = Math.min(header[0]!.x0, ...rows.map((r) => r.chunks[0]!.x0));
  const right = Math.max(header[columns - 1]!.x1, ...rows.map((r) => r.chunks[r.chunks.length - 1]!.x1));
  const xs = [left];
  for (let j = 1; j < columns; j++) xs.push((header[j - 1]!.x1 + header[j]!.x0) / 2);
  xs.push(right);
  const ys = [headerLine.y0, ...rows.map((r) => r.line.y0), rows[rows.length - 1]!.line.y1];
  // Row boundaries between lines: halfway between one line's bottom and the next one's top.
  for (let i = 1; i < ys.length - 1; i++) {
    const above = i === 1 ? headerLine : rows[i - 2]!.line;
    ys[i] = (above.y1 + rows[i - 1]!.line.y0) / 2;
  }
  const cells: GridCell[] = [];
  const texts: string[] = [];
  const owner: number[][] = [];
  const unplaced: string[] = [];
  const tolerance = 0.5 * headerLine.size;
  const place = (r: number, values: string[]): void => {
    owner.push([]);
    for (let c = 0; c < columns; c++) {
      owner[r]!.push(cells.length);
      cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, x0: xs[c]!, y0: ys[r]!, x1: xs[c + 1]!, y1: ys[r + 1]! });
      texts.push(values[c] ?? '');
    }
  };
  place(0, header.map((h) => h.text));
  rows.forEach((row, i) => {
    const values: string[] = new Array<string>(columns).fill('');
    row.chunks.forEach((chunk, k) => {
      // The first text chunk of a row is its label, in the first column.
      if (k === 0 && !NUMBER.test(chunk.text) && chunk.x0 < xs[1]!) {
        values[0] = chunk.text;
        return;
      }
      const hits = header.map((h, j) => (chunk.x1 >= h.x0 - tolerance && chunk.x0 <= h.x1 + tolerance ? j : -1)).filter((j) => j >= 0);
      if (hits.length === 1 && values[hits[0]!] === '') values[hits[0]!] = chunk.text;
      else unplaced.push(chunk.text);
    });
    place(i + 1, values);
  });
  return { grid: { xs, ys, cells, owner, openTop: false, openBottom: false }, texts, unplaced };
}

/** Finds borderless tables among a page's lines; returns them and the lines left for prose. */
export function borderlessTables(lines: readonly TextLine[]): { tables: BorderlessTable[]; rest: TextLine[] } {
  const chunked = lines.map((line) => ({ line, chunks: chunksOf(line) }));
  const tables: BorderlessTable[] = [];
  const used = new Set<number>();
  for (let i = 0; i < chunked.length; i++) {
    if (!isHeaderRow(chunked[i]!.chunks)) continue;
    const header = chunked[i]!.chunks;
    let end = i + 1;
    while (end < chunked.length && isValueRow(chunked[end]!.chunks)) end++;
    // A header and at least two value rows: fewer is a sentence with a number in it.
    if (end - i - 1 < 2 || header.length < 3) continue;
    tables.push(buildTable(header, chunked.slice(i + 1, end), chunked[i]!.line));
    for (let k = i; k < end; k++) used.add(k);
    i = end - 1;
  }
  return { tables, rest: lines.filter((_, k) => !used.has(k)) };
}
