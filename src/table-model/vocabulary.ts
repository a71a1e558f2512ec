/**
 * Matching printed labels against the table model: which row a label starts, which column a
 * header names. Keywords first (labels arrive with spaces inside, old wording such as
 * `规范性文件`); then one general rule for typos: a label within a small edit distance of
 * exactly one official label of the same table is that label (`本年废止件数` typed with one
 * wrong character). Adapters and recognizers share these matchers.
 */
import { isWhitespace } from '../normalize/whitespace.js';
import { ACTIVE_ROWS, type ActiveRowDef, APPLICATION_ROWS, COUNT_COLUMNS, type ColumnDef, OUTCOMES, REVIEW_GROUPS, type TableEdition } from './tables.js';

const KEEP = 0;
const OPEN = 1;
const CLOSE = 2;
const DROP = 3;
/** What a character becomes in a label key, by UTF-16 code unit: brackets unified, whitespace (`\s`) and quotes dropped. */
const KEY_CHANGE = new Uint8Array(0x10000);
for (const ch of '（【〔[') KEY_CHANGE[ch.charCodeAt(0)] = OPEN;
for (const ch of '）】〕]') KEY_CHANGE[ch.charCodeAt(0)] = CLOSE;
for (const ch of '“”"\'‘’') KEY_CHANGE[ch.charCodeAt(0)] = DROP;
for (let code = 0; code < 0x10000; code++) if (isWhitespace(code)) KEY_CHANGE[code] = DROP;

/** The matching form of a label: whitespace removed, brackets unified, quotes dropped. */
export function labelKey(text: string): string {
  // One pass: most labels change at two brackets, so the key is built from slices between them.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const change = KEY_CHANGE[text.charCodeAt(i)]!;
    if (change === KEEP) continue;
    out += text.slice(from, i) + (change === OPEN ? '(' : change === CLOSE ? ')' : '');
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `（三）1.属于国家秘密` → `属于国家秘密`: the numbering in front of a label. */
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\(?\d{1,2}\)|\d{1,2}[.、]){1,3}/;

export function withoutNumbering(key: string): string {
  return key.replace(NUMBERING, '');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many wrong characters a label of this length may have: one per six, at least one. */
function tolerance(length: number): number {
  return Math.max(1, Math.floor(length / 6));
}

/**
 * The one vocabulary entry within tolerance of `key`, or null when none is, or when two are
 * equally close (refused, never guessed). Keys shorter than four characters are never fuzzy.
 */
export function closest<T>(key: string, entries: readonly (readonly [string, T])[]): T | null {
  const bare = withoutNumbering(key);
  if (bare.length < 4 || bare.length > 40) return null;
  const limit = tolerance(bare.length);
  let best: T | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const [word, value] of entries) {
    const distance = editDistance(bare, word, limit);
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && distance <= limit && value !== best) tie = true;
  }
  return bestDistance <= limit && !tie ? best : null;
}

/** The number a label's numbering ends with (`(三)1.` → `1`), or null when it has none. */
function lastNumber(key: string): string | null {
  const numbering = NUMBERING.exec(key)?.[0];
  return numbering === undefined ? null : (/(\d{1,2}|[一二三四五六七八九十]{1,3})\D?$/.exec(numbering)?.[1] ?? null);
}

/**
 * A label cut short by a PDF extraction (`2.其他法律行政法规`, its `禁止公开` on another line):
 * numbered, at least five characters of wording, and the start of exactly one official label
 * with the same number.
 */
export function fragmentOf<T>(key: string, labels: readonly (readonly [string, T])[]): T | null {
  const number = lastNumber(key);
  const bare = withoutNumbering(key);
  if (number === null || bare.length < 5) return null;
  let found: T | null = null;
  for (const [label, value] of labels) {
    if (lastNumber(label) !== number || !withoutNumbering(label).startsWith(bare)) continue;
    if (found !== null && found !== value) return null;
    found = value;
  }
  return found;
}

