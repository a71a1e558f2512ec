import type { Adapter, Block } from '../model.js';
import { ACTIVE_COLUMNS_2019, ACTIVE_COLUMNS_2021, activeRowOf, applicationRowOf, labelKey } from '../recognizers/labels.js';
import { type SplitResult, groupTotalsHold, rowTotalHolds, splitRun } from './glued-split.js';
import { paragraph, splitLines } from './text-lines.js';

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

/** Inline section headings, in order; the match is the heading, what follows is content. */
const HEADINGS: readonly RegExp[] = [
  /一[、.．]\s*(?:总体情况|工作概述|概述|概况|基本情况)/,
  /二[、.．]\s*主动公开政府信息(?:的)?情况/,
  /三[、.．]\s*(?:收到和处理政府信息公开申请情况|依申请公开政府信息情况|收到和处理政府信息公开申请)/,
  /四[、.．]\s*(?:政府信息公开)?行政(?:法)?复议\s*[、,，和与及]?\s*行政诉讼(?:情况)?/,
  /五[、.．]\s*(?:存在的主要问题及(?:改进情况|改进措施|明年工作计划)|存在的主要问题和改进情况|存在问题及改进情况|存在的主要问题|存在问题)/,
  /六[、.．]\s*(?:其他需要报告的事项|需要说明的其他事项(?:与附表)?|其他需要说明的事项|其它需要报告的事项|其他事项)/,
];

/**
 * Where a label run is cut into separate labels: the template's headers and row titles.
 * Longer words first, and protective words (不计其他情形, 法人或其他组织, 其他处理…) so that
 * a short word inside a longer one never cuts it.
 */
const VOCABULARY = [
  '第二十条', '信息内容', '本年制发件数', '本年废止件数', '本年废纸件数', '现行有效件数', '本年新制作数量', '本年新公开数量',
  '对外公开总数量', '上一年项目数量', '本年增/减', '本年处理决定数量', '处理决定数量', '本年收费金额', '采购项目数量', '采购总金额',
  '行政规范性文件', '规范性文件', '规章', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购',
  '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构',
  '不计其他情形', '其他处理', '其他结果', '其他法律行政法规', '其他',
  '行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '未经复议直接起诉', '复议后起诉',
].sort((a, b) => b.length - a.length);
/** Words that hold a shorter vocabulary word but never start a label of their own. */
const INNER = new Set(['不计其他情形', '其他处理', '其他法律行政法规']);
const NUMBERING = /^(?:[一二三四]、|\([一二三四五六七]\))/;

/** A number token: digits (with signs and a decimal point inside) and an optional unit. */
const NUMBER_TOKEN = /[+-]?\d[\d.+-]*(?:万元|元)?/y;
/** Digits that belong to prose or to a label, not to a cell: 2020年, 3条, and `1.` before a label. */
const PROSE_AFTER = /^[年月日号条件个项次%％余多位家名批期]/;

type Token = { kind: 'label'; text: string } | { kind: 'number'; text: string } | { kind: 'space' };

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
      const raw = match ? match[0].replace(/[.+-]+$/, '') : text[i]!;
      const after = text.slice(i + raw.length, i + raw.length + 2);
      // `00000002.其他…`: the run, then the next label's own number `2.`.
      if (/^\.[\u4e00-\u9fff]/.test(after) && /^\d+$/.test(raw)) {
        flushLabel(i);
        if (raw.length > 1) tokens.push({ kind: 'number', text: raw.slice(0, -1) });
        labelStart = i + raw.length - 1;
        i += raw.length;
        continue;
      }
      // `2020年`, `3条`: digits of prose, not a cell.
      if (PROSE_AFTER.test(after)) {
        if (labelStart < 0) labelStart = i;
        i += raw.length;
        continue;
      }
      flushLabel(i);
      tokens.push({ kind: 'number', text: raw });
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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** VOCABULARY by first character, longest first as in VOCABULARY: one Map lookup per position instead of ~45 startsWith. */
const VOCABULARY_BY_FIRST = new Map<string, string[]>();
for (const word of VOCABULARY) {
  const list = VOCABULARY_BY_FIRST.get(word[0]!) ?? [];
  list.push(word);
  VOCABULARY_BY_FIRST.set(word[0]!, list);
}
const NUMBERING_FIRST = new Set(['一', '二', '三', '四', '(']);

