import { joinPieces, type TextLine } from './join-text.js';
import type { PageLayout } from './page-layout.js';

/**
 * Text outside tables → paragraphs in reading order, without running headers, footers and
 * page numbers.
 */
export interface Paragraph {
  text: string;
  y0: number;
  y1: number;
  size: number;
  /** the first line starts indented (a new paragraph, not a continuation) */
  indented: boolean;
  /** the last line runs to the right margin (the paragraph may go on on the next page) */
  full: boolean;
}

export interface PageProse {
  paragraphs: Paragraph[];
  /** running headers, footers and page numbers removed */
  dropped: string[];
}

const PAGE_NUMBER = /^(?:[-—–－_]*\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[-—–－_]*|第\s*\d{1,4}\s*页\s*[,，]?\s*共\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4})$/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])/;
/** Share of the page height at the top and bottom where running headers and footers sit. */
const TOP_ZONE = 0.09;
const BOTTOM_ZONE = 0.1;

function inMargin(line: TextLine, layout: PageLayout): boolean {
  return line.y1 <= layout.height * TOP_ZONE || line.y0 >= layout.height * (1 - BOTTOM_ZONE);
}

function repeatKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Median of a list (0 when empty). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Running header/footer texts: the same margin line (digits aside) on at least half the pages, two or more. */
function runningLines(layouts: readonly PageLayout[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const layout of layouts) {
    const seen = new Set<string>();
    for (const line of layout.lines) if (inMargin(line, layout)) seen.add(repeatKey(line.text));
    for (const key of seen) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (layouts.length < 2) return out;
  for (const [key, count] of pagesWith) if (count >= 2 && count >= layouts.length / 2) out.add(key);
  return out;
}

/** The body font size: the size most characters are set in. */
export function bodySize(layouts: readonly PageLayout[]): number {
  const weight = new Map<number, number>();
  for (const layout of layouts) {
    for (const line of layout.lines) {
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 12;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

export function proseOf(layouts: readonly PageLayout[]): PageProse[] {
  const running = runningLines(layouts);
  const body = bodySize(layouts);
  return layouts.map((layout) => {
    const dropped: string[] = [];
    const lines = layout.lines.filter((line) => {
      const margin = inMargin(line, layout);
      if (margin && (PAGE_NUMBER.test(line.text.replace(/\s+/g, ' ').trim()) || running.has(repeatKey(line.text)))) {
        dropped.push(line.text);
        return false;
      }
      return true;
    });
    const bodyLines = lines.filter((l) => Math.abs(l.size - body) <= 0.5);
    const left = bodyLines.length > 0 ? Math.min(...bodyLines.map((l) => l.x0)) : Math.min(...lines.map((l) => l.x0));
    const right = bodyLines.length > 0 ? Math.max(...bodyLines.map((l) => l.x1)) : Math.max(...lines.map((l) => l.x1));
    const pitches: number[] = [];
    for (let i = 1; i < bodyLines.length; i++) {
      const step = bodyLines[i]!.y0 - bodyLines[i - 1]!.y0;
      if (step > 0) pitches.push(step);
    }
    // Lines further apart than ~2 line heights are never one paragraph, whatever the median says.
    const pitch = Math.min(median(pitches) || body * 1.8, body * 2.2);

    const paragraphs: Paragraph[] = [];
    let current: Paragraph | null = null;
    let previous: TextLine | null = null;
    for (const line of lines) {
      const indented = line.x0 > left + 0.8 * line.size;
      const large = line.size > body * 1.15;
      let fresh = current === null || previous === null;
      if (!fresh && previous && current) {
        const sameSize = Math.abs(line.size - previous.size) <= 0.1 * previous.size;
        const gap = line.y0 - previous.y0;
        const previousShort = previous.x1 < right - 1.5 * previous.size;
        if (large && sameSize && gap <= pitch * 1.6 + line.size) fresh = false; // a title over two lines
        else fresh = !sameSize || gap > pitch * 1.45 || indented || previousShort || HEADING.test(line.text);
        // After a centred or right-aligned line (a signature, a date) a new paragraph starts.
        if (previous.x0 > left + 4 * previous.size) fresh = true;
        // A table between two lines ends the paragraph.
        if (layout.tables.some((t) => t.grid.ys[0]! >= previous!.y1 - 1 && t.grid.ys[0]! <= line.y0 + 1)) fresh = true;
      }
      if (fresh || !current) {
        current = { text: line.text, y0: line.y0, y1: line.y1, size: line.size, indented, full: false };
        paragraphs.push(current);
      } else {
        current.text = joinPieces(current.text, line.text);
        current.y1 = line.y1;
      }
      current.full = line.x1 >= right - 1.5 * line.size;
      previous = line;
    }
    return { paragraphs, dropped };
  });
}
