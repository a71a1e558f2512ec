/** Whitespace in cell and paragraph texts (line endings and odd spaces: characters.ts). */

/** Whether a character is white space as `\s` (and so `trim`) sees it. */
export function isWhitespace(code: number): boolean {
  if (code === 32) return true;
  if (code < 0xa0) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Collapses runs of whitespace to one space and trims (for cell and paragraph text). */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every whitespace character (for matching labels and building titles). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
