import type { ParagraphBlock } from '../model.js';
import { isWhitespace } from '../normalize/whitespace.js';

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

/** Whether a character code is an ASCII digit 0–9. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether a line is empty or all whitespace: most lines start or end with text, and are not
 * trimmed to find out (an indented line of layout text ends with text).
 */
export function isBlank(line: string): boolean {
  return line === '' || (isWhitespace(line.charCodeAt(0)) && isWhitespace(line.charCodeAt(line.length - 1)) && line.trim() === '');
}

/** How many lines are not blank. */
export function nonBlankCount(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (!isBlank(line)) count++;
  return count;
}

/**
 * The lines of a text that hold `mark`, found by searching the text for it (the lines between
 * are never visited); each is the line `splitLines` gives.
 */
export function* linesWith(text: string, mark: string): Generator<string> {
  for (let at = text.indexOf(mark); at >= 0; ) {
    const from = text.lastIndexOf('\n', at) + 1;
    let to = text.indexOf('\n', at);
    if (to < 0) to = text.length;
    yield text.slice(from, to);
    at = text.indexOf(mark, to);
  }
}

/** Share of non-blank lines that satisfy `test` (0 when there are none). */
export function lineShare(lines: readonly string[], test: (line: string) => boolean): number {
  let total = 0;
  let hits = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    total++;
    if (test(line)) hits++;
  }
  return total === 0 ? 0 : hits / total;
}
