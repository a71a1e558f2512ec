import type { ValueColumns } from './layout-columns.js';
import type { LayoutLine, Token } from './layout-lines.js';

/**
 * Numbers wrapped inside a narrow cell: Word and LibreOffice print `151` as `15` over `1`
 * when the column is too narrow, so the text shows two numbers where the table has one.
 *
 * The pieces are joined only when the row's total proves it — the last column equals the
 * sum of the others with the pieces joined, and not without them. Otherwise the cell keeps
 * both pieces (`15 1`), which the recognizers report as a split number and never read.
 */
export function joinWrapped(upper: readonly (string | null)[], lower: readonly (string | null)[], row: readonly (string | null)[]): { texts: string[]; joined: boolean } {
  const both = (j: number, separator: string): string => [upper[j], lower[j]].filter((t) => t).join(separator);
  const joined = upper.map((_, j) => both(j, ''));
  const spaced = upper.map((_, j) => both(j, ' '));
  if (totalHolds(joined) && !totalHolds(row.map((t) => t ?? ''))) return { texts: joined, joined: true };
  return { texts: spaced, joined: false };
}

/** A wide row's total (table 三: six applicant columns, then 总计): every cell a whole number, the last the sum of the others. */
export function totalHolds(texts: readonly string[]): boolean {
  if (texts.length < 5 || texts.some((t) => !/^\d+$/.test(t))) return false;
  const numbers = texts.map(Number);
  return numbers.slice(0, -1).reduce((a, b) => a + b, 0) === numbers[numbers.length - 1];
}

/**
 * Numbers wrapped around the rest of their row: `3` on the line above the row's other values
 * and `7` on the line below, in a column the middle line lacks (Chromium centres a one-line
 * row between the two lines of its total; LibreOffice does the same with several cells).
 * Folds the pieces into the middle line — all joined when the middle row's total proves it,
 * else kept apart (`3 7`) — and returns the lines rewritten; a line left without values
 * becomes a text line (its label stays). The list itself comes back when nothing can fold.
 */
export function foldStackedNumbers(lines: readonly LayoutLine[], columns: ValueColumns | null, width: number): readonly LayoutLine[] {
  if (columns === null || width < 2) return lines;
  // Three value lines in a row, each short of the width, are needed: a part with fewer short
  // lines has nothing to fold (and a line from the input always holds a value).
  let short = 0;
  for (const line of lines) if (line.kind === 'value' && line.values.length < width) short++;
  if (short < 3) return lines;
  // The caller's lines are copied only when they change.
  const out = [...lines];
  const own = (index: number): LayoutLine => (out[index] === lines[index] ? (out[index] = lines[index]!.copy()) : out[index]!);
  /** The nearest column centre, when it is nearer than any other by 1.5 characters. */
  const columnOf = (token: Token): number | null => {
    const x = (token.start + token.end) / 2;
    let best = -1;
    let bestDistance = Infinity;
    let second = Infinity;
    columns.centers.forEach((c, j) => {
      const d = Math.abs(x - c);
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    });
    return bestDistance + 1.5 <= second ? best : null;
  };
  for (let m = 1; m + 1 < out.length; m++) {
    const above = out[m - 1]!;
    const middle = out[m]!;
    const below = out[m + 1]!;
    if (above.kind !== 'value' || middle.kind !== 'value' || below.kind !== 'value') continue;
    if (above.values.length >= width || below.values.length >= width || middle.values.length >= width) continue;
    const middleColumns = middle.values.map(columnOf);
    // Every number wrapped around this row, each a top piece and a bottom piece in one column.
    const pairs: { j: number; top: Token; bottom: Token }[] = [];
    for (const top of above.values) {
      const j = columnOf(top);
      if (j === null || middleColumns.includes(j) || !/^\d+$/.test(top.text) || pairs.some((p) => p.j === j)) continue;
      // The bottom piece may end in the cell's unit (`83299` over `5元`).
      const bottom = below.values.find((t) => columnOf(t) === j && /^\d+(?:万元|元)?$/.test(t.text));
      if (bottom) pairs.push({ j, top, bottom });
    }
    if (pairs.length === 0) continue;
    const row: (string | null)[] = new Array<string | null>(width).fill(null);
    middle.values.forEach((t, n) => {
      const c = middleColumns[n];
      if (c !== null && c !== undefined) row[c] = t.text;
    });
    const upper = [...row];
    const lower = new Array<string | null>(width).fill(null);
    for (const { j, top, bottom } of pairs) {
      upper[j] = top.text;
      lower[j] = bottom.text;
    }
    // All pieces at once: a row with two wrapped cells (`29` and its total `30`) adds up only
    // with both. The row's own line lacks those cells, so it never adds up alone.
    const { texts: result } = joinWrapped(upper, lower, row);
    const folded = pairs.map(({ j, top, bottom }): Token => ({ text: result[j]!, start: top.start, end: Math.max(top.end, bottom.end) }));
    own(m).values = [...middle.values, ...folded].sort((a, b) => a.start - b.start);
    own(m - 1).values = above.values.filter((t) => !pairs.some((p) => p.top === t));
    own(m + 1).values = below.values.filter((t) => !pairs.some((p) => p.bottom === t));
  }
  for (const line of out) {
    if (line.kind === 'value' && line.values.length === 0) {
      line.kind = 'text';
      line.tokens = line.label;
      line.label = [];
    }
  }
  return out;
}
