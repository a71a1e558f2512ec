import { SCRIPT_OF, SIMPLIFIED, TRADITIONAL } from './script.js';

/**
 * The character-level rewrites of normalization in one pass over the text, which also counts
 * the script-only characters (script.ts) on the way:
 *
 *     line endings   CRLF and a lone CR → LF (line structure is kept: adapters rely on it)
 *     odd spaces     NBSP, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000 → a plain space
 *                    (a blank cell made of `&nbsp;` is as blank as one made of spaces)
 *     invisible      U+200B–U+200D, U+2060 and the BOM are removed
 *     full width     digits, Latin letters, （ ） and ： → ASCII; the rest of the Chinese
 *                    punctuation (，。；、“”《》) is the report's prose and stays, and the signs
 *                    that matter inside numbers (＋－．，) are the number reader's
 *
 * One table lookup per character; a new string is built only where something changes.
 */
const ODD_SPACE = 3;
const INVISIBLE = 4;
const FULL_WIDTH = 5;
const CARRIAGE_RETURN = 6;

/** Per UTF-16 code unit: 0 plain, TRADITIONAL / SIMPLIFIED (script.ts), or what the pass rewrites. */
const KIND = new Uint8Array(SCRIPT_OF);
for (const code of [0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) KIND[code] = ODD_SPACE;
for (let code = 0x2000; code <= 0x200a; code++) KIND[code] = ODD_SPACE;
for (const code of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) KIND[code] = INVISIBLE;
for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], [0xff08, 0xff09], [0xff1a, 0xff1a]] as const) {
  for (let code = from; code <= to; code++) KIND[code] = FULL_WIDTH;
}
KIND[0x0d] = CARRIAGE_RETURN;

/** Full-width forms sit at a fixed distance from ASCII. */
const FULL_WIDTH_OFFSET = 0xfee0;

export interface RewrittenText {
  text: string;
  /** characters only traditional Chinese writes (script.ts) */
  traditional: number;
  /** characters only simplified Chinese writes */
  simplified: number;
}

export function rewriteCharacters(input: string): RewrittenText {
  let traditional = 0;
  let simplified = 0;
  let out = '';
  /** where the next unchanged stretch of the input starts */
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const kind = KIND[input.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === TRADITIONAL) traditional++;
    else if (kind === SIMPLIFIED) simplified++;
    else {
      let replacement = '';
      if (kind === ODD_SPACE) replacement = ' ';
      else if (kind === FULL_WIDTH) replacement = String.fromCharCode(input.charCodeAt(i) - FULL_WIDTH_OFFSET);
      else if (kind === CARRIAGE_RETURN) replacement = '\n';
      out += input.slice(from, i) + replacement;
      // CRLF is one line ending.
      if (kind === CARRIAGE_RETURN && input.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  return { text: from === 0 ? input : out + input.slice(from), traditional, simplified };
}
