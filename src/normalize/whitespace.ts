/** Whitespace in cell and paragraph texts (line endings and odd spaces: characters.ts). */

/** The white space of `\s` up to U+3000, as a table (past it only U+FEFF is). */
const SPACE_UP_TO_3000 = new Uint8Array(0x3001);
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) SPACE_UP_TO_3000[code] = 1;
for (let code = 0x2000; code <= 0x200a; code++) SPACE_UP_TO_3000[code] = 1;

/**
 * Whether a character is white space as `\s` (and so `trim`) sees it: one table load, for
 * spaces and CJK text alike (texts are scanned with it character by character).
 */
export function isWhitespace(code: number): boolean {
  return code <= 0x3000 ? SPACE_UP_TO_3000[code] === 1 : code === 0xfeff;
}

/** A run of non-whitespace characters at `[start, end)` of its line. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The runs of non-whitespace (`\S+`) of `text` from `from` to `to` (a line read inside a
 * longer text), their positions counted from `base` (where the line starts). A scan by
 * character code: a regex's match objects cost more than the scan.
 */
export function wordsOf(text: string, from: number, to: number, base: number): Word[] {
  const words: Word[] = [];
  let at = from;
  for (;;) {
    while (at < to && isWhitespace(text.charCodeAt(at))) at++;
    if (at === to) return words;
    const start = at;
    while (at < to && !isWhitespace(text.charCodeAt(at))) at++;
    words.push({ text: text.slice(start, at), start: start - base, end: at - base });
  }
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
    if (code === 32) {
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