/** A keyword matcher with the typo rule (and the fragment rule, given labels) behind it, remembering each key (labels repeat from report to report). */
function matcher<T>(rows: readonly (readonly [RegExp, T])[], words: readonly (readonly [string, T])[], labels: readonly (readonly [string, T])[] = []): (key: string) => T | null {
  const cache = new Map<string, T | null>();
  return (key) => {
    let found = cache.get(key);
    if (found === undefined) {
      found = null;
      for (const [pattern, value] of rows) {
        if (pattern.test(key)) {
          found = value;
          break;
        }
      }
      found ??= closest(key, words);
      if (found === null && labels.length > 0) found = fragmentOf(key, labels);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
}

const officialWord = (label: string): string => withoutNumbering(labelKey(label)).replace(/\(.*$/, '');

export type ActiveRowKey = ActiveRowDef['key'];

/** The table 二 row a label key starts, or null. */
export const activeRowOf = matcher<ActiveRowKey>(
  ACTIVE_ROWS.map((row) => [row.match, row.key] as const),
  ACTIVE_ROWS.map((row) => [officialWord(row.label), row.key] as const),
);

/** The table 三 row a label key names by its wording alone (context decides a bare 其他/总计), or null. */
export const applicationRowOf = matcher<string>(
  APPLICATION_ROWS.map((row) => [row.match, row.path] as const),
  APPLICATION_ROWS.filter((row) => officialWord(row.label).length >= 4).map((row) => [officialWord(row.label), row.path] as const),
  APPLICATION_ROWS.map((row) => [labelKey(row.label), row.path] as const),
);

function headerMatcher(columns: readonly ColumnDef[]): (key: string) => string | null {
  return matcher(
    columns.map((column) => [column.header, column.key] as const),
    columns.map((column) => [officialWord(column.label), column.key] as const),
  );
}

/** Table 三 column headers (自然人 … 总计). */
export const countColumnOf = headerMatcher(COUNT_COLUMNS);
/** Table 四 group headers (行政复议, 未经复议直接起诉, 复议后起诉). */
export const reviewGroupOf = headerMatcher(REVIEW_GROUPS);
/** Table 四 outcome headers (结果维持 … 总计). */
export const outcomeOf = headerMatcher(OUTCOMES);

const ACTIVE_HEADERS: Record<TableEdition, ColumnDef[]> = { 2021: [], 2019: [] };
for (const row of ACTIVE_ROWS) {
  for (const edition of ['2021', '2019'] as const) {
    for (const column of row.columns[edition] ?? []) if (!ACTIVE_HEADERS[edition].some((c) => c.label === column.label)) ACTIVE_HEADERS[edition].push(column);
  }
}
const activeHeader2021 = headerMatcher(ACTIVE_HEADERS[2021]);
const activeHeader2019 = headerMatcher(ACTIVE_HEADERS[2019]);

/** A table 二 column header of one edition (`本年制发件数` → `issued`), or null. */
export function activeColumnOf(key: string, edition: TableEdition): string | null {
  return edition === '2021' ? activeHeader2021(key) : activeHeader2019(key);
}

/** Headers that only one edition prints: evidence for the edition. `处理决定数量` is in both. */
export function activeHeaderEdition(key: string): TableEdition | null {
  const in2021 = activeHeader2021(key);
  const in2019 = activeHeader2019(key);
  if (in2021 !== null && in2019 === null) return '2021';
  if (in2019 !== null && in2021 === null) return '2019';
  return null;
}

const ALL_HEADERS: readonly ColumnDef[] = [...COUNT_COLUMNS, ...OUTCOMES, ...REVIEW_GROUPS, ...ACTIVE_HEADERS[2021], ...ACTIVE_HEADERS[2019]];

/**
 * How many different column headers a header cell's text names: two or more (`上一年项目数量本年增/减`,
 * two header words an extraction ran together) means the cell's position names no one column.
 */
const headerCounts = new Map<string, number>();

export function headerCount(key: string): number {
  let count = headerCounts.get(key);
  if (count === undefined) {
    const labels = new Set<string>();
    for (const column of ALL_HEADERS) if (column.header.test(key)) labels.add(column.label);
    count = labels.size;
    if (headerCounts.size > 50_000) headerCounts.clear();
    headerCounts.set(key, count);
  }
  return count;
}

/** `采购总金额（元）`: the unit of the procurement amount written in its header. */
export const PROCUREMENT_UNIT_HEADER = /采购总金额\((万元|元)\)/;

/** Where table 三 / 二 begin (table 四: {@link isReviewAnchor}) when their section heading is missing or wrong. */
export const APPLICATIONS_ANCHOR = /本年新收|勾稽关系|钩稽关系|申请人情况/;
export function isReviewAnchor(key: string): boolean {
  return reviewGroupOf(key) !== null || outcomeOf(key) === 'upheld';
}
export const ACTIVE_ANCHOR = /第二十条|^信息内容$|^规章$|规范性文件|行政许可/;
