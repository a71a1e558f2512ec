/**
 * Line endings and the many spaces of copied text.
 *
 * NBSP (U+00A0), ideographic space (U+3000) and the typographic spaces become a plain
 * space, so a blank cell made of `&nbsp;` is as blank as one made of spaces. Zero-width
 * characters and the BOM are removed. Line structure is kept (adapters rely on it).
 */
/** The odd spaces and the invisible characters, in one class: one pass over the text. */
const ODD = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;
const isInvisible = (ch: string): boolean => (ch >= '\u200b' && ch <= '\u200d') || ch === '\u2060' || ch === '\ufeff';

export function normalizeWhitespace(text: string): string {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.replace(ODD, (ch) => (isInvisible(ch) ? '' : ' '));
}

/** Collapses runs of whitespace to one space and trims (for cell and paragraph text). */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every whitespace character (for matching labels and building titles). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
