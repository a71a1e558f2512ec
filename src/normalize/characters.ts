import { TONE_MARKS } from './pinyin.js';
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
 * and counts the tone-marked vowels, without which pinyin.ts has nothing to look for.
 *
 * One table lookup per character; a new string is built only where something changes.
 */
/**
 * The kind of each UTF-16 code unit: the low two bits are its script (TRADITIONAL,
 * SIMPLIFIED, script.ts), counted without a branch; the kinds that need work are multiples of
 * four, above them, so one comparison tells the plain characters from the rest.
 */
const ODD_SPACE = 4;
const INVISIBLE = 8;
const FULL_WIDTH = 12;
const CARRIAGE_RETURN = 16;
const TONE_MARK = 20;

const KIND = new Uint8Array(SCRIPT_OF);
for (const code of [0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) KIND[code] = ODD_SPACE;
for (let code = 0x2000; code <= 0x200a; code++) KIND[code] = ODD_SPACE;
for (const code of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) KIND[code] = INVISIBLE;
for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], [0xff08, 0xff09], [0xff1a, 0xff1a]] as const) {
  for (let code = from; code <= to; code++) KIND[code] = FULL_WIDTH;
}
KIND[0x0d] = CARRIAGE_RETURN;
for (const mark of TONE_MARKS) KIND[mark.charCodeAt(0)] = TONE_MARK;

/** Full-width forms sit at a fixed distance from ASCII. */
const FULL_WIDTH_OFFSET = 0xfee0;

export interface RewrittenText {
  text: string;
  /** characters only traditional Chinese writes (script.ts) */
  traditional: number;
  /** characters only simplified Chinese writes */
  simplified: number;
  /** tone-marked vowels (pinyin.ts): none, and there is no pinyin annotation to remove */
  toneMarks: number;
}

export function rewriteCharacters(input: string): RewrittenText {
  let traditional = 0;
  /** twice the count: SIMPLIFIED is bit 1, shifted once at the end */
  let simplified2 = 0;
  let toneMarks = 0;
  let out = '';
  /** where the next unchanged stretch of the input starts */
  let from = 0;
  const length = input.length;
  let i = 0;
  for (;;) {
    // The inner loop only counts and stops at a character that needs work: kept this small,
    // V8 runs it markedly faster than one loop that also holds the rewrites.
    let kind = 0;
    for (; i < length; i++) {
      kind = KIND[input.charCodeAt(i)]!;
      traditional += kind & TRADITIONAL;
      simplified2 += kind & SIMPLIFIED;
      if (kind >= ODD_SPACE) break;
    }
    if (i >= length) break;
    if (kind === TONE_MARK) {
      toneMarks++;
      i++;
      continue;
    }
    let replacement = '';
    if (kind === ODD_SPACE) replacement = ' ';
    else if (kind === FULL_WIDTH) replacement = String.fromCharCode(input.charCodeAt(i) - FULL_WIDTH_OFFSET);
    else if (kind === CARRIAGE_RETURN) replacement = '\n';
    out += input.slice(from, i) + replacement;
    // CRLF is one line ending.
    if (kind === CARRIAGE_RETURN && input.charCodeAt(i + 1) === 10) i++;
    from = ++i;
  }
  return { text: from === 0 ? input : out + input.slice(from), traditional, simplified: simplified2 >> 1, toneMarks };
}
