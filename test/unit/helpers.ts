/** Shared builders for the unit tests: fixture inputs, blocks, cell streams, warning lists. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParagraphBlock } from '../../src/model.js';
import { type StreamCell, cellStream } from '../../src/recognizers/cells.js';
import type { Warnings } from '../../src/warnings.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture's input (input.html when it has one, else input.txt), as the user gave it. */
export function fixtureInput(name: string): string {
  const html = `${FIXTURES}${name}/input.html`;
  return readFileSync(existsSync(html) ? html : `${FIXTURES}${name}/input.txt`, 'utf8');
}

/** The layout the fixture's hand-written expected.json names (`lines`, `pipe`, `tsv`, `html`, `glued`). */
export function fixtureLayout(name: string): string {
  const expected = JSON.parse(readFileSync(`${FIXTURES}${name}/expected.json`, 'utf8')) as { meta: { layout: string } };
  return expected.meta.layout;
}

/** One paragraph block per text, on consecutive lines from `firstLine`. */
export function paragraphs(texts: readonly string[], firstLine = 1): ParagraphBlock[] {
  return texts.map((text, i) => ({ kind: 'paragraph', text, line: firstLine + i }));
}

/** A cell stream as the recognizers see it: one cell per text, classified by cellStream. */
export function stream(texts: readonly string[]): StreamCell[] {
  return cellStream(paragraphs(texts), () => false);
}

/** One classified cell. */
export function cell(text: string, line = 1): StreamCell {
  const [only] = cellStream([{ kind: 'paragraph', text, line }], () => false);
  if (!only) throw new Error(`"${text}" does not make a cell`);
  return only;
}

/** The warnings as [code, path] pairs, in order (path '' when absent). */
export function codes(warnings: Warnings): [string, string][] {
  return warnings.list.map((w) => [w.code, w.path ?? '']);
}

/** Blocks without their `column` (tests of an adapter's cells that are not about where a cell starts in its line). */
export function withoutColumns<T>(blocks: T[]): T[] {
  return JSON.parse(JSON.stringify(blocks), (key, value) => (key === 'column' ? undefined : value)) as T[];
}
