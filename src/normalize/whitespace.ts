/** Whitespace in cell and paragraph texts (line endings and odd spaces: characters.ts). */

/** Collapses runs of whitespace to one space and trims (for cell and paragraph text). */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every whitespace character (for matching labels and building titles). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
