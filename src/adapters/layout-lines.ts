/**
 * `pdftotext -layout` text as positioned tokens: every line keeps its page (form feeds
 * start pages) and every token its character column. pdftotext writes one character per
 * column whatever the glyph's width, so a CJK character takes one column too.
 */

import { isWhitespace, type Word, wordsOf } from '../normalize/whitespace.js';
import { isDigit, splitLines } from './text-lines.js';

/** A run of non-space characters at columns `[start, end)` of its line. */
export type Token = Word;

export type LineKind = 'blank' | 'page-number' | 'value' | 'text';

/**
 * One classified line. Its tokens are split when first read: most lines are prose that no
 * table reads, and only a line that ends in a value needs them to be classified.
 */
export class LayoutLine {
  constructor(
    /** 1-based line number in the input */
    readonly line: number,
    /** 1-based page: a form feed starts the next one */
    readonly page: number,
    readonly text: string,
    /** the columns of the text's first non-space character and just after its last (0, 0: blank) */
    readonly start: number,
    readonly end: number,
    /**
     * The string the tokens are split from and where the line starts in it: the whole input,
     * so every line is read from one string (faster by character code than each line's own),
     * or the line's text when form feeds were cut out of it.
     */
    private readonly source: string,
    private readonly base: number,
    public kind: LineKind,
    /** `value` lines: the tokens before the values (the row's label, if it is on this line) */
    public label: Token[],
    /** `value` lines: the trailing run of numbers and placeholders */
    public values: Token[],
    private splitTokens: Token[] | null = null,
  ) {}

  get tokens(): Token[] {
    return (this.splitTokens ??= wordsOf(this.source, this.base + this.start, this.base + this.end, this.base));
  }

  set tokens(tokens: Token[]) {
    this.splitTokens = tokens;
  }

