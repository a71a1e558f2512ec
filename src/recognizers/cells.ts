import type { Block, TableBlock } from '../model.js';
import { labelKey } from '../table-model/index.js';
import { type CellValue, readCell } from './numbers.js';

/** One cell of a table section, in reading order, classified once. */
export interface StreamCell {
  text: string;
  key: string;
  line: number;
  value: CellValue;
  /** a label (text that is not a value): row label, column header, group title */
  label: boolean;
  /** the table the cell is in; absent for a paragraph cell */
  table?: TableBlock;
  /** row index within its table */
  row?: number;
  /** first column in the span-expanded grid, only where the adapter gives it (a real grid position) */
  col?: number;
  /** columns the cell spans (1 unless the source says otherwise) */
  span?: number;
  /** a label in a row that holds no value and no row label: a column header */
  header?: boolean;
}

export const PAGE_NUMBER = /^[-—–]+\s*\d{1,4}\s*[-—–]+$|^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/;
const NUMBER_TOKEN = /^[-+]?\d[\d,，.]*(?:万元|元)?$/;
const HAN = /[\u4e00-\u9fff]/;

/** A paragraph as cells: a flattened row (`label 0 1 0`, columns lost to spaces) becomes its label and numbers. */
function paragraphCells(text: string): string[] {
  const trimmed = text.trim();
  // Linear: take number tokens off the end (a regex here would backtrack on long lines).
  const tokens = trimmed.split(/\s+/);
  let first = tokens.length;
  while (first > 0 && NUMBER_TOKEN.test(tokens[first - 1]!)) first--;
  if (first === tokens.length) return [trimmed];
  const label = tokens.slice(0, first).join(' ');
  const numbers = tokens.slice(first);
  if (label === '' && numbers.length < 3) return [trimmed];
  if (label !== '' && !HAN.test(label)) return [trimmed];
  return label === '' ? numbers : [label, ...numbers];
}

/**
 * Flattens blocks into a cell stream: every table row's cells, and every paragraph as one
 * cell. Header rows (no value, no row label) contribute only their labels: their empty
 * fields are merged-cell padding, not blank values. Page numbers from PDF page breaks are dropped.
 */
export function cellStream(blocks: readonly Block[], isRowLabel: (key: string) => boolean): StreamCell[] {
  const out: StreamCell[] = [];
  const push = (trimmed: string, line: number, value: CellValue, key: string | undefined, label: boolean): StreamCell => {
    // Only labels are matched by key; a value cell's key is its text (no labelKey, no new string).
    const cell: StreamCell = { text: trimmed, key: key ?? (label ? labelKey(trimmed) : trimmed), line, value, label };
    out.push(cell);
    return cell;
  };
  const pushText = (text: string, line: number): void => {
    const trimmed = text.trim();
    if (PAGE_NUMBER.test(trimmed)) return;
    const value = readCell(trimmed);
    push(trimmed, line, value, undefined, value.kind === 'text');
  };
  // Per-row scratch space, reused: big tables would otherwise allocate two arrays per row.
  let values: CellValue[] = [];
  let keys: (string | undefined)[] = [];
  let texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of paragraphCells(block.text)) pushText(text, block.line);
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
        const value = readCell(trimmed);
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
      // A header row (no value, no row label): its empty fields are merged-cell padding.
      const skipBlanks = !hasValue && hasLabel && rowLabelAt < 0;
      for (let i = 0; i < n; i++) {
        const value = values[i]!;
        if (skipBlanks && value.kind === 'blank') continue;
        const trimmed = texts[i]!;
        if (value.kind === 'text' && PAGE_NUMBER.test(trimmed)) continue;
        const key = keys[i];
        // After the row's label, text in the same row sits in a value position: `行政处罚 | 见附件`.
        const label = value.kind === 'text' && !(rowLabelAt >= 0 && i > rowLabelAt && !isRowLabel(key!));
        const source = row[i]!;
        const cell = push(trimmed, source.line, value, key, label);
        cell.table = block;
        cell.row = r;
        if (typeof source.col === 'number') cell.col = source.col;
        cell.span = source.colSpan ?? 1;
        if (skipBlanks) cell.header = true;
      }
    }
  }
  return out;
}
