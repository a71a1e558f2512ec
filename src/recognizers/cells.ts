import type { Block } from '../model.js';
import { labelKey } from './labels.js';
import { type CellValue, readCell } from './numbers.js';

/** One cell of a table section, in reading order, classified once. */
export interface StreamCell {
  text: string;
  key: string;
  line: number;
  value: CellValue;
  /** a label (text that is not a value): row label, column header, group title */
  label: boolean;
}

export const PAGE_NUMBER = /^[-—–]+\s*\d{1,4}\s*[-—–]+$|^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/;
/** A flattened row: a label (or nothing) then numbers separated by spaces, `（七）总计 2 0 0 0 0 0 2`. */
const TRAILING_NUMBERS = /^(.*?)((?:\s+[-+]?\d[\d,，.]*(?:万元|元)?)+)$/;

/**
 * A paragraph read as cells. In the one-cell-per-line shape a paragraph is exactly one
 * cell (`2 0` there is one cell, a number broken by spacing). In the other shapes a
 * paragraph inside a table section is a row flattened onto one line (PDF text): a label
 * and the numbers after it, or only numbers (table 四 as one line of 15).
 */
function paragraphCells(text: string, split: boolean): string[] {
  const trimmed = text.trim();
  if (!split) return [trimmed];
  const match = TRAILING_NUMBERS.exec(` ${trimmed}`);
  if (!match) return [trimmed];
  const label = match[1]!.trim();
  const numbers = match[2]!.trim().split(/\s+/);
  if (label === '' && numbers.length < 3) return [trimmed];
  if (label !== '' && !/[\u4e00-\u9fff]/.test(label)) return [trimmed];
  return label === '' ? numbers : [label, ...numbers];
}

/**
 * Flattens blocks into a cell stream: every table row's cells, and every paragraph as one
 * cell. Header rows (no value, no row label) contribute only their labels: their empty
 * fields are merged-cell padding, not blank values. Page numbers from PDF page breaks are dropped.
 */
export function cellStream(blocks: readonly Block[], isRowLabel: (key: string) => boolean, options: { splitParagraphs?: boolean } = {}): StreamCell[] {
  const out: StreamCell[] = [];
  const push = (text: string, line: number): void => {
    const trimmed = text.trim();
    if (PAGE_NUMBER.test(trimmed)) return;
    const value = readCell(trimmed);
    out.push({ text: trimmed, key: labelKey(trimmed), line, value, label: value.kind === 'text' });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of paragraphCells(block.text, options.splitParagraphs ?? false)) push(text, block.line);
      continue;
    }
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      const values = row.map((cell) => readCell(cell.text));
      const hasValue = values.some((v) => v.kind !== 'text' && v.kind !== 'blank');
      const hasLabel = values.some((v) => v.kind === 'text');
      const rowLabelAt = row.findIndex((cell, i) => values[i]!.kind === 'text' && isRowLabel(labelKey(cell.text)));
      const hasRowLabel = rowLabelAt >= 0;
      row.forEach((cell, i) => {
        if (!hasValue && hasLabel && !hasRowLabel && values[i]!.kind === 'blank') return;
        push(cell.text, cell.line);
        // After the row's label, text in the same row sits in a value position: `行政处罚 | 见附件`.
        const pushed = out[out.length - 1];
        if (hasRowLabel && i > rowLabelAt && pushed && pushed.label && !isRowLabel(pushed.key)) pushed.label = false;
      });
    }
  }
  return out;
}