/** Cuts a label run at the vocabulary, e.g. `…对外公开总数量规章` → `…对外公开总数量`, `规章`. */
function cutLabel(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const numbering = i > start && text[i - 1] !== '第' && NUMBERING_FIRST.has(ch) ? NUMBERING.exec(text.slice(i, i + 3)) : null;
    const word = numbering ? numbering[0] : VOCABULARY_BY_FIRST.get(ch)?.find((w) => text.startsWith(w, i));
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
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

interface RowShape {
  path: string;
  n: number;
  sum?: (values: readonly number[]) => boolean;
}

function activeShape(label: string, edition: '2019' | '2021'): RowShape | null {
  const row = activeRowOf(labelKey(label));
  if (row === null) return null;
  // A 2019-only row in a 2021 table still has its 2019 width (the recognizer reports it).
  const columns = (edition === '2021' ? ACTIVE_COLUMNS_2021[row] : null) ?? ACTIVE_COLUMNS_2019[row];
  return columns === null ? null : { path: `activeDisclosure.${row}`, n: columns.length };
}

function applicationShape(label: string): RowShape | null {
  const key = labelKey(label).replace(/^\d\./, '');
  const row = applicationRowOf(key);
  if (row !== null) return { path: `applications.${row}`, n: 7, sum: rowTotalHolds };
  if (/^(?:3\.)?其他$|^总计$/.test(key)) return { path: 'applications', n: 7, sum: rowTotalHolds };
  return null;
}

/** One table section: labels as paragraphs, runs split into cells where certain. */
function readTableSection(text: string, section: 2 | 3 | 4, line: number, edition: '2019' | '2021', out: Block[]): void {
  const tokens = tokenize(text);
  let lastLabel = '';
  let run: string[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    const shape: RowShape | null =
      section === 4 ? { path: 'reviewLitigation', n: 15, sum: groupTotalsHold } : section === 3 ? applicationShape(lastLabel) : activeShape(lastLabel, edition);
    const quoted = run.join(' ');
    const result: SplitResult = shape ? splitRun(run, shape.n, shape.sum) : { kind: 'impossible' };
    if (result.kind === 'certain') {
      for (const cell of result.cells) out.push(paragraph(cell, line));
    } else if (result.kind === 'ambiguous' && shape) {
      const cuts = result.cuts === 'many' ? '很多' : `${result.cuts}种以上`;
      out.push({ kind: 'note', code: 'GLUED_AMBIGUOUS', message: `${shape.path}：数字串「${quoted}」拆成${shape.n}个单元格的方式有${cuts}，无法确定，未取值`, line, path: shape.path });
      for (let i = 0; i < shape.n; i++) out.push(paragraph('', line));
    } else {
      for (const raw of run) out.push(paragraph(raw, line)); // not splittable: the recognizer warns
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.kind === 'number') run.push(token.text);
    else if (token.kind === 'label') {
      flushRun();
      for (const piece of cutLabel(token.text)) {
        out.push(paragraph(piece, line));
        lastLabel = piece;
      }
    }
  }
  flushRun();
}

/** Splits prose at chrome words glued onto it (`…2021年1月26日 附件下载`). */
function proseParagraphs(text: string, line: number, out: Block[]): void {
  for (const part of text.split(/(?=附件下载|相关附件|扫一扫在手机打开|【打印本页】|【关闭窗口】)/)) {
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
  const edition = /新制作数量|上一年项目数量|本年增\/减|集中采购/.test(text) && !/制发件数/.test(text) ? '2019' : '2021';
  proseParagraphs(text.slice(0, cuts[0]?.start ?? text.length), line, out);
  cuts.forEach((cut, i) => {
    out.push(paragraph(text.slice(cut.start, cut.end), line));
    const body = text.slice(cut.end, cuts[i + 1]?.start ?? text.length);
    if (cut.section >= 2 && cut.section <= 4) readTableSection(body, cut.section as 2 | 3 | 4, line, edition, out);
    else proseParagraphs(body, line, out);
  });
}

function isGluedLine(line: string): boolean {
  return line.length > 300 && line.includes('本年新收') && /结转下年度|上年结转/.test(line) && /数量\s*\d/.test(line);
}

export const gluedAdapter: Adapter = {
  name: 'glued',
  detect(text) {
    const lines = splitLines(text);
    return lines.some(isGluedLine) ? 0.95 : 0;
  },
  read(text) {
    const out: Block[] = [];
    splitLines(text).forEach((line, i) => {
      if (line.trim() === '') return;
      if (isGluedLine(line)) readGluedLine(line, i + 1, out);
      else out.push(paragraph(line.trim(), i + 1));
    });
    return out;
  },
};
