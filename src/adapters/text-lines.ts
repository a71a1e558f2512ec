import type { ParagraphBlock } from '../model.js';

// Every detector and the chosen reader split the same text, so one parse keeps its lines
// here — and releases them when it ends (forgetLines), so no input outlives its parse.
let lastText: string | undefined;
let lastLines: readonly string[] = [];

/** Drops the kept lines: called when a parse ends. */
export function forgetLines(): void {
  lastText = undefined;
  lastLines = [];
}

/**
 * Splits text into lines; a line's number is its index + 1. Every detector and the chosen
 * reader split the same text, so the last result is kept (read-only) for the next caller.
 * Read-only by its type, not frozen: V8's array builtins (some, forEach, filter) leave their
 * fast path on a frozen array and run tens of times slower.
 */
export function splitLines(text: string): readonly string[] {
  if (text !== lastText) {
    lastLines = text.split('\n');
    lastText = text;
  }
  return lastLines;
}

/** A plain text line as a paragraph block (whitespace-only lines are skipped by the caller). */
export function paragraph(text: string, line: number, column?: number): ParagraphBlock {
  return column === undefined ? { kind: 'paragraph', text, line } : { kind: 'paragraph', text, line, column };
}

/** 1-based column of the first non-space character of a line (1 for a blank one). */
export function firstColumn(line: string): number {
  let at = 0;
  while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++;
  return at === line.length ? 1 : at + 1;
}

/** Share of non-blank lines that satisfy `test` (0 when there are none). */
export function lineShare(lines: readonly string[], test: (line: string) => boolean): number {
  let total = 0;
  let hits = 0;
  for (const line of lines) {
    if (line === '' || line.trim() === '') continue;
    total++;
    if (test(line)) hits++;
  }
  return total === 0 ? 0 : hits / total;
}
