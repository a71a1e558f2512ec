import { spaceTolerant } from '../normalize/space-tolerant.js';
import { isWhitespace, removeSpaces } from '../normalize/whitespace.js';
import { SECTION_KEYWORDS, SECTION_TITLES } from '../table-model/index.js';

/**
 * The six section headings, recognised by numbering and wording.
 *
 *     一、总体情况 · 二.主动公开政府信息情况 · (三)收到和处理政府信息公开申请情况 · 五、存在问题及改进情况
 *
 * `keywords[k]` is what a heading of section k must contain; `canonical[k]` is the usual
 * wording, strong enough to accept a heading whose number is wrong or missing.
 */
const KEYWORDS = SECTION_KEYWORDS;

/**
 * Any section's keyword, matching the text as given as it would match the text without spaces
 * (space-tolerant.ts; PDF text spaces headings out: `主 动 公 开`). One test on the text rules
 * out most paragraphs before their key is built and the six keywords are tried in turn. (It
 * holds for the key without its numbering too: no keyword starts with a numeral or a mark.)
 */
const ANY_KEYWORD_SPACED = spaceTolerant(new RegExp(KEYWORDS.map((keyword) => `(?:${keyword.source})`).join('|')));
/** A heading's wording strong enough to accept it with a wrong or missing number: one of the usual titles. */
const CANONICAL: readonly RegExp[] = SECTION_TITLES.map((titles, k) => new RegExp(titles.map((t) => (k === 0 ? `^${t}$` : t).replace(/[、,]/g, '.{0,2}')).join('|')));
const NUMERALS = '一二三四五六';
const SENTENCE = /[。;；]/;
const PREFIX = /^([(（]?)([一二三四五六七八九十]{1,2})([)）]?)[、.．,，:：]?/;

export type HeadingStyle = 'plain' | 'paren';

export interface HeadingCandidate {
  /** section number 1–6 */
  section: number;
  /** the number written in front of it (0 when none or unreadable) */
  written: number;
  style: HeadingStyle | null;
  strong: boolean;
}

/** Characters that are not whitespace, counted up to `limit`. */
function nonSpaceLength(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    if (!isWhitespace(text.charCodeAt(i))) count++;
  }
  return count;
}

/** What a paragraph would be as a section heading, or null when it cannot be one. */
export function headingCandidate(text: string): HeadingCandidate | null {
  // Tested on the text as given, cheapest first: most paragraphs never get a key.
  // A number or a single character (most cells of PDF text) is no heading: every heading starts
  // with its numbering or its name, never a digit.
  const first = text.charCodeAt(0);
  if (text.length < 2 || (first >= 48 && first <= 57)) return null;
  // Over 40 characters once spaces are gone: no heading, and a long paragraph is not copied to find out.
  if (text.length > 40 && nonSpaceLength(text, 41) > 40) return null;
  // A sentence is no heading: tested before the keywords, since most short paragraphs of PDF
  // text are wrapped lines of prose and a character class costs less than the keyword pattern.
  if (SENTENCE.test(text)) return null;
  if (!ANY_KEYWORD_SPACED.test(text)) return null;
  const key = removeSpaces(text);
  if (key.length < 2 || key.length > 40) return null;
  const prefix = PREFIX.exec(key);
  let style: HeadingStyle | null = null;
  let written = 0;
  let rest = key;
  if (prefix) {
    const paren = prefix[1] !== '' || prefix[3] !== '';
    if (paren && (prefix[1] === '' || prefix[3] === '')) return null;
    const hasSeparator = prefix[0].length > prefix[1]!.length + prefix[2]!.length + prefix[3]!.length;
    if (!paren && !hasSeparator) return null; // 二是…, 三安全一稳定: not numbering
    style = paren ? 'paren' : 'plain';
    written = prefix[2]!.length === 1 ? NUMERALS.indexOf(prefix[2]!) + 1 : 0;
    rest = key.slice(prefix[0].length);
  }
  for (let k = 0; k < KEYWORDS.length; k++) {
    const keyword = KEYWORDS[k]!.exec(rest);
    if (!keyword) continue;
    const canonical = CANONICAL[k]!.exec(rest);
    const strong = canonical !== null;
    const atStart = keyword.index === 0 || canonical?.index === 0;
    // Without a number, a heading is the section's name itself, not a sentence that
    // mentions it (`下面报告本年度主动公开政府信息情况`).
    if (style === null && (!atStart || !(strong || rest.length <= 12) || /[:：]$/.test(rest))) return null;
    return { section: k + 1, written, style, strong };
  }
  return null;
}
