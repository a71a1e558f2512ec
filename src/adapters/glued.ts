import type { Adapter, Block } from '../model.js';
import {
  ACTIVE_ROWS,
  activeHeaderEdition,
  activeRowOf,
  APPLICATION_ROWS,
  applicationRowOf,
  COUNT_COLUMNS,
  HEADER_WORDS,
  type IdentityCode,
  labelKey,
  OUTCOMES,
  REVIEW_GROUPS,
  SECTION_TITLES,
  withoutNumbering,
} from '../table-model/index.js';
import { GLUED_CHROME } from '../normalize/chrome.js';
import { quote } from '../warnings.js';
import { splitRun } from './glued-split.js';
import { groupTotalsHold } from '../table-model/index.js';
import { type GluedRow, settleApplications } from './glued-settle.js';
import { isDigit, paragraph, splitLines } from './text-lines.js';

/**
 * `glued`: a site's text export that flattens the whole report onto one line and glues
 * every table cell to the next (corpus `input.txt`):
 *
 *     …规章000规范性文件1077第二十条第(五)项…一、本年新收政府信息公开申请数量1400000 14 二、上年结转…
 *
 * The line is cut at the section headings; prose sections become paragraphs. In the
 * table sections (二, 三, 四) labels are cut at the template's own vocabulary and every
 * digit run is split into the row's cells only when the split is certain (glued-split.ts);
 * otherwise the row gets blank cells and a GLUED_AMBIGUOUS note quoting the run.
 */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMERALS = '一二三四五六';

/** Inline section headings, in order, from the model's usual titles; the match is the heading. */
const HEADINGS: readonly RegExp[] = SECTION_TITLES.map((titles, k) => {
  const wordings = [...titles].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/[、,]/g, '\\s*[、,，和与及]?\\s*'));
  return new RegExp(`${NUMERALS[k]}[、.．]\\s*(?:${wordings.join('|')})`);
});

/** The printed words of a label, without numbering and without a parenthesised note. */
const word = (label: string): string => withoutNumbering(labelKey(label)).replace(/\(.*$/, '');

/**
 * Where a label run is cut into separate labels: the forms' headers and row titles, from the
 * table model. Longest first, so a short word inside a longer one never cuts it.
 */
const VOCABULARY = [
  ...new Set([
    ...HEADER_WORDS,
    ...ACTIVE_ROWS.flatMap((row) => [row.label, ...Object.values(row.columns).flatMap((columns) => (columns ?? []).map((c) => word(c.label)))]),
    ...COUNT_COLUMNS.map((c) => c.label),
    ...OUTCOMES.map((c) => c.label),
    ...REVIEW_GROUPS.map((c) => c.label),
    ...APPLICATION_ROWS.map((row) => word(row.label)).filter((w) => w.length >= 4),
  ]),
].sort((a, b) => b.length - a.length);
/**
 * Phrases of the row labels that hold a shorter cut word inside (`不计其他情形` in the 部分公开
 * label): passed over whole, never cut.
 */
const INNER = new Set(
  APPLICATION_ROWS.flatMap((row) => labelKey(row.label).split(/[(),，、]/))
    .map(withoutNumbering)
    .filter((phrase) => !VOCABULARY.includes(phrase) && VOCABULARY.some((w) => w.length < phrase.length && phrase.indexOf(w) > 0)),
);
for (const phrase of INNER) VOCABULARY.push(phrase);
VOCABULARY.sort((a, b) => b.length - a.length);
const NUMBERING = /^(?:[一二三四]、|\([一二三四五六七]\))/;
/** A piece that is numbering and nothing else: `(六)`, `2.`, `三、`. */
const NUMBERING_ONLY = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])$/;

/** A number token: digits (with signs and a decimal point inside) and an optional unit. */
const NUMBER_TOKEN = /[+-]?\d[\d.+-]*(?:万元|元)?/y;
/** Digits that belong to prose or to a label, not to a cell: 2020年, 3条, and `1.` before a label. */
/** Characters after digits of prose, not of a cell (`2020年`, `3条`). */
const PROSE_AFTER = new Set([...'年月日号条件个项次%％余多位家名批期'].map((ch) => ch.charCodeAt(0)));

