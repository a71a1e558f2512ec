import { centerY, type Fragment } from './fragments.js';

/**
 * Fragments → text: visual lines, then lines joined.
 *
 * A Chinese line break inside a cell or paragraph adds no space, and a number wrapped in a
 * narrow cell (`7` above `4`) is one number (`74`); only two Latin words get a space.
 */
/** CJK characters and punctuation (also full-width forms and curly quotes) on both sides of a space. */
const SPACE_BETWEEN_CJK = /([\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef“”‘’])\s+(?=[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef“”‘’])/g;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/** Removes whitespace between two CJK characters (pdf.js spaces out justified Chinese). */
export function closeCjkSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '$1');
}

export interface TextLine {
  fragments: Fragment[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
  text: string;
}

/**
 * LibreOffice sets “ ” in another font, over a space left in the Chinese text item: such a
 * short fragment lying inside another item replaces the space nearest its position.
 */
function placeOverlays(fragments: Fragment[]): Fragment[] {
  const kept: Fragment[] = [];
  const hosts = fragments.map((f) => ({ ...f }));
  const dropped = new Set<number>();
  hosts.forEach((f, i) => {
    // Only punctuation (quotes) is placed so: a letter or digit is never moved into other text.
    if (!/^[^\p{L}\p{N}\s]{1,2}$/u.test(f.text.trim())) return;
    const center = (f.x0 + f.x1) / 2;
    const h = hosts.findIndex((host, k) => k !== i && !dropped.has(k) && host.text.length > 2 && center > host.x0 && center < host.x1);
    if (h < 0) return;
    const host = hosts[h]!;
    const chars = [...host.text];
    const at = Math.floor(((center - host.x0) / (host.x1 - host.x0)) * chars.length);
    for (const offset of [0, -1, 1, -2, 2]) {
      const k = at + offset;
      if (k >= 0 && k < chars.length && /\s/.test(chars[k]!)) {
        chars[k] = f.text.trim();
        host.text = chars.join('');
        dropped.add(i);
        return;
      }
    }
  });
  hosts.forEach((f, i) => {
    if (!dropped.has(i)) kept.push(f);
  });
  return kept;
}

/** Groups fragments into visual lines (top to bottom, each left to right). */
export function toLines(fragments: readonly Fragment[]): TextLine[] {
  const sorted = [...fragments].sort((p, q) => centerY(p) - centerY(q) || p.x0 - q.x0);
  const lines: TextLine[] = [];
  for (const fragment of sorted) {
    const last = lines[lines.length - 1];
    const overlap = last ? Math.min(last.y1, fragment.y1) - Math.max(last.y0, fragment.y0) : 0;
    const smaller = last ? Math.min(last.y1 - last.y0, fragment.y1 - fragment.y0) : 0;
    if (last && !fragment.vertical && overlap >= 0.5 * smaller) {
      last.fragments.push(fragment);
      last.x0 = Math.min(last.x0, fragment.x0);
      last.x1 = Math.max(last.x1, fragment.x1);
      last.y0 = Math.min(last.y0, fragment.y0);
      last.y1 = Math.max(last.y1, fragment.y1);
      last.size = Math.max(last.size, fragment.size);
    } else {
      lines.push({ fragments: [fragment], x0: fragment.x0, y0: fragment.y0, x1: fragment.x1, y1: fragment.y1, size: fragment.size, text: '' });
    }
  }
  for (const line of lines) {
    line.fragments = placeOverlays(line.fragments);
    line.fragments.sort((p, q) => p.x0 - q.x0);
    let text = '';
    let previous: Fragment | undefined;
    for (const fragment of line.fragments) {
      // A visible gap between items is a space; CJK spaces are closed afterwards.
      if (previous && fragment.x0 - previous.x1 > 0.2 * Math.min(previous.size, fragment.size)) text += ' ';
      text += fragment.text;
      previous = fragment;
    }
    line.text = closeCjkSpaces(text.replace(/\s+/g, ' ').trim());
  }
  return lines;
}

/** Joins two pieces of one paragraph or cell: a space only between Latin words. */
export function joinPieces(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : left + right;
}

/** The text of one cell: its lines joined. */
export function cellText(fragments: readonly Fragment[]): string {
  let text = '';
  for (const line of toLines(fragments)) text = joinPieces(text, line.text);
  return closeCjkSpaces(text);
}
