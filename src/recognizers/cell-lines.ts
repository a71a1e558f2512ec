/** What the marks need of a stream cell (a StreamCell of cells.ts, which imports this module). */
interface LineCell {
  line: number;
  value: { kind: string };
  alone: boolean;
  wrapped: boolean;
}

/**
 * The paragraph cells of a stream taken line by line: `cells` in stream order, `flat[i]` whether
 * cell i came from a flattened row, and `order` the cells' indices sorted by line, or null when
 * the stream never goes back a line (most inputs: no index is built).
 */
interface ParagraphLines {
  cells: readonly LineCell[];
  flat: readonly boolean[];
  order: readonly number[] | null;
}

/**
 * The marks a paragraph cell gets from the other cells of its line and of the lines next to it:
 *
 *   - a value that shares its line with another cell is not `alone` (a glued export's cells
 *     share one line);
 *   - a flattened row (label and numbers on one line) or a line of three or more numbers, next
 *     to a line holding a single number (for a labelled row: numbers alone), may have had the
 *     number of one cell printed over two lines: the values of both lines are `wrapped`.
 */
export function markParagraphLines(cells: readonly LineCell[], flat: readonly boolean[]): void {
  const lines: ParagraphLines = { cells, flat, order: lineOrder(cells) };
  const n = cells.length;
  let start = 0;
  while (start < n) {
    const line = lineAt(lines, start);
    const end = runEnd(lines, start);
    let values = 0;
    let labelled = false;
    for (let k = start; k < end; k++) {
      const i = indexAt(lines, k);
      if (cells[i]!.value.kind !== 'text') values++;
      else if (flat[i]) labelled = true;
    }
    if (values > 0) {
      if (end - start > 1) markValues(lines, start, end, 'alone', false);
      if (values >= 3 || labelled) {
        // In line order, the line just above ends where this one starts and the line just below starts where it ends.
        if (start > 0 && lineAt(lines, start - 1) === line - 1) wrapWith(lines, start, end, labelled, runStart(lines, start - 1), start);
        if (end < n && lineAt(lines, end) === line + 1) wrapWith(lines, start, end, labelled, end, runEnd(lines, end));
      }
    }
    start = end;
  }
}

/** Marks both lines wrapped when the next line [from, to) holds numbers alone (one, unless `labelled`). */
function wrapWith(lines: ParagraphLines, start: number, end: number, labelled: boolean, from: number, to: number): void {
  let theirs = 0;
  let number = false;
  for (let k = from; k < to; k++) {
    const i = indexAt(lines, k);
    const kind = lines.cells[i]!.value.kind;
    if (kind === 'text') {
      if (lines.flat[i]) return; // the next line is a labelled row itself
    } else {
      theirs++;
      if (kind === 'number') number = true;
    }
  }
  if (!number || (!labelled && theirs !== 1)) return;
  markValues(lines, start, end, 'wrapped', true);
  markValues(lines, from, to, 'wrapped', true);
}

function markValues(lines: ParagraphLines, from: number, to: number, mark: 'alone' | 'wrapped', value: boolean): void {
  for (let k = from; k < to; k++) {
    const cell = lines.cells[indexAt(lines, k)]!;
    if (cell.value.kind !== 'text') cell[mark] = value;
  }
}

const indexAt = (lines: ParagraphLines, k: number): number => (lines.order === null ? k : lines.order[k]!);
const lineAt = (lines: ParagraphLines, k: number): number => lines.cells[indexAt(lines, k)]!.line;

/** Where the run of cells on the line of cell k (in line order) ends. */
function runEnd(lines: ParagraphLines, k: number): number {
  const line = lineAt(lines, k);
  let end = k + 1;
  while (end < lines.cells.length && lineAt(lines, end) === line) end++;
  return end;
}

/** Where the run of cells on the line of cell k (in line order) starts. */
function runStart(lines: ParagraphLines, k: number): number {
  const line = lineAt(lines, k);
  let start = k;
  while (start > 0 && lineAt(lines, start - 1) === line) start--;
  return start;
}

/** The cells' indices sorted by line (stable), or null when the stream never goes back a line. */
function lineOrder(cells: readonly LineCell[]): number[] | null {
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]!.line < cells[i - 1]!.line) return Array.from(cells, (_, k) => k).sort((a, b) => cells[a]!.line - cells[b]!.line);
  }
  return null;
}