type Token = { kind: 'label'; text: string } | { kind: 'number'; text: string; at: number } | { kind: 'space' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A label is a slice of the line, from its first character to the next number.
  let labelStart = -1;
  const flushLabel = (end: number): void => {
    if (labelStart >= 0) {
      const label = text.slice(labelStart, end).trim();
      if (label !== '') tokens.push({ kind: 'label', text: label });
    }
    labelStart = -1;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (digit || ((code === 43 || code === 45) && isDigit(text.charCodeAt(i + 1)))) {
      NUMBER_TOKEN.lastIndex = i;
      const match = NUMBER_TOKEN.exec(text);
      let raw = match ? match[0] : text[i]!;
      // Trailing signs and points belong to no number: stripped only where there are some.
      const last = raw.charCodeAt(raw.length - 1);
      if (last === 46 || last === 43 || last === 45) raw = raw.replace(/[.+-]+$/, '');
      const next = i + raw.length;
      const afterCode = text.charCodeAt(next);
      // `00000002.其他…`: the run, then the next label's own number `2.`.
      if (afterCode === 46 && isHan(text.charCodeAt(next + 1)) && /^\d+$/.test(raw)) {
        flushLabel(i);
        if (raw.length > 1) tokens.push({ kind: 'number', text: raw.slice(0, -1), at: i });
        labelStart = i + raw.length - 1;
        i += raw.length;
        continue;
      }
      // `2020年`, `3条`: digits of prose, not a cell.
      if (PROSE_AFTER.has(afterCode)) {
        if (labelStart < 0) labelStart = i;
        i += raw.length;
        continue;
      }
      flushLabel(i);
      tokens.push({ kind: 'number', text: raw, at: i });
      i += raw.length;
      continue;
    }
    if (code === 32 || code === 9) {
      if (labelStart < 0 && tokens.at(-1)?.kind === 'number') tokens.push({ kind: 'space' });
      i++;
      continue;
    }
    if (labelStart < 0) labelStart = i;
    i++;
  }
  flushLabel(text.length);
  return tokens;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * VOCABULARY by its first two character codes (as one number), longest first as in VOCABULARY:
 * one Map lookup per position picks the few words to try, and no string is made per position.
 * Every word has two characters or more (labels, headers, column names of the model).
 */
const VOCABULARY_BY_PAIR = new Map<number, string[]>();
// The second code folded to 12 bits keeps the key a small integer (no heap number per lookup);
// pairs that share a key only share a list, and startsWith still decides.
const pairAt = (text: string, i: number): number => text.charCodeAt(i) * 4096 + (text.charCodeAt(i + 1) & 4095);
for (const word of VOCABULARY) {
  const list = VOCABULARY_BY_PAIR.get(pairAt(word, 0)) ?? [];
  list.push(word); // longest first, as VOCABULARY is sorted
  VOCABULARY_BY_PAIR.set(pairAt(word, 0), list);
}
const NUMBERING_FIRST = new Set([...'一二三四('].map((ch) => ch.charCodeAt(0)));
/**
 * A 64K-bit filter of the pairs that start a word (hashed, so some others pass too): most
 * positions of a label run start no word, and this rules them out before the Map lookup.
 */
const PAIR_FILTER = new Uint8Array(65536);
const pairHash = (text: string, i: number): number => (Math.imul(text.charCodeAt(i), 40503) ^ text.charCodeAt(i + 1)) & 0xffff;
for (const word of VOCABULARY) PAIR_FILTER[pairHash(word, 0)] = 1;

/** Cuts a label run at the vocabulary, e.g. `…对外公开总数量规章` → `…对外公开总数量`, `规章`. */
function cutLabel(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const numbering = i > start && NUMBERING_FIRST.has(text.charCodeAt(i)) && text[i - 1] !== '第' ? NUMBERING.exec(text.slice(i, i + 3)) : null;
    const word = numbering ? numbering[0] : PAIR_FILTER[pairHash(text, i)] === 0 ? undefined : VOCABULARY_BY_PAIR.get(pairAt(text, i))?.find((w) => text.startsWith(w, i));
    if (word === undefined) {
      i++;
      continue;
    }
    if (INNER.has(word)) {
      i += word.length;
      continue;
    }
    if (i > start) pieces.push(text.slice(start, i));
    start = i;
    i += word.length;
  }
  if (start < text.length) pieces.push(text.slice(start));
  // A piece that is only numbering (`(六)` before `其他处理`, `2.` before its label) belongs to the next.
  const merged: string[] = [];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const previous = merged[merged.length - 1];
    if (previous !== undefined && NUMBERING_ONLY.test(previous)) merged[merged.length - 1] = previous + trimmed;
    else merged.push(trimmed);
  }
  return merged;
}

interface RowShape {
  path: string;
  n: number;
}

function activeShape(label: string, edition: '2019' | '2021'): RowShape | null {
  const row = activeRowOf(labelKey(label));
  if (row === null) return null;
  const definition = ACTIVE_ROWS.find((r) => r.key === row)!;
  // A 2019-only row in a 2021 table still has its 2019 width (the recognizer reports it).
  const columns = definition.columns[edition] ?? definition.columns['2019'];
  return columns === null ? null : { path: `activeDisclosure.${row}`, n: columns.length };
}

