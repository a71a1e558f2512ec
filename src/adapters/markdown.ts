import type { Adapter, Block, SourceCell, TableBlock } from '../model.js';
import { collapseSpaces } from '../normalize/whitespace.js';
import { readTableFragment } from './html.js';
import { linesWith, paragraph, splitLines } from './text-lines.js';

/**
 * `markdown`: what PDF-to-Markdown converters write (pymupdf4llm, docling, marker, MinerU).
 *
 *     ## 二、主动公开政府信息情况          → a paragraph (sections are found from it)
 *     | 信息内容 | 本年制发件数 | … |      → a table row, one cell per column
 *     |---|---|---|                      → dropped
 *     | **规章** | 0 | - |                → `规章`, `0`, `-` (a placeholder)
 *     <table>…</table>                   → read by the html adapter
 *
 * A table broken into many small tables (one per row group or per page) stays as
 * consecutive tables; fragments of a header row are kept as they are.
 */
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const SEPARATOR_CELL = /^\s*:?-{1,}:?\s*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const LIST_MARKER = /^\s*(?:[-*+]|>+)\s+/;
const TABLE_OPEN = /^\s*<table[\s>]/i;
const TABLE_CLOSE = /<\/table\s*>/i;
const RULE_START = /^[ \t]*[-*_]/;

/** A thematic break: three or more `-`, `*` or `_` (spaces between allowed). */
function isRule(line: string): boolean {
  // Most lines are prose: their first character rules them out before any copy is made.
  if (!RULE_START.test(line)) return false;
  const compact = line.replace(/[ \t]/g, '');
  return compact.length >= 3 && /^(?:-+|\*+|_+)$/.test(compact);
}

const DASH = /^[-—–]$/;
const NUMBER = /^[-+]?\d[\d,.]*(?:万元|元)?$/;

/**
 * Converters write `-` for every empty cell, value or not. Where no value can be, the dash is
 * padding and becomes an empty cell: the label slots before a row's first label, every cell
 * of a row that holds no number (a header or banner row), and after the label a column left
 * of every number in the table (the slots of a label spanning several columns) or one that
 * the header rows right above name nothing in (a slot of a wider table's grid). Elsewhere
 * after a label it stays a placeholder (null, with a warning).
 */
function clearPadding(rows: readonly SourceCell[][]): void {
  const numberAt = rows.map((row) => row.findIndex((cell) => NUMBER.test(cell.text)));
  const firstNumber = Math.min(...numberAt.filter((at) => at >= 0));
  /** the columns the header rows right above name, once one names two or more */
  let named: Set<number> | null = null;
  rows.forEach((row, r) => {
    if (numberAt[r]! < 0) {
      if (numberAt[r - 1]! >= 0) named = null;
      const texts = row.filter((cell) => cell.text !== '' && !DASH.test(cell.text));
      if (texts.length > 1) for (const cell of texts) (named ??= new Set()).add(cell.col!);
    }
    let labelSeen = false;
    for (const cell of row) {
      if (!DASH.test(cell.text)) labelSeen ||= cell.text !== '';
      else if (!labelSeen || numberAt[r]! < 0 || cell.col! < firstNumber || (named && !named.has(cell.col!))) cell.text = '';
    }
  });
}

/** Splits a pipe row on unescaped bars; `\|` is a literal bar inside a cell. */
function splitRow(line: string): string[] {
  const cells = line.includes('\\') ? splitEscaped(line) : line.split('|'); // most rows escape no bar
  // The bars that open and close the row do not add empty cells.
  if (line.trimStart().startsWith('|')) cells.shift();
  if (cells.length > 0 && /(?:^|[^\\])\|\s*$/.test(line)) cells.pop();
  return cells;
}

/** Cells split at bars, `\|` kept as a bar inside its cell. */
function splitEscaped(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

/** A line that can be a table row: it has an unescaped bar. */
function isPipeRow(line: string): boolean {
  return /(?:^|[^\\])\|/.test(line) && line.trim() !== '|';
}

/** The cells of a separator row (`|---|:---:|`): dashes, colons at the ends. */
function isSeparator(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => SEPARATOR_CELL.test(cell));
}

function isSeparatorRow(line: string): boolean {
  return line.includes('-') && isSeparator(splitRow(line));
}

