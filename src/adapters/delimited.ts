import type { Block, SourceCell, TableBlock } from '../model.js';
import { paragraph, splitLines } from './text-lines.js';

/**
 * Shared reader for one-row-per-line tables (TSV, pipe): a line that splits into two or
 * more fields is a table row, consecutive rows form one table, every other non-blank line
 * is a paragraph. Fields keep their empty cells: position carries meaning.
 */
export function readDelimited(text: string, split: (line: string) => string[] | null): Block[] {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.trim() === '') continue;
    const fields = split(line);
    if (fields === null || fields.length < 2) {
      table = null;
      blocks.push(paragraph(line.trim(), lineNo));
      continue;
    }
    const row: SourceCell[] = fields.map((field) => ({ text: field.trim(), line: lineNo }));
    if (table === null) {
      table = { kind: 'table', rows: [], line: lineNo };
      blocks.push(table);
    }
    table.rows.push(row);
  }
  return blocks;
}
