/**
 * `pdftotext -layout` text as positioned tokens: every line keeps its page (form feeds
 * start pages) and every token its character column. pdftotext writes one character per
 * column whatever the glyph's width, so a CJK character takes one column too.
 */

/** A run of non-space characters at columns `[start, end)` of its line. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export type LineKind = 'blank' | 'page-number' | 'value' | 'text';

export interface LayoutLine {
  /** 1-based line number in the input */
  line: number;
  /** 1-based page: a form feed starts the next one */
  page: number;
  text: string;
  tokens: Token[];
  kind: LineKind;
  /** `value` lines: the tokens before the values (the row's label, if it is on this line) */
  label: Token[];
  /** `value` lines: the trailing run of numbers and placeholders */
  values: Token[];
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?$/;
const PLACEHOLDER = /^(?:[-—–－]{1,3}|[/／]|无)$/;
/** `- 4 -`, `—5—`, `-3-`, `第 2 页`: page numbers, never table content. */
export const PAGE_NUMBER_LINE = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A label this long, or with a full stop, is prose that happens to end in a number. */
const MAX_LABEL = 60;

export const isNumberToken = (text: string): boolean => NUMBER.test(text);
const isValueToken = (text: string): boolean => NUMBER.test(text) || PLACEHOLDER.test(text);

/** Runs of non-space characters (a tab is a space too). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** The trailing value run of a line, when the line is a table row's value line. */
function splitValues(input: readonly Token[]): { label: Token[]; values: Token[] } | null {
  let tokens = input;
  // A unit one space after its number (`832995 元`) belongs to it.
  const unit = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (unit && before && /^(?:万元|元)$/.test(unit.text) && unit.start - before.end === 1 && NUMBER.test(before.text)) {
    tokens = [...tokens.slice(0, -2), { text: before.text + unit.text, start: before.start, end: unit.end }];
  }
  let first = tokens.length;
  while (first > 0 && isValueToken(tokens[first - 1]!.text)) first--;
  const values = tokens.slice(first);
  if (values.length === 0) return null;
  // Placeholders alone (`-`) are a value line only with company; a lone dash is punctuation.
  if (!values.some((t) => NUMBER.test(t.text)) && values.length < 2) return null;
  const label = tokens.slice(0, first);
  if (label.length > 0) {
    // Columns are set apart by at least two spaces; one space is prose (`公开信息 1136 条`),
    // unless a run of numbers follows (Word squeezes a narrow label column: `申请 0   0   0`).
    const numbers = values.filter((t) => NUMBER.test(t.text)).length;
    if (values[0]!.start - label[label.length - 1]!.end < 2 && numbers < 3) return null;
    const text = label.map((t) => t.text).join('');
    if (text.length > MAX_LABEL || /[。；;]/.test(text)) return null;
  }
  return { label, values };
}

/** A line that cannot hold a value: no digit and no placeholder character. */
const NO_VALUE = /^[^\d\-—–－/／无]*$/;

let lastInput: readonly string[] | undefined;
let lastOutput: LayoutLine[] = [];

/**
 * Splits layout text into classified lines. Detection and reading split the same lines, so
 * the last result is kept for the next caller (callers never change it).
 */
export function layoutLines(lines: readonly string[]): LayoutLine[] {
  if (lines === lastInput) return lastOutput;
  const out: LayoutLine[] = [];
  let page = 1;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    if (text.includes('\f')) {
      // pdftotext puts the form feed at the start of a page's first line (or alone at the end).
      page += text.split('\f').length - 1;
      text = text.replace(/\f/g, '');
    }
    const tokens = tokenize(text);
    let kind: LineKind = 'text';
    let label = NONE;
    let values = NONE;
    if (tokens.length === 0) kind = 'blank';
    else if (!NO_VALUE.test(text)) {
      if (PAGE_NUMBER_LINE.test(text.trim())) kind = 'page-number';
      else {
        const split = splitValues(tokens);
        if (split) {
          kind = 'value';
          ({ label, values } = split);
        }
      }
    }
    out.push({ line: i + 1, page, text, tokens, kind, label, values });
  }
  lastInput = lines;
  lastOutput = out;
  return out;
}

const NONE: Token[] = [];
