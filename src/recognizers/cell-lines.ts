/** What the marks need of a stream cell (a StreamCell of cells.ts, which imports this module). */
interface LineCell {
  line: number;
  value: { kind: string };
  alone: boolean;
  wrapped: boolean;
}

/**
 * The marks a paragraph cell gets from the other cells of its line and of the lines next to it:
 *
 *   - a value that shares its line with another cell is not `alone` (a glued export's cells
 *     share one line);
 *   - a flattened row (label and numbers on one line) or a line of three or more numbers, next
 *     to a line holding a single number (for a labelled row: numbers alone), may have had the
 *     number of one cell printed over two lines: the values of both lines are `wrapped`.
 *
 * `cells` are the paragraph cells in stream order, `flat[i]` whether cell i came from a
 * flattened row. They are taken line by line: in stream order, unless a line number goes back
 * (then sorted by line, stably).
 */
export function markParagraphLines(cells: readonly LineCell[], flat: readonly boolean[]): void {
  let byLine = cells;
  let flatByLine = flat;
  if (cells.some((cell, i) => i > 0 && cell.line < cells[i - 1]!.line)) {
    const order = Array.from(cells, (_, i) => i).sort((a, b) => cells[a]!.line - cells[b]!.line);
    byLine = order.map((i) => cells[i]!);
    flatByLine = order.map((i) => flat[i]!);
  }
  // Each line's run [start, end) of byLine, its value count and whether a flattened row's label is on it.
  const starts: number[] = [];
  const values: number[] = [];
  const labelled: boolean[] = [];
  for (let i = 0; i < byLine.length; i++) {
    if (i === 0 || byLine[i]!.line !== byLine[i - 1]!.line) {
      starts.push(i);
      values.push(0);
      labelled.push(false);
    }
    const run = starts.length - 1;
    if (byLine[i]!.value.kind !== 'text') values[run]!++;
    else if (flatByLine[i]) labelled[run] = true;
  }
  starts.push(byLine.length);
  const lineOf = (run: number): number => byLine[starts[run]!]!.line;
  const mark = (run: number, name: 'alone' | 'wrapped', value: boolean): void => {
    for (let i = starts[run]!; i < starts[run + 1]!; i++) if (byLine[i]!.value.kind !== 'text') byLine[i]![name] = value;
  };
  const hasNumber = (run: number): boolean => {
    for (let i = starts[run]!; i < starts[run + 1]!; i++) if (byLine[i]!.value.kind === 'number') return true;
    return false;
  };
  for (let run = 0; run < values.length; run++) {
    if (values[run] === 0) continue;
    if (starts[run + 1]! - starts[run]! > 1) mark(run, 'alone', false);
    if (values[run]! < 3 && !labelled[run]) continue;
    // The lines just above and below, in line order the runs next to this one.
    for (const near of [run - 1, run + 1]) {
      if (near < 0 || near >= values.length || Math.abs(lineOf(near) - lineOf(run)) !== 1) continue;
      if (labelled[near] || values[near] === 0 || !hasNumber(near)) continue;
      if (!labelled[run] && values[near] !== 1) continue;
      mark(run, 'wrapped', true);
      mark(near, 'wrapped', true);
    }
  }
}
