import type { PageLines, Segment } from './geometry.js';

/**
 * Joined border lines → table grids with spans.
 *
 * Lines that touch form one table. Row and column boundaries are the lines' positions plus
 * the end points of perpendicular lines (a row cut by a page break has no bottom line).
 * Neighbouring slots whose shared border is mostly not drawn are one cell (row/col span).
 */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Grid {
  /** column boundaries, left to right (columns = xs.length - 1) */
  xs: number[];
  /** row boundaries, top to bottom (rows = ys.length - 1) */
  ys: number[];
  cells: GridCell[];
  /** cell index of each slot, `owner[row][col]` */
  owner: number[][];
  /** the top / bottom edge is not drawn (a table cut by a page break) */
  openTop: boolean;
  openBottom: boolean;
}

const TOUCH = 2.5;
const CLUSTER = 2;
/** A border counts as drawn when lines cover this share of it. */
const DRAWN = 0.6;
/** An outer edge counts as not drawn below this share. */
const OPEN = 0.1;
/** More joined lines per direction than this and the page is not searched for tables. */
export const MAX_LINES = 3000;

function touches(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

function union(parent: number[], a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Sorted values → cluster means (values within CLUSTER of the previous one join it). */
export function cluster(values: readonly number[], tolerance = CLUSTER): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const value of sorted) {
    if (count > 0 && value - last > tolerance) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += value;
    count++;
    last = value;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

function nearest(values: readonly number[], target: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]! - target) < Math.abs(values[best]! - target)) best = i;
  return best;
}

/** Share of [from, to] covered by the given intervals. */
function coverage(intervals: readonly [number, number][], from: number, to: number): number {
  if (to <= from) return 1;
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered / (to - from);
}

function buildGrid(horizontal: readonly Segment[], vertical: readonly Segment[]): Grid | null {
  const xs = cluster([...vertical.map((v) => v.x0), ...horizontal.flatMap((h) => [h.x0, h.x1])]);
  const ys = cluster([...horizontal.map((h) => h.y0), ...vertical.flatMap((v) => [v.y0, v.y1])]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || xs[cols]! - xs[0]! < 20 || ys[rows]! - ys[0]! < 8) return null;

  // The drawn parts of each boundary line.
  const byX: [number, number][][] = xs.map(() => []);
  const byY: [number, number][][] = ys.map(() => []);
  for (const v of vertical) byX[nearest(xs, v.x0)]!.push([v.y0, v.y1]);
  for (const h of horizontal) byY[nearest(ys, h.y0)]!.push([h.x0, h.x1]);

  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(byX[c + 1]!, ys[r]!, ys[r + 1]!) < DRAWN) union(parent, r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(byY[r + 1]!, xs[c]!, xs[c + 1]!) < DRAWN) union(parent, r * cols + c, (r + 1) * cols + c);
    }
  }

  // Each merged group becomes one cell over its bounding rectangle; a slot another cell
  // already holds stays with it (irregular shapes cannot be one rectangular cell).
  const bounds = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c);
      const b = bounds.get(root);
      if (!b) bounds.set(root, [r, c, r, c]);
      else {
        b[0] = Math.min(b[0], r);
        b[1] = Math.min(b[1], c);
        b[2] = Math.max(b[2], r);
        b[3] = Math.max(b[3], c);
      }
    }
  }
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c] !== -1) continue;
      const [r0, c0, r1, c1] = bounds.get(find(parent, r * cols + c))!;
      let rowEnd = r0 === r && c0 === c ? r1 : r;
      let colEnd = r0 === r && c0 === c ? c1 : c;
      // Shrink to free slots (a group that is not a rectangle).
      for (let rr = r; rr <= rowEnd; rr++) {
        for (let cc = c; cc <= colEnd; cc++) {
          if (owner[rr]![cc] !== -1) {
            rowEnd = r;
            colEnd = c;
          }
        }
      }
      const index = cells.length;
      cells.push({ row: r, col: c, rowSpan: rowEnd - r + 1, colSpan: colEnd - c + 1, x0: xs[c]!, y0: ys[r]!, x1: xs[colEnd + 1]!, y1: ys[rowEnd + 1]! });
      for (let rr = r; rr <= rowEnd; rr++) for (let cc = c; cc <= colEnd; cc++) owner[rr]![cc] = index;
    }
  }
  // Open only when nothing of the edge is drawn: a spanning label's column leaves a gap too.
  const openTop = coverage(byY[0]!, xs[0]!, xs[cols]!) < OPEN;
  const openBottom = coverage(byY[rows]!, xs[0]!, xs[cols]!) < OPEN;
  return { xs, ys, cells, owner, openTop, openBottom };
}

/** The tables drawn on one page, top to bottom. */
export function gridsOf(lines: PageLines): Grid[] {
  const { horizontal, vertical } = lines;
  // Grouping is quadratic in the lines; a page of report tables has a few hundred. A page
  // drawn with thousands (a chart, a hatch pattern, a hostile PDF) is read as text only.
  if (horizontal.length > MAX_LINES || vertical.length > MAX_LINES) return [];
  const all = horizontal.length + vertical.length;
  const parent = Array.from({ length: all }, (_, i) => i);
  for (let i = 0; i < horizontal.length; i++) {
    for (let j = 0; j < vertical.length; j++) if (touches(horizontal[i]!, vertical[j]!)) union(parent, i, horizontal.length + j);
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < all; i++) {
    const root = find(parent, i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { h: [], v: [] }));
    if (i < horizontal.length) group.h.push(horizontal[i]!);
    else group.v.push(vertical[i - horizontal.length]!);
  }
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    // A table has at least two lines each way; a lone rule or box edge is not one.
    if (h.length + v.length < 4 || v.length < 2 || h.length < 1) continue;
    const grid = buildGrid(h, v);
    // One boxed cell is a frame around text (a shaded heading), not a table.
    if (grid && grid.cells.length >= 2) grids.push(grid);
  }
  return grids.sort((p, q) => p.ys[0]! - q.ys[0]!);
}

/** The cell holding a point, or -1. */
export function cellAt(grid: Grid, x: number, y: number): number {
  const { xs, ys } = grid;
  if (x < xs[0]! - 1 || x > xs[xs.length - 1]! + 1 || y < ys[0]! - 1 || y > ys[ys.length - 1]! + 1) return -1;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]!) c++;
  let r = 0;
  while (r < ys.length - 2 && y > ys[r + 1]!) r++;
  return grid.owner[r]![c]!;
}
