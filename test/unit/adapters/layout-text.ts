/** Building and reading `pdftotext -layout` text in the layout adapter's tests. */
import { layoutAdapter } from '../../../src/adapters/index.js';
import type { Block, NoteBlock, TableBlock } from '../../../src/model.js';

/** A layout line with each text starting at the given character column (as pdftotext writes it). */
export function at(...cells: [number, string][]): string {
  let line = '';
  for (const [col, text] of cells) line = line.padEnd(col, ' ') + text;
  return line;
}

/** Seven value columns at the positions pdftotext gave table 三 of a Chromium print. */
export const COLS = [40, 46, 52, 58, 64, 70, 76];
export const values = (...texts: string[]): [number, string][] => texts.flatMap((t, j) => (t === '' ? [] : [[COLS[j]!, t] as [number, string]]));

export const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
export const notes = (blocks: Block[]): NoteBlock[] => blocks.filter((b): b is NoteBlock => b.kind === 'note');
export const paragraphs = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** A row as `label | v1 … v7`: its label cells joined, then its value cells (the last `width`). */
export function row(table: TableBlock, index: number, width = 7): string[] {
  const cells = table.rows[index]!;
  const label = cells.slice(0, cells.length - width).map((c) => c.text.replace(/\s+/g, ''));
  return [label.join('/'), ...cells.slice(cells.length - width).map((c) => c.text)];
}

export const read = (...lines: string[]): Block[] => layoutAdapter.read(lines.join('\n'));
