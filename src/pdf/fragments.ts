import { apply, type Matrix } from './geometry.js';
import type { PdfJsTextContent, PdfJsTextItem } from './pdfjs-types.js';

/**
 * pdf.js text items as boxes in display space (points, origin top-left, y downwards).
 *
 * pdf.js adds `" "` items between cells with nonsense widths and empty items for line
 * breaks; only items with visible text are kept.
 */
export interface Fragment {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** font size in points */
  size: number;
  /** set vertically (WPS's tall group labels) */
  vertical: boolean;
}

function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof (item as PdfJsTextItem).str === 'string' && Array.isArray((item as PdfJsTextItem).transform);
}

export function fragmentsOf(content: PdfJsTextContent, view: Matrix): Fragment[] {
  const out: Fragment[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const t = item.transform;
    if (t.length < 6 || !t.every((v) => Number.isFinite(v))) continue;
    const [a, b, c, d, e, f] = t as [number, number, number, number, number, number];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (!(size > 0)) continue;
    const vertical = item.dir === 'ttb';
    const width = Number.isFinite(item.width) ? Math.max(0, item.width) : 0;
    const height = Number.isFinite(item.height) ? Math.max(0, item.height) : size;
    // Corners in PDF user space: along the writing direction, and up from the baseline.
    const ux = a / (Math.hypot(a, b) || 1);
    const uy = b / (Math.hypot(a, b) || 1);
    const vx = c / (Math.hypot(c, d) || 1);
    const vy = d / (Math.hypot(c, d) || 1);
    let corners: [number, number][];
    if (vertical) {
      // Vertical text runs down from its origin; its width is the column's width.
      const w = width || size;
      const h = height || size;
      corners = [[e, f], [e + ux * w, f + uy * w], [e - vx * h, f - vy * h], [e + ux * w - vx * h, f + uy * w - vy * h]];
    } else {
      const h = size;
      corners = [[e, f], [e + ux * width, f + uy * width], [e + vx * h, f + vy * h], [e + ux * width + vx * h, f + uy * width + vy * h]];
    }
    const points = corners.map(([x, y]) => apply(view, x, y));
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    out.push({ text: item.str, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys), size, vertical });
  }
  return out;
}

export function centerX(f: Fragment): number {
  return (f.x0 + f.x1) / 2;
}

export function centerY(f: Fragment): number {
  return (f.y0 + f.y1) / 2;
}
