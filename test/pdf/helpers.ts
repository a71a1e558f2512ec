import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, SourceCell, TableBlock } from '../../src/model.js';
import { resolveOptions } from '../../src/pdf/options.js';
import { readPdf } from '../../src/pdf/read.js';

export const SAMPLES = join(import.meta.dirname, 'samples');

export function sample(name: string): Uint8Array {
  return readFileSync(join(SAMPLES, name));
}

/** The blocks a PDF becomes (before sections and recognizers). */
export async function blocksOf(pdf: Uint8Array): Promise<Block[]> {
  return (await readPdf(pdf, resolveOptions({}))).blocks;
}

export function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table');
}

/** A table as `[col, rowSpan, colSpan, text]` per cell, row by row: spans and blanks visible. */
export function shape(table: TableBlock): [number, number, number, string][][] {
  return table.rows.map((row) => row.map((c: SourceCell) => [c.col ?? -1, c.rowSpan ?? 1, c.colSpan ?? 1, c.text]));
}

export function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
}
