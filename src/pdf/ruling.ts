import type { PageLines, Segment } from './geometry.js';

/**
 * Border pieces → whole lines: collinear pieces that touch or overlap are joined (Chromium
 * draws every cell edge on its own; double borders collapse into one line).
 */
const SAME_LINE = 1.5;
const TOUCH = 2;

function joinCollinear(segments: readonly Segment[], horizontal: boolean): Segment[] {
  const at = (s: Segment): number => (horizontal ? s.y0 : s.x0);
  const from = (s: Segment): number => (horizontal ? s.x0 : s.y0);
  const to = (s: Segment): number => (horizontal ? s.x1 : s.y1);
  const sorted = [...segments].sort((p, q) => at(p) - at(q));
  // Rows of segments at (nearly) the same coordinate.
  const groups: Segment[][] = [];
  for (const segment of sorted) {
    const group = groups[groups.length - 1];
    if (group && at(segment) - at(group[0]!) <= SAME_LINE) group.push(segment);
    else groups.push([segment]);
  }
  const out: Segment[] = [];
  for (const group of groups) {
    const coordinate = group.reduce((sum, s) => sum + at(s), 0) / group.length;
    group.sort((p, q) => from(p) - from(q));
    let start = from(group[0]!);
    let end = to(group[0]!);
    const flush = (): void => {
      out.push(horizontal ? { x0: start, y0: coordinate, x1: end, y1: coordinate } : { x0: coordinate, y0: start, x1: coordinate, y1: end });
    };
    for (const segment of group.slice(1)) {
      if (from(segment) <= end + TOUCH) end = Math.max(end, to(segment));
      else {
        flush();
        start = from(segment);
        end = to(segment);
      }
    }
    flush();
  }
  return out;
}

export function joinLines(lines: PageLines): PageLines {
  return { horizontal: joinCollinear(lines.horizontal, true), vertical: joinCollinear(lines.vertical, false) };
}