  /** A copy with its own list of values (the tokens are shared, never changed). */
  copy(): LayoutLine {
    return new LayoutLine(this.line, this.page, this.text, this.start, this.end, this.source, this.base, this.kind, this.label, [...this.values], this.splitTokens);
  }
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?$/;
const PLACEHOLDER = /^(?:[-—–－]{1,3}|[/／]|无)$/;
/** `- 4 -`, `—5—`, `-3-`, `第 2 页`: page numbers, never table content. */
export const PAGE_NUMBER_LINE = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A label this long, or with a full stop, is prose that happens to end in a number. */
const MAX_LABEL = 60;

/** Whether a token is a number; plain digits, most table cells, need no regex. */
export function isNumberToken(text: string): boolean {
  let at = 0;
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  return (at === text.length && at > 0) || NUMBER.test(text);
}

/** A value ends in a digit, `元` or a placeholder character: most words and lines fail that before a regex. */
const mayEndValue = (code: number): boolean =>
  (code >= 48 && code <= 57) || code === 0x5143 || code === 45 || code === 47 || code === 0x2013 || code === 0x2014 || code === 0xff0d || code === 0xff0f || code === 0x65e0;

/** The tokens with a unit one space after its number (`832995 元`) joined to it; the list itself when there is none. */
function withUnit(tokens: Token[]): Token[] {
  const unit = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (unit && before && (unit.text === '万元' || unit.text === '元') && unit.start - before.end === 1 && NUMBER.test(before.text)) {
    return [...tokens.slice(0, -2), { text: before.text + unit.text, start: before.start, end: unit.end }];
  }
  return tokens;
}

/**
 * Where the trailing value run of a line starts in its tokens (withUnit's), when the line is a
 * table row's value line; -1 otherwise. (An index, not the two lists: the caller cuts only
 * what it keeps.)
 */
function valuesFrom(tokens: readonly Token[]): number {
  let first = tokens.length;
  let numbers = 0;
  for (; first > 0; first--) {
    const text = tokens[first - 1]!.text;
    if (!mayEndValue(text.charCodeAt(text.length - 1))) break;
    if (isNumberToken(text)) numbers++;
    else if (!PLACEHOLDER.test(text)) break;
  }
  const count = tokens.length - first;
  if (count === 0) return -1;
  // Placeholders alone (`-`) are a value line only with company; a lone dash is punctuation.
  if (numbers === 0 && count < 2) return -1;
  if (first > 0) {
    // Columns are set apart by at least two spaces; one space is prose (`公开信息 1136 条`),
    // unless a run of numbers follows (Word squeezes a narrow label column: `申请 0   0   0`).
    if (tokens[first]!.start - tokens[first - 1]!.end < 2 && numbers < 3) return -1;
    // (Read token by token: the label's text is never needed joined.)
    let length = 0;
    for (let k = 0; k < first; k++) {
      const text = tokens[k]!.text;
      length += text.length;
      if (length > MAX_LABEL || hasFullStop(text)) return -1;
    }
  }
  return first;
}

/** Whether a character ends a sentence in a label's eyes: `。`, `；` or `;`. */
export const isFullStop = (code: number): boolean => code === 0x3002 || code === 0xff1b || code === 59;

/** Whether a word holds a full stop (isFullStop); label words are a character or a few, so no regex. */
function hasFullStop(word: string): boolean {
  for (let at = 0; at < word.length; at++) if (isFullStop(word.charCodeAt(at))) return true;
  return false;
}

const isDigitOrDash = (code: number): boolean => (code >= 48 && code <= 57) || code === 45 || code === 0x2013 || code === 0x2014 || code === 0xff0d;
/** Whether a line may be a page number (PAGE_NUMBER_LINE): it starts with a digit, a dash or `第` and ends with a digit, a dash or `页`. */
const mayBePageNumber = (first: number, last: number): boolean => (isDigitOrDash(first) || first === 0x7b2c) && (isDigitOrDash(last) || last === 0x9875);

/**
 * Splits layout text into classified lines.
 *
 * A line is classified by its first and last characters before any regex: a value line ends
 * in a value (or its unit), a page number starts and ends with a digit or a dash (or `第`
 * and `页`). Only the lines that may be either are split into tokens here.
 */
export function layoutLines(input: string): LayoutLine[] {
  const lines = splitLines(input);
  const out: LayoutLine[] = [];
  let page = 1;
  // Where the line starts in the input, and the next form feed: found in the input, not per line.
  let offset = 0;
  let formFeed = input.indexOf('\f');
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    const lineStart = offset;
    const lineEnd = offset + text.length;
    offset = lineEnd + 1;
    // The line is read in the input (see LayoutLine's source) unless form feeds are cut out of it.
    let source = input;
    let base = lineStart;
    if (formFeed >= 0 && formFeed < lineEnd) {
      // pdftotext puts the form feed at the start of a page's first line (or alone at the end).
      // (Counted and cut without a split or a regex: the usual line holds one, first.)
      let feeds = 0;
      for (let at = text.indexOf('\f'); at >= 0; at = text.indexOf('\f', at + 1)) feeds++;
      page += feeds;
      text = feeds === 1 && text.charCodeAt(0) === 12 ? text.slice(1) : text.replace(/\f/g, '');
      formFeed = input.indexOf('\f', lineEnd);
      source = text;
      base = 0;
    }
    // Where trimEnd would cut (isWhitespace is `\s`), read in the source: no trimmed string is made.
    let end = text.length;
    while (end > 0 && isWhitespace(source.charCodeAt(base + end - 1))) end--;
    if (end === 0) {
      out.push(new LayoutLine(i + 1, page, text, 0, 0, source, base, 'blank', NONE, NONE, NONE));
      continue;
    }
    // Leading spaces by character code in the source; another kind of space is left to trimStart.
    let start = base;
    while (source.charCodeAt(start) === 32) start++;
    start = isWhitespace(source.charCodeAt(start)) ? text.length - text.trimStart().length : start - base;
    const last = text.charCodeAt(end - 1);
    if (mayBePageNumber(text.charCodeAt(start), last) && PAGE_NUMBER_LINE.test(text.trim())) out.push(new LayoutLine(i + 1, page, text, start, end, source, base, 'page-number', NONE, NONE));
    // Other lines are text, their tokens split only when read.
    else if (!mayEndValue(last)) out.push(new LayoutLine(i + 1, page, text, start, end, source, base, 'text', NONE, NONE));
    else {
      const tokens = wordsOf(source, base + start, base + end, base);
      const cells = withUnit(tokens);
      const first = valuesFrom(cells);
      // (A line of values alone has its token list as its values: neither list is ever changed.)
      if (first === 0) out.push(new LayoutLine(i + 1, page, text, start, end, source, base, 'value', NONE, cells, tokens));
      else if (first > 0) out.push(new LayoutLine(i + 1, page, text, start, end, source, base, 'value', cells.slice(0, first), cells.slice(first), tokens));
      else out.push(new LayoutLine(i + 1, page, text, start, end, source, base, 'text', NONE, NONE, tokens));
    }
  }
  return out;
}

const NONE: Token[] = [];
