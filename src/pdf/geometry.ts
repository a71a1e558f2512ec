import type { PdfJsOperatorList } from './pdfjs-types.js';

/**
 * Drawn lines from a page's operator list, in display space (points, origin top-left,
 * y downwards, the page's /Rotate applied).
 *
 * Coordinates in pdf.js operator lists are in the user space of the moment, so the current
 * transform is tracked through save/restore, `cm` and form XObjects. Borders come as
 * stroked segments (WPS, LibreOffice) or as thin filled rectangles (Chromium).
 */
export type Matrix = readonly [number, number, number, number, number, number];

export interface Segment {
  /** horizontal: y0 === y1; vertical: x0 === x1; always x0 <= x1 and y0 <= y1 */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageLines {
  horizontal: Segment[];
  vertical: Segment[];
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 · m2`: apply m2 first, then m1 (pdf.js's Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Path codes inside a 5.x constructPath Float32Array (not exported by pdf.js). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A line thinner than this (points) drawn as a filled rectangle is a border. */
const THIN = 2.5;
/** Shorter pieces are glyph parts or dots, not borders. */
const MIN_LENGTH = 1.5;
/** Off-axis tolerance: a border drawn at a slant of less than this (points) is still axis-aligned. */
const SKEW = 0.6;

interface GraphicState {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
}

/** Whether a pdf.js colour argument is a visible ink (not white, which draws nothing on paper). */
function visibleColour(args: unknown): boolean {
  const value = Array.isArray(args) ? args : [];
  if (typeof value[0] === 'string') {
    const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(value[0]);
    if (!hex) return true;
    return !(parseInt(hex[1]!, 16) > 240 && parseInt(hex[2]!, 16) > 240 && parseInt(hex[3]!, 16) > 240);
  }
  if (value.length >= 3 && value.slice(0, 3).every((v) => typeof v === 'number')) {
    const max = (value as number[]).some((v) => v > 1) ? 255 : 1;
    return !(value as number[]).slice(0, 3).every((v) => v / max > 0.94);
  }
  return true;
}

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof (value as ArrayLike<number>).length !== 'number' || (value as ArrayLike<number>).length < 6) return null;
  const m = Array.from(value as ArrayLike<number>).slice(0, 6);
  return m.every((v) => Number.isFinite(v)) ? (m as unknown as Matrix) : null;
}

function pushSegment(out: PageLines, ax: number, ay: number, bx: number, by: number): void {
  if (Math.abs(ay - by) <= SKEW && Math.abs(ax - bx) >= MIN_LENGTH) {
    const y = (ay + by) / 2;
    out.horizontal.push({ x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
  } else if (Math.abs(ax - bx) <= SKEW && Math.abs(ay - by) >= MIN_LENGTH) {
    const x = (ax + bx) / 2;
    out.vertical.push({ x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) });
  }
}

/** A closed axis-aligned rectangle from a subpath's points, or null. */
function rectangleOf(points: number[]): [number, number, number, number] | null {
  const n = points.length / 2;
  if (n < 4 || n > 5) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    xs.push(points[2 * i]!);
    ys.push(points[2 * i + 1]!);
  }
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Every corner must sit on the bounding box's corners.
  for (let i = 0; i < n; i++) {
    const onX = Math.abs(xs[i]! - x0) <= SKEW || Math.abs(xs[i]! - x1) <= SKEW;
    const onY = Math.abs(ys[i]! - y0) <= SKEW || Math.abs(ys[i]! - y1) <= SKEW;
    if (!onX || !onY) return null;
  }
  return [x0, y0, x1, y1];
}

function addThinRectangle(out: PageLines, rect: [number, number, number, number]): void {
  const [x0, y0, x1, y1] = rect;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= THIN && w >= MIN_LENGTH && w > h) {
    const y = (y0 + y1) / 2;
    out.horizontal.push({ x0, y0: y, x1, y1: y });
  } else if (w <= THIN && h >= MIN_LENGTH && h > w) {
    const x = (x0 + x1) / 2;
    out.vertical.push({ x0: x, y0, x1: x, y1 });
  }
}

/** Subpaths of a 5.x path as flat point lists in display space, with whether each was closed. */
function subpaths(path: ArrayLike<number>, m: Matrix): { points: number[]; closed: boolean }[] {
  const out: { points: number[]; closed: boolean }[] = [];
  let current: number[] | null = null;
  let i = 0;
  const add = (x: number, y: number): void => {
    const [px, py] = apply(m, x, y);
    current!.push(px, py);
  };
  while (i < path.length) {
    const code = path[i]!;
    if (code === MOVE_TO) {
      current = [];
      out.push({ points: current, closed: false });
      add(path[i + 1]!, path[i + 2]!);
      i += 3;
    } else if (code === LINE_TO) {
      if (!current) {
        current = [];
        out.push({ points: current, closed: false });
      }
      add(path[i + 1]!, path[i + 2]!);
      i += 3;
    } else if (code === CURVE_TO) {
      // A curve breaks the straight run: restart at its end point.
      current = [];
      out.push({ points: current, closed: false });
      add(path[i + 5]!, path[i + 6]!);
      i += 7;
    } else if (code === QUADRATIC_CURVE_TO) {
      current = [];
      out.push({ points: current, closed: false });
      add(path[i + 3]!, path[i + 4]!);
      i += 5;
    } else if (code === CLOSE_PATH) {
      if (current) out[out.length - 1]!.closed = true;
      current = null;
      i += 1;
    } else {
      break; // an unknown code: the rest cannot be decoded
    }
  }
  return out;
}

/**
 * Collects border lines from an operator list. `view` maps PDF user space to display space
 * (the viewport's transform at scale 1). `ops` are pdf.js's OPS numbers.
 */
export function pageLines(list: PdfJsOperatorList, ops: Record<string, number>, view: Matrix): PageLines {
  const out: PageLines = { horizontal: [], vertical: [] };
  const op = (name: string): number => ops[name] ?? -1;
  const SAVE = op('save');
  const RESTORE = op('restore');
  const TRANSFORM = op('transform');
  const FORM_BEGIN = op('paintFormXObjectBegin');
  const FORM_END = op('paintFormXObjectEnd');
  const FILL_RGB = op('setFillRGBColor');
  const STROKE_RGB = op('setStrokeRGBColor');
  const CONSTRUCT = op('constructPath');
  const strokes = new Set(['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map(op));
  const fills = new Set(['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map(op));

  let state: GraphicState = { ctm: IDENTITY, fillVisible: true, strokeVisible: true };
  const stack: GraphicState[] = [];
  const { fnArray, argsArray } = list;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    const args = argsArray[k] as unknown[] | null;
    if (fn === SAVE) stack.push(state);
    else if (fn === RESTORE) state = stack.pop() ?? state;
    else if (fn === TRANSFORM) {
      const m = asMatrix(args);
      if (m) state = { ...state, ctm: multiply(state.ctm, m) };
    } else if (fn === FORM_BEGIN) {
      stack.push(state);
      const m = asMatrix(args?.[0]);
      if (m) state = { ...state, ctm: multiply(state.ctm, m) };
    } else if (fn === FORM_END) state = stack.pop() ?? state;
    else if (fn === FILL_RGB) state = { ...state, fillVisible: visibleColour(args) };
    else if (fn === STROKE_RGB) state = { ...state, strokeVisible: visibleColour(args) };
    else if (fn === CONSTRUCT && args) {
      const paint = args[0] as number;
      const stroke = strokes.has(paint) && state.strokeVisible;
      const fill = fills.has(paint) && state.fillVisible;
      if (!stroke && !fill) continue;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!data || typeof data.length !== 'number') continue;
      const m = multiply(view, state.ctm);
      for (const sub of subpaths(data, m)) {
        const p = sub.points;
        if (stroke) {
          for (let i = 2; i < p.length; i += 2) pushSegment(out, p[i - 2]!, p[i - 1]!, p[i]!, p[i + 1]!);
          if (sub.closed && p.length >= 4) pushSegment(out, p[p.length - 2]!, p[p.length - 1]!, p[0]!, p[1]!);
        }
        if (fill && !stroke) {
          const rect = rectangleOf(p);
          if (rect) addThinRectangle(out, rect);
        }
      }
    }
  }
  return out;
}
