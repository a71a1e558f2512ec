import type { Block, TableBlock } from '../model.js';
import { isWhitespace, wordsOf } from '../normalize/whitespace.js';
import { labelKey } from '../table-model/index.js';
import { markParagraphLines } from './cell-lines.js';
import { type CellValue, readTrimmedCell } from './numbers.js';

/** One cell of a table section, in reading order, classified once. */
export interface StreamCell {
  text: string;
  key: string;
  line: number;
  value: CellValue;
  /** a label (text that is not a value): row label, column header, group title */
  label: boolean;
  /** the table the cell is in; undefined for a paragraph cell */
  table: TableBlock | undefined;
  /** row index within its table */
  row: number | undefined;
  /** first column in the span-expanded grid, only where the adapter gives it (a real grid position) */
  col: number | undefined;
  /** columns the cell spans (1 unless the source says otherwise) */
  span: number;
  /** where the cell's text starts in its line (1-based character column), where known */
  column: number | undefined;
  /** PDF sources: the page and the cell's box in PDF points */
  page: number | undefined;
  box: readonly [number, number, number, number] | undefined;
  /** a label in a row that holds no value and no row label: a column header */
  header: boolean;
  /** a blank field before the first label of its table row: that row's label-column padding, no one's value */
  lead: boolean;
  /**
   * a value of a row flattened onto one text line with a lone number on the line just above or
   * below it (or that lone number): a number wrapped inside its cell (`69` printed as `6` / `9`)
   * may have been cut, so no value of the row is certain
   */
  wrapped: boolean;
  /** values may stand before their label in this table (a value line came right before a row label) and this one is not on its label's line */
  floating: boolean;
  /** a value alone on its line, from a paragraph of its own (one cell per line), not from a table row or a flattened line */
  alone: boolean;
}

/** Longer than any row label or header of the model (the longest is 33 characters): prose. */
export const LONGEST_LABEL = 60;

export const PAGE_NUMBER = /^[-—–]+\s*\d{1,4}\s*[-—–]+$|^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/;

/**
 * Whether a section writes blank cells (empty fields or blank lines) apart from label-column
 * and header padding. When it writes none, blanks may have vanished (one cell per line, PDF
 * reading order), so a count proves less.
 */
export function hasExplicitBlank(cells: readonly StreamCell[]): boolean {
  for (const cell of cells) if (cell.value.kind === 'blank' && !cell.lead && !cell.header) return true;
  return false;
}

/** A PDF page number (`- 4 -`, `第4页`): its first character rules most texts out before the pattern runs. */
export function isPageNumber(text: string): boolean {
  return startsPageNumber(text.charCodeAt(0)) && PAGE_NUMBER.test(text);
}

/** isPageNumber of the text trimmed; the trimmed copy is made only for a text whose first character can start one. */
export function isPageNumberTrimmed(text: string): boolean {
  let at = 0;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return startsPageNumber(text.charCodeAt(at)) && isPageNumber(text.trim());
}

const startsPageNumber = (first: number): boolean => first === 45 || first === 0x2014 || first === 0x2013 || first === 0x7b2c;
const NUMBER_TOKEN = /^[-+]?\d[\d,，.]*(?:万元|元)?$/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * A flattened row (`label 0 1 0`, columns lost to spaces) as its label and numbers, each with
 * its offset in the paragraph; null when the paragraph is one cell (most are). `trimmed` is
 * the text trimmed.
 */
function flattenedCells(text: string, trimmed: string): { text: string; start: number }[] | null {
  // Most paragraphs are one cell (a label, a number, a sentence): no space, or no number at the
  // end, and nothing to split.
  const end = trimmed.charCodeAt(trimmed.length - 1);
  if (!((end >= 48 && end <= 57) || end === 0x5143) || (trimmed.indexOf(' ') < 0 && trimmed.indexOf('\t') < 0)) return null;
  const lead = leadingSpace(text);
  // Linear: take number tokens off the end (a regex here would backtrack on long lines).
  const tokens = wordsOf(text, lead, lead + trimmed.length, 0);
  let first = tokens.length;
  while (first > 0 && NUMBER_TOKEN.test(tokens[first - 1]!.text)) first--;
  if (first === tokens.length) return null;
  const label = tokens.slice(0, first).map((t) => t.text).join(' ');
  const numbers = tokens.slice(first);
  if (label === '' && numbers.length < 3) return null;
  if (label !== '' && !HAN.test(label)) return null;
  return label === '' ? numbers : [{ text: label, start: lead }, ...numbers];
}

/** How many characters of whitespace a text starts with. */
const leadingSpace = (text: string): number => text.length - text.trimStart().length;

