/**
 * Line endings and the many spaces of copied text.
 *
 * NBSP (U+00A0), ideographic space (U+3000) and the typographic spaces become a plain
 * space, so a blank cell made of `&nbsp;` is as blank as one made of spaces. Zero-width
 * characters and the BOM are removed. Line structure is kept (adapters rely on it).
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function normalizeWhitespace(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(SPACES, ' ').replace(INVISIBLE, '');
}

/** Collapses runs of whitespace to one space and trims (for cell and paragraph text). */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every whitespace character (for matching labels and building titles). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
