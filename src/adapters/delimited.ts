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
  for (const block of blocks) if (block.kind === 'table') setColumns(block);
  return blocks;
}

/**
 * A rectangular table (every row has the same number of fields, as spreadsheets and Markdown
 * converters write merged cells) keeps its field positions: field i is grid column i, so values
 * are placed under their headers. A ragged one (text copied out of a PDF or Word table, where
 * merged cells leave a varying number of fields) gives no positions.
 */
function setColumns(table: TableBlock): void {
  const width = table.rows[0]?.length ?? 0;
  if (table.rows.length < 2 || table.rows.some((row) => row.length !== width)) return;
  for (const row of table.rows) row.forEach((cell, i) => (cell.col = i));
}
