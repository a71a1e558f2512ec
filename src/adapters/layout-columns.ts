import type { LayoutLine, Token } from './layout-lines.js';

/**
 * The value columns of one table part (one page's run of rows), found from its complete
 * rows — the rows with a value in every column — and used to place the values of rows with
 * blank cells by their character position.
 */
export interface ValueColumns {
  /** each column's centre, in character columns, left to right */
  centers: number[];
  /** the leftmost character column a value of this part starts at */
  left: number;
}

const center = (t: Token): number => (t.start + t.end) / 2;

/** The median of the list (sorted in place: callers pass a list of their own). */
function median(list: number[]): number {
  // One or two rows, the usual case, need no sort.
  if (list.length === 1) return list[0]!;
  if (list.length === 2) return (list[0]! + list[1]!) / 2;
  const sorted = sortByKey(list, byValue);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median centre of the rows' values in column `j` (rows: one or more). Most columns line up exactly: then no list is made. */
function columnMedian(rows: readonly LayoutLine[], j: number): number {
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows) {
    const x = center(row.values[j]!);
    if (x < low) low = x;
    if (x > high) high = x;
  }
  if (low === high) return low;
  const xs: number[] = [];
  for (const row of rows) xs.push(center(row.values[j]!));
  return median(xs);
}

/**
 * Sorts a list in place by a number, ascending, keeping the order of items with one key (as a
 * stable `sort` would): an insertion sort. The lists are a table part's rows, label starts, header
 * word ranges or a row's label cells — a few dozen at most and nearly in order, where `sort` with
 * a comparator costs more.
 */
export function sortByKey<T>(list: T[], key: (item: T) => number): T[] {
  for (let k = 1; k < list.length; k++) {
    const item = list[k]!;
    const x = key(item);
    let at = k;
    while (at > 0 && key(list[at - 1]!) > x) {
      list[at] = list[at - 1]!;
      at--;
    }
    list[at] = item;
  }
  return list;
}

const byValue = (x: number): number => x;

/** Whether a row's first value sits right after its label text (two spaces or less). */
export const pushedFirst = (row: LayoutLine): boolean => row.label.length > 0 && row.values[0]!.start - row.label[row.label.length - 1]!.end <= 2;

/**
 * Columns from the rows that hold `width` values. Null when no row is complete or the
 * complete rows disagree (a column's values spread half the gap to a neighbour or more):
 * then no row with blank cells can be placed.
 */
export function valueColumns(rows: readonly LayoutLine[], width: number): ValueColumns | null {
  const complete = rows.filter((row) => row.values.length === width);
  if (complete.length === 0) return null;
  // A first value right after its label was pushed there (see placeValues): where others exist, it
  // does not say where the first column is.
  const unpushed = complete.filter((row) => !pushedFirst(row));
  const centers: number[] = [];
  for (let j = 0; j < width; j++) centers.push(columnMedian(j === 0 && unpushed.length > 0 ? unpushed : complete, j));
  for (let j = 1; j < width; j++) if (centers[j]! - centers[j - 1]! < 2) return null;
  // The first column wanders with the label before it (see placeValues); the others must agree.
  for (let j = 1; j < width; j++) {
    const gap = Math.min(centers[j]! - centers[j - 1]!, j < width - 1 ? centers[j + 1]! - centers[j]! : Infinity);
    for (const row of complete) if (Math.abs(center(row.values[j]!) - centers[j]!) >= gap / 2) return null;
  }
  return { centers, left: complete.reduce((min, row) => Math.min(min, row.values[0]!.start), Infinity) };
}

/**
 * The column of each value of a row, or null when any value's column is not certain.
 *
 * A complete row is placed by order. Otherwise each value goes to the nearest column
 * centre when it is clearly nearer to it than to any other (by 1.5 characters) and within
 * reach of it, the columns increase left to right, and no value sits right after the
 * row's label text: pdftotext pushes a word right when the text before it is wider than
 * its slot, so such a value's position proves nothing.
 */
export function placeValues(row: LayoutLine, columns: ValueColumns | null, width: number): number[] | null {
  if (row.values.length === width) return row.values.map((_, j) => j);
  if (columns === null || row.values.length > width) return null;
  const { centers } = columns;
  const out: number[] = [];
  for (const token of row.values) {
    if (token === row.values[0] && pushedFirst(row)) return null;
    const x = center(token);
    let best = -1;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let j = 0; j < centers.length; j++) {
      const d = Math.abs(x - centers[j]!);
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = j;
      } else if (d < second) second = d;
    }
    const gap = Math.min(best > 0 ? centers[best]! - centers[best - 1]! : Infinity, best < centers.length - 1 ? centers[best + 1]! - centers[best]! : Infinity);
    const reach = Number.isFinite(gap) ? Math.max(2, gap * 0.6) : 4;
    if (bestDistance > reach || second - bestDistance < 1.5) return null;
    if (out.length > 0 && best <= out[out.length - 1]!) return null;
    out.push(best);
  }
  return out;
}

/**
 * Value columns from the header words, for a part where no row fills every column (a
 * two-column row whose other cell wrapped onto the lines around it): the header words over
 * the value area (from `left`, the leftmost value) grouped into columns where their character
 * ranges overlap. Used only when they name more columns than any row holds, every value lies
 * under exactly one of them, and every one has a value under it; otherwise null.
 */
export function headerColumns(band: readonly LayoutLine[], valueLines: () => readonly LayoutLine[], left: number, width: number): ValueColumns | null {
  const ranges: [number, number][] = [];
  for (const line of band) {
    for (const t of line.tokens) {
      if (t.start < left - 1 && t.end > left) return null; // a word across the label area's edge
      if (t.end > left) ranges.push([t.start, t.end]);
    }
  }
  sortByKey(ranges, (range) => range[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  if (merged.length <= width) return null;
  const used = new Set<[number, number]>();
  for (const line of valueLines()) {
    for (const v of line.values) {
      let under: [number, number] | null = null;
      for (const range of merged) {
        if (!(v.start < range[1] && range[0] < v.end)) continue;
        if (under) return null;
        under = range;
      }
      if (!under) return null;
      used.add(under);
    }
  }
  return used.size === merged.length ? { centers: merged.map(([start, end]) => (start + end) / 2), left } : null;
}
