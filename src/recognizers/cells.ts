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

const PAGE_NUMBER = /^[-—–]+\s*\d{1,4}\s*[-—–]+$|^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/;

/**
 * Flattens blocks into a cell stream: every table row's cells, and every paragraph as one
 * cell. Header rows (no value, no row label) contribute only their labels: their empty
 * fields are merged-cell padding, not blank values. Page numbers from PDF page breaks are dropped.
 */
export function cellStream(blocks: readonly Block[], isRowLabel: (key: string) => boolean): StreamCell[] {
  const out: StreamCell[] = [];
  const push = (text: string, line: number): void => {
    const trimmed = text.trim();
    if (PAGE_NUMBER.test(trimmed)) return;
    const value = readCell(trimmed);
    out.push({ text: trimmed, key: labelKey(trimmed), line, value, label: value.kind === 'text' });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      push(block.text, block.line);
      continue;
    }
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      const values = row.map((cell) => readCell(cell.text));
      const hasValue = values.some((v) => v.kind !== 'text' && v.kind !== 'blank');
      const hasLabel = values.some((v) => v.kind === 'text');
      const hasRowLabel = hasLabel && row.some((cell, i) => values[i]!.kind === 'text' && isRowLabel(labelKey(cell.text)));
      row.forEach((cell, i) => {
        if (!hasValue && hasLabel && !hasRowLabel && values[i]!.kind === 'blank') return;
        push(cell.text, cell.line);
      });
    }
  }
  return out;
}