/** Removes inline markup around the text: emphasis, links, images, code spans, `<br>`. */
export function stripInline(text: string): string {
  // Most cells carry no markup and no inner space: nothing to strip or collapse.
  const trimmed = text.trim();
  if (!/[\s<\]`*_~\\]/.test(trimmed)) return trimmed;
  let out = trimmed;
  if (out.includes('<')) out = out.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?(?:b|strong|i|em|u|span|sup|sub|font)\b[^>]*>/gi, '');
  if (out.includes('](')) out = out.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (out.includes('`')) out = out.replace(/`([^`]*)`/g, '$1');
  // Emphasis: bold before italic, so `***x***` loses all its stars.
  if (out.includes('*')) out = out.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(\S(?:.*?\S)?)\*/g, '$1');
  if (out.includes('__')) out = out.replace(/__(.+?)__/g, '$1');
  // Single underscores mark italics only at word edges (`_x_`), never inside `a_b`.
  if (out.includes('_')) out = out.replace(/(^|[\s(（])_(\S(?:.*?\S)?)_(?=$|[\s)）,，.。])/g, '$1$2');
  if (out.includes('~~')) out = out.replace(/~~(.+?)~~/g, '$1');
  if (out.includes('\\')) out = out.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
  return collapseSpaces(out);
}

/** Where each HTML table of the Markdown starts and ends (0-based lines, inclusive). */
function htmlRanges(lines: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_OPEN.test(lines[i]!)) continue;
    // Up to the closing tag; an unclosed table runs to the end of the input.
    let end = i;
    while (end < lines.length - 1 && !TABLE_CLOSE.test(lines[end]!)) end++;
    ranges.push([i, end]);
    i = end;
  }
  return ranges;
}

/**
 * The HTML tables inside the Markdown (MinerU writes complex tables this way), read as the
 * html adapter reads them, in one pass: the tables stay on their own lines, everything else
 * is blanked, so cell lines are the input's.
 */
function htmlTables(lines: readonly string[], ranges: readonly [number, number][]): TableBlock[] {
  if (ranges.length === 0) return [];
  const kept = new Array<string>(lines.length).fill('');
  for (const [from, to] of ranges) for (let i = from; i <= to; i++) kept[i] = lines[i]!;
  return readTableFragment(kept.join('\n'));
}

export const markdownAdapter: Adapter = {
  name: 'markdown',
  kind: 'grid',
  detect(text) {
    // Without a `#` or a `|` anywhere there is no heading and no table row: one scan, not one per line.
    const hasHash = text.includes('#');
    if (!hasHash && !text.includes('|')) return 0;
    // Without a `#` there is no heading, so only a separator row can count (an HTML table counts
    // only beside a heading): the lines with a bar decide.
    if (!hasHash) {
      for (const line of linesWith(text, '|')) if (line.includes('-') && isSeparatorRow(line)) return 0.6;
      return 0;
    }
    let headings = 0;
    let separators = 0;
    let htmlTable = false;
    // A Markdown document has its headings and a table near the top: the loop stops there.
    for (const line of splitLines(text)) {
      if (line.includes('#') && HEADING.test(line) && line.trim().replace(/^#+/, '').trim() !== '') headings++;
      else if (line.includes('-') && line.includes('|') && isSeparatorRow(line)) separators++;
      else if (!htmlTable && line.includes('<') && TABLE_OPEN.test(line)) htmlTable = true;
      if (headings >= 2 && separators >= 1) break;
    }
    // Headings with a Markdown table (pipe or HTML) are Markdown, above `pipe` (0.9) and a
    // fragment of HTML (0.95). A pipe table without headings is left to `pipe`.
    if (headings >= 1 && (separators >= 1 || htmlTable)) return 0.97;
    if (separators >= 1) return 0.6;
    return headings >= 3 ? 0.2 : 0;
  },
  read(text) {
    const blocks: Block[] = [];
    const lines = splitLines(text);
    const ranges = htmlRanges(lines);
    const html = htmlTables(lines, ranges);
    let range = 0;
    let table: TableBlock | null = null;
    const pipeTables: TableBlock[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const lineNo = i + 1;
      if (range < ranges.length && ranges[range]![0] === i) {
        const end = ranges[range++]![1];
        table = null;
        while (html.length > 0 && html[0]!.line <= end + 1) blocks.push(html.shift()!);
        i = end;
        continue;
      }
      if (line.trim() === '' || FENCE.test(line)) {
        table = null;
        continue;
      }
      if (isPipeRow(line)) {
        const cells = splitRow(line); // once: a row is split for the separator test and for its cells
        if (isSeparator(cells)) continue;
        const row: SourceCell[] = cells.map((cell, col) => ({ text: stripInline(cell), line: lineNo, col }));
        if (row.length >= 2 || line.trimStart().startsWith('|')) {
          if (table === null) {
            table = { kind: 'table', rows: [], line: lineNo };
            blocks.push(table);
            pipeTables.push(table);
          }
          table.rows.push(row);
          continue;
        }
      }
      table = null;
      if (isRule(line)) continue;
      const content = HEADING.test(line) ? line.trim().replace(/^#+/, '').replace(/\s#+\s*$/, '') : line.replace(LIST_MARKER, '');
      const stripped = stripInline(content.replace(/<[^>]+>/g, ' '));
      if (stripped !== '') blocks.push(paragraph(stripped, lineNo));
    }
    for (const block of pipeTables) clearPadding(block.rows);
    return blocks;
  },
};
