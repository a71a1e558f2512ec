import type { Script } from '../types.js';
import { toSimplified } from './opencc.js';
import { stripPinyin } from './pinyin.js';
import { rewriteCharacters } from './characters.js';
import { detectScript, SCRIPT_SAMPLE, scriptOf } from './script.js';

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
  const rewritten = rewriteCharacters(input);
  // No tone mark anywhere: no annotation, and the pattern need not search the text.
  const pinyin = rewritten.toneMarks > 0 ? stripPinyin(rewritten.text) : { text: rewritten.text, removed: 0 };
  let text = pinyin.text;
  // The rewrites and the pinyin removal never add a character and never touch a script-only
  // one: within the sample, the counts of the first pass are those of the final text.
  const script = input.length <= SCRIPT_SAMPLE ? scriptOf(rewritten.traditional, rewritten.simplified) : detectScript(text);
  if (script === 'traditional') text = await toSimplified(text);
  return { text, script, pinyinRemoved: pinyin.removed };
}
