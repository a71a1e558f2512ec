import type { Script } from '../types.js';
import { toSimplified } from './opencc.js';
import { stripPinyin } from './pinyin.js';
import { detectScript } from './script.js';
import { normalizeWhitespace } from './whitespace.js';
import { toHalfWidth } from './width.js';

export interface NormalizedText {
  text: string;
  script: Script;
  /** how many pinyin annotations were removed */
  pinyinRemoved: number;
}

/**
 * Step 1 of the pipeline: one string every adapter can read.
 *
 * Line endings and spaces, full-width digits/letters/（）/：, pinyin annotations, and
 * traditional → simplified when the text is traditional. Line count is preserved, so
 * line numbers in warnings point into the user's input.
 */
export async function normalize(input: string): Promise<NormalizedText> {
  let text = toHalfWidth(normalizeWhitespace(input));
  const pinyin = stripPinyin(text);
  text = pinyin.text;
  const script = detectScript(text);
  if (script === 'traditional') text = await toSimplified(text);
  return { text, script, pinyinRemoved: pinyin.removed };
}