/**
 * Flattens blocks into a cell stream: every table row's cells, and every paragraph as one
 * cell. Header rows (no value, no row label) contribute only their labels: their empty
 * fields are merged-cell padding, not blank values. Page numbers from PDF page breaks are dropped. The cells are appended to `out` (a new array by default), which is returned.
 */
export function cellStream(blocks: readonly Block[], isRowLabel: (key: string) => boolean, out: StreamCell[] = []): StreamCell[] {
  const push = (trimmed: string, line: number, value: CellValue, key: string | undefined, label: boolean): StreamCell => {
    // Only labels are matched by key; a value cell's key is its text (no labelKey, no new string).
    // Every field set here, in one order: one object shape for every cell (the recognizers read them all).
    const cell: StreamCell = {
      text: trimmed,
      // Prose past LONGEST_LABEL is never a row label or header: its key is its text, not copied.
      key: key ?? (label && trimmed.length <= LONGEST_LABEL ? labelKey(trimmed) : trimmed),
      line,
      value,
      label,
      table: undefined,
      row: undefined,
      col: undefined,
      span: 1,
      column: undefined,
      page: undefined,
      box: undefined,
      header: false,
      lead: false,
      wrapped: false,
      floating: false,
      alone: false,
    };
    out.push(cell);
    return cell;
  };
  // The paragraph cells, for the marks their lines give them (cell-lines.ts).
  const paragraphCells: StreamCell[] = [];
  const fromFlatRow: boolean[] = [];
  const pushText = (trimmed: string, line: number, flat: boolean, column: number | undefined): void => {
    if (isPageNumber(trimmed)) return;
    const value = readTrimmedCell(trimmed);
    const cell = push(trimmed, line, value, undefined, value.kind === 'text');
    if (column !== undefined) cell.column = column;
    if (value.kind !== 'text' && !flat) cell.alone = true;
    paragraphCells.push(cell);
    fromFlatRow.push(flat);
  };
  // Per-row scratch space, reused: big tables would otherwise allocate two arrays per row.
  let values: CellValue[] = [];
  let keys: (string | undefined)[] = [];
  let texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const trimmed = block.text.trim();
      const cells = flattenedCells(block.text, trimmed);
      // A flattened row's label and numbers are trimmed already.
      if (cells === null) pushText(trimmed, block.line, false, block.column === undefined ? undefined : block.column + leadingSpace(block.text));
      else for (const { text, start } of cells) pushText(text, block.line, true, block.column === undefined ? undefined : block.column + start);
      continue;
    }
    if (block.kind !== 'table') continue;
    for (let r = 0; r < block.rows.length; r++) {
      const row = block.rows[r]!;
      const n = row.length;
      if (values.length < n) {
        values = new Array<CellValue>(n);
        keys = new Array<string | undefined>(n);
        texts = new Array<string>(n);
      }
      let hasValue = false;
      let hasLabel = false;
      let rowLabelAt = -1;
      for (let i = 0; i < n; i++) {
        const trimmed = row[i]!.text.trim();
        const value = readTrimmedCell(trimmed);
        texts[i] = trimmed;
        values[i] = value;
        if (value.kind === 'text') {
          hasLabel = true;
          const key = labelKey(trimmed);
          keys[i] = key;
          if (rowLabelAt < 0 && isRowLabel(key)) rowLabelAt = i;
        } else {
          keys[i] = undefined;
          if (value.kind !== 'blank') hasValue = true;
        }
      }
      let firstLabelAt = n;
      for (let i = 0; i < n; i++) {
        if (values[i]!.kind === 'text') {
          firstLabelAt = i;
          break;
        }
      }
      // A header row (no value, no row label): its empty fields are merged-cell padding.
      const skipBlanks = !hasValue && hasLabel && rowLabelAt < 0;
      for (let i = 0; i < n; i++) {
        const value = values[i]!;
        if (skipBlanks && value.kind === 'blank') continue;
        const trimmed = texts[i]!;
        if (value.kind === 'text' && isPageNumber(trimmed)) continue;
        const key = keys[i];
        // After the row's label, text in the same row sits in a value position: `行政处罚 | 见附件`.
        const label = value.kind === 'text' && !(rowLabelAt >= 0 && i > rowLabelAt && !isRowLabel(key!));
        const source = row[i]!;
        const cell = push(trimmed, source.line, value, key, label);
        cell.table = block;
        cell.row = r;
        if (typeof source.col === 'number') cell.col = source.col;
        if (typeof source.column === 'number') cell.column = source.column;
        if (typeof source.page === 'number') cell.page = source.page;
        if (source.box !== undefined) cell.box = source.box;
        cell.span = source.colSpan ?? 1;
        if (skipBlanks) cell.header = true;
        if (value.kind === 'blank' && i < firstLabelAt) cell.lead = true;
      }
    }
  }
  markParagraphLines(paragraphCells, fromFlatRow);
  return out;
}