function applicationShape(label: string, previous: string | null): RowShape | null {
  const key = labelKey(label).replace(/^\d\./, '');
  const row = applicationRowOf(key);
  if (row !== null) return { path: `applications.${row}`, n: 7 };
  // A bare 其他 / 总计 is a row only where the table's order puts it.
  if (/^(?:3\.)?其[他它]$/.test(key) && previous?.startsWith('applications.otherDisposal.')) return { path: 'applications.otherDisposal.other', n: 7 };
  if (/^总计$|^合计$/.test(key) && previous !== null && /^applications\.(?:otherDisposal|notProcessed)\./.test(previous)) return { path: 'applications.totalProcessed', n: 7 };
  return null;
}

/** One row of a table section: its shape, its digit tokens, and what became of them. */
interface PendingRow {
  shape: RowShape | null;
  run: string[];
  /** 1-based column in the line where each token of the run starts */
  starts: number[];
  glued: GluedRow | null;
  impossible: boolean;
}

/** One table section: labels as paragraphs, runs split into cells where certain. */
function readTableSection(text: string, offset: number, section: 2 | 3 | 4, line: number, edition: '2019' | '2021', out: Block[]): void {
  const tokens = tokenize(text);
  let lastLabel = '';
  let previousPath: string | null = null;
  let run: string[] = [];
  let starts: number[] = [];
  const rows: PendingRow[] = [];
  // Labels as blocks, rows as pending entries: the rows' cells are known only once all are settled.
  const local: (Block | PendingRow)[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    const shape: RowShape | null = section === 4 ? { path: 'reviewLitigation', n: 15 } : section === 3 ? applicationShape(lastLabel, previousPath) : activeShape(lastLabel, edition);
    if (shape) previousPath = shape.path;
    const pending: PendingRow = { shape, run, starts, glued: null, impossible: false };
    local.push(pending);
    rows.push(pending);
    if (shape) {
      const result = splitRun(run, shape.n);
      if (result.kind === 'certain') pending.glued = { path: shape.path, cells: result.cells, candidates: [], via: [] };
      else if (result.kind === 'candidates') pending.glued = { path: shape.path, cells: null, candidates: result.complete ? result.splits : [], via: [] };
      else pending.impossible = true;
    }
    run = [];
    starts = [];
  };
  for (const token of tokens) {
    if (token.kind === 'number') {
      run.push(token.text);
      starts.push(offset + token.at + 1);
    }
    else if (token.kind === 'label') {
      flushRun();
      for (const piece of cutLabel(token.text)) {
        local.push(paragraph(piece, line));
        lastLabel = piece;
      }
    }
  }
  flushRun();
  const glued = rows.map((row) => row.glued).filter((row): row is GluedRow => row !== null);
  if (section === 3) settleApplications(glued);
  if (section === 4) {
    for (const row of glued) {
      if (row.cells !== null) continue;
      row.candidates = row.candidates.filter((cut) => groupTotalsHold(cut.map((c) => Number.parseFloat(c))));
      row.via.push('REVIEW_LITIGATION_TOTAL');
      if (row.candidates.length === 1) row.cells = row.candidates[0]!;
    }
  }
  // Emit in order: each row's cells where its run stood, notes for what was inferred or refused.
  const cellsOf = (row: PendingRow): Block[] => {
    const quoted = (): string => quote([row.run.join(' ')]); // only for a note
    if (!row.shape) return row.run.map((raw, k) => paragraph(raw, line, row.starts[k])); // not a row of the model: the recognizer warns
    const path = row.shape.path;
    if (row.glued?.cells) {
      const columns = cellColumns(row.run, row.starts, row.glued.cells);
      const cells = row.glued.cells.map((cell, k) => paragraph(cell, line, columns[k]));
      if (row.glued.via.length === 0) return cells;
      const via: IdentityCode[] = [...new Set(row.glued.via)];
      return [{ kind: 'note', code: 'VALUE_INFERRED', message: `${path}：数字串${quoted()}拆分不唯一，只有一种与表中等式相符（不作核对依据）`, line, path, via }, ...cells];
    }
    const why = row.impossible ? `无法拆成${row.shape.n}个单元格` : `拆成${row.shape.n}个单元格的方式不唯一（或有空白单元格被删去）`;
    const note: Block = { kind: 'note', code: 'GLUED_AMBIGUOUS', message: `${path}：数字串${quoted()}${why}，未取值`, line, path };
    return [note, ...Array.from({ length: row.shape.n }, () => paragraph('', line))];
  };
  for (const entry of local) {
    if ('kind' in entry) out.push(entry);
    else for (const block of cellsOf(entry)) out.push(block);
  }
}

