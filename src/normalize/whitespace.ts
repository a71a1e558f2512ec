/** Whitespace in cell and paragraph texts (line endings and odd spaces: characters.ts). */

/** Whether a character is white space as `\s` (and so `trim`) sees it. */
export function isWhitespace(code: number): boolean {
  if (code === 32) return true;
  if (code < 0xa0) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Collapses runs of whitespace to one space and trims (for cell and paragraph text). */
export function collapseSpaces(text: string): string {
  // Most texts (a layout line, a cell) are collapsed already: one scan costs less than the
  // global replace, which builds a new string even where it changes nothing.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** Whether a text has no whitespace at its ends, no whitespace but single plain spaces inside. */
function isCollapsed(text: string): boolean {
  if (text === '') return true;
  if (isWhitespace(text.charCodeAt(0)) || isWhitespace(text.charCodeAt(text.length - 1))) return false;
  let space = false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // (Past U+3000 only U+FEFF is whitespace: CJK text is told by one comparison.)
    if (code > 0x3000 && code !== 0xfeff) space = false;
    else if (code === 32) {
      if (space) return false;
      space = true;
    } else {
      if (isWhitespace(code)) return false;
      space = false;
    }
  }
  return true;
}

/** Removes every whitespace character (for matching labels and building titles). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
