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
const NUMBER_TOKEN = /^[-+]?\d[\d,，.]*(?:万元|元)?$/;
const HAN = /[\u4e00-\u9fff]/;

function paragraphCells(text: string, split: boolean): string[] {
  const trimmed = text.trim();
  if (!split) return [trimmed];
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
export function cellStream(blocks: readonly Block[], isRowLabel: (key: string) => boolean, options: { splitParagraphs?: boolean } = {}): StreamCell[] {
  const out: StreamCell[] = [];
  // `value` and `key`, when the caller already has them for this text: each is computed once per cell.
  const push = (text: string, line: number, value?: CellValue, key?: string): void => {
    const trimmed = text.trim();
    if (PAGE_NUMBER.test(trimmed)) return;
    const v = value ?? readCell(trimmed);
    // Only labels are matched by key; a value cell's key is its text (no four-regex labelKey, no new string).
    out.push({ text: trimmed, key: key ?? (v.kind === 'text' ? labelKey(trimmed) : trimmed), line, value: v, label: v.kind === 'text' });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of paragraphCells(block.text, options.splitParagraphs ?? false)) push(text, block.line);
      continue;
    }
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      const values = row.map((cell) => readCell(cell.text));
      const keys = row.map((cell, i) => (values[i]!.kind === 'text' ? labelKey(cell.text.trim()) : undefined));
      const hasValue = values.some((v) => v.kind !== 'text' && v.kind !== 'blank');
      const hasLabel = values.some((v) => v.kind === 'text');
      const rowLabelAt = row.findIndex((_, i) => keys[i] !== undefined && isRowLabel(keys[i]!));
      const hasRowLabel = rowLabelAt >= 0;
      row.forEach((cell, i) => {
        if (!hasValue && hasLabel && !hasRowLabel && values[i]!.kind === 'blank') return;
        push(cell.text, cell.line, values[i], keys[i]);
        // After the row's label, text in the same row sits in a value position: `行政处罚 | 见附件`.
        const pushed = out[out.length - 1];
        if (hasRowLabel && i > rowLabelAt && pushed && pushed.label && !isRowLabel(pushed.key)) pushed.label = false;
      });
    }
  }
  return out;
}
