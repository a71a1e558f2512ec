/**
 * Reads the statements of a prose text: every number with a count unit whose lead names
 * exactly one phrase of the vocabulary. Everything else is left alone; a lead that matches
 * two phrases, names another year, compares with another year or approximates is skipped.
 */
import type { Edition } from '../../types.js';
import { parseCount } from './numerals.js';
import { PHRASES, type Phrase } from './vocabulary.js';

export interface Statement {
  /** the sentence as the text has it */
  sentence: string;
  /** the clause the number was read in (normalized: half-width digits, no spaces) */
  clause: string;
  /** the number as written, with its unit (`57件`, `十二件`) */
  written: string;
  value: number;
  phrase: Phrase;
  /** the fields whose sum the statement gives */
  paths: readonly string[];
}

export interface ReadOptions {
  /** the report's year: a lead naming another year is skipped */
  year: number | null;
  edition: Edition;
}

export interface ReadResult {
  statements: Statement[];
  /** leads that matched more than one phrase (skipped) */
  ambiguous: number;
}

/** Sentence ends. Line breaks end sentences too (one paragraph per line). */
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;
/** Clause separators inside a sentence. */
const CLAUSE = /[，,：:；;]/;
/** A count and its unit; the character class holds every character parseCount (numerals.ts) reads. */
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千万]+)(件|条|次|起|份|宗)/g;

/** Filler between the naming words and the number: 共计, 合计, 数, 为 … (removed one at a time). */
const TRAILING_FILLER = /(?:共计|合计|总计|累计|一共|共|计|为|达到|达|有|数|量|：|:|\(|（)$/;
const LEADING_FILLER = /^[、，,\s]*(?:其中|另有|包括|以及|及|和|与)?/;
/** Leads that compare, approximate or look back: not a statement of this year's figure. */
const NOT_A_STATEMENT = /较|同比|环比|增加|减少|增长|下降|上升|提高|降低|截至|截止|历年|平均|超过|不足|约|近|去年|前年|上一年(?!度?结转)|上年(?!度?结转)/;
const AFTER_NUMBER_APPROX = /^(?:以上|以下|左右|多|余|次?以上)/;
const YEAR = /(\d{4})年/g;

function cleanLead(lead: string): string {
  let s = lead.replace(LEADING_FILLER, '');
  let prev: string;
  do {
    prev = s;
    s = s.replace(TRAILING_FILLER, '');
  } while (s !== prev);
  return s;
}

function namesOtherYear(text: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of text.matchAll(YEAR)) if (Number(m[1]) !== year) return true;
  return false;
}

/** The naming words sit right before the number; a longer lead only costs time (hostile input). */
const MAX_LEAD = 120;

/** Whether the sentence matches a phrase's context; tested once per sentence and context. */
type ContextTest = (context: RegExp) => boolean;

function matching(lead: string, inContext: ContextTest): Phrase[] {
  const out: Phrase[] = [];
  for (const p of PHRASES) {
    if (!p.ending.test(lead)) continue;
    if (p.verb !== undefined && !p.verb.test(lead)) continue;
    if (p.not?.test(lead) === true) continue;
    if (p.context !== undefined && !inContext(p.context)) continue;
    out.push(p);
  }
  return out;
}

/** The statements of one text (a report's `text.overview`, `text.problems` or `text.other`). */
export function readStatements(text: string | null | undefined, options: ReadOptions): ReadResult {
  const statements: Statement[] = [];
  let ambiguous = 0;
  if (typeof text !== 'string' || text === '') return { statements, ambiguous };
  let previous = '';
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence === '') continue;
    const normalized = sentence.normalize('NFKC').replace(/\s+/g, '');
    // `其中，同意公开3件` continues the sentence before it: that one says what is counted
    const context = /^其中/.test(normalized) ? previous + normalized : normalized;
    previous = normalized;
    const seen = new Map<RegExp, boolean>();
    const inContext: ContextTest = (rx) => {
      let hit = seen.get(rx);
      if (hit === undefined) seen.set(rx, (hit = rx.test(context)));
      return hit;
    };
    // whether the sentence so far names another year; each stretch of text is scanned once
    let otherYear = false;
    for (const clause of normalized.split(CLAUSE)) {
      let from = 0;
      let scanned = 0;
      for (const n of clause.matchAll(NUMBER)) {
        const at = n.index;
        if (!otherYear && namesOtherYear(clause.slice(scanned, at), options.year)) otherYear = true;
        scanned = at;
        const lead = cleanLead(clause.slice(Math.max(from, at - MAX_LEAD), at));
        from = at + n[0].length;
        // the number must not be the tail of a longer token (`A12件`, `1.5件`)
        if (/[A-Za-z.%]$/.test(clause.slice(Math.max(0, at - 1), at))) continue;
        if (lead === '' || NOT_A_STATEMENT.test(lead)) continue;
        if (AFTER_NUMBER_APPROX.test(clause.slice(from, from + 4))) continue;
        if (otherYear) continue;
        const value = parseCount(n[1]!);
        if (value === null) continue;
        const phrases = matching(lead, inContext);
        if (phrases.length === 0) continue;
        if (phrases.length > 1) {
          ambiguous++;
          continue;
        }
        const phrase = phrases[0]!;
        const paths = phrase.paths(options.edition);
        if (paths === null) continue;
        statements.push({ sentence, clause: clause.replace(/[。！？!?]+$/, ''), written: n[0], value, phrase, paths });
      }
      if (!otherYear && namesOtherYear(clause.slice(scanned), options.year)) otherYear = true;
    }
  }
  return { statements, ambiguous };
}