/** Where each cell of a split run starts in the line: the cells are the run's tokens cut in order. */
function cellColumns(run: readonly string[], starts: readonly number[], cells: readonly string[]): number[] {
  const out: number[] = [];
  let token = 0;
  let within = 0;
  for (const cell of cells) {
    if (token >= run.length) break;
    out.push(starts[token]! + within);
    within += cell.length;
    if (within >= run[token]!.length) {
      token++;
      within = 0;
    }
  }
  return out;
}

/** Splits prose at chrome words glued onto it (`…2021年1月26日 附件下载`). */
function proseParagraphs(text: string, line: number, out: Block[]): void {
  for (const part of text.split(GLUED_CHROME)) {
    if (part.trim() !== '') out.push(paragraph(part.trim(), line));
  }
}

function readGluedLine(text: string, line: number, out: Block[]): void {
  const cuts: { section: number; start: number; end: number }[] = [];
  let from = 0;
  HEADINGS.forEach((pattern, k) => {
    const match = pattern.exec(text.slice(from));
    if (!match) return;
    const start = from + match.index;
    cuts.push({ section: k + 1, start, end: start + match[0].length });
    from = start + match[0].length;
  });
  // The edition shows in table 二's headers: look there only (the prose is most of the line).
  const two = cuts.findIndex((cut) => cut.section === 2);
  const edition = gluedEdition(two < 0 ? text : text.slice(cuts[two]!.end, cuts[two + 1]?.start ?? text.length));
  proseParagraphs(text.slice(0, cuts[0]?.start ?? text.length), line, out);
  cuts.forEach((cut, i) => {
    out.push(paragraph(text.slice(cut.start, cut.end), line));
    const body = text.slice(cut.end, cuts[i + 1]?.start ?? text.length);
    if (cut.section >= 2 && cut.section <= 4) readTableSection(body, cut.end, cut.section as 2 | 3 | 4, line, edition, out);
    else proseParagraphs(body, line, out);
  });
}

/** The edition the header words of the line show (the model's edition-only headers); 2021 when none. */
function gluedEdition(text: string): '2019' | '2021' {
  let e2019 = 0;
  let e2021 = 0;
  for (const [word, edition] of EDITION_WORDS) {
    if (!text.includes(word)) continue;
    if (edition === '2019') e2019++;
    else e2021++;
  }
  return e2019 > e2021 ? '2019' : '2021';
}

/** The cut words only one edition prints (its table 二 headers). */
const EDITION_WORDS: readonly (readonly [string, '2019' | '2021'])[] = VOCABULARY.flatMap((word) => {
  const edition = activeHeaderEdition(word);
  return edition === null ? [] : [[word, edition] as const];
});

/** The table 三 row words of the model, each of which a glued row follows directly with its digits. */
const ROW_WORDS = APPLICATION_ROWS.map((row) => word(row.label)).filter((w) => w.length >= 4);

/**
 * A glued report line: long, and at least four table 三 row labels each followed directly by a
 * digit run (`…申请数量1400000`). Prose that merely mentions 本年新收 has none of that shape.
 */
function isGluedLine(line: string): boolean {
  if (line.length <= 300 || !line.includes('本年新收') || !/数量\s*\d/.test(line)) return false;
  let rows = 0;
  for (const w of ROW_WORDS) {
    const at = line.indexOf(w);
    if (at >= 0 && /^[\s)）]*\d/.test(line.slice(at + w.length, at + w.length + 4)) && ++rows >= 4) return true;
  }
  return false;
}

/** The indexes of a text's glued lines, found once for detect() and read() (keyed by the shared split lines). */
const gluedLineCache = new WeakMap<readonly string[], number[]>();
function gluedLines(lines: readonly string[]): number[] {
  let found = gluedLineCache.get(lines);
  if (found === undefined) {
    found = [];
    for (let i = 0; i < lines.length; i++) if (isGluedLine(lines[i]!)) found.push(i);
    gluedLineCache.set(lines, found);
  }
  return found;
}

export const gluedAdapter: Adapter = {
  name: 'glued',
  kind: 'stream',
  detect(text) {
    // Every glued line holds 本年新收: one scan of the text spares the per-line test elsewhere.
    return text.includes('本年新收') && gluedLines(splitLines(text)).length > 0 ? 0.95 : 0;
  },
  read(text) {
    const out: Block[] = [];
    const lines = splitLines(text);
    const glued = new Set(gluedLines(lines));
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      if (glued.has(i)) readGluedLine(line, i + 1, out);
      else out.push(paragraph(line.trim(), i + 1));
    });
    return out;
  },
};
