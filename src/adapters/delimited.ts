import type { Block, NoteBlock, SourceCell, TableBlock } from '../model.js';
import { MAX_ROW_CELLS, MAX_TABLE_CELLS } from './limits.js';
import { firstColumn, paragraph, splitLines } from './text-lines.js';

export { MAX_ROW_CELLS, MAX_TABLE_CELLS };

/**
 * Splits one line into at most `limit` fields, or null when the line is not a row. A
 * splitter must not produce more than `limit` fields (`String#split(sep, limit)` stops
 * early); `limit` leaves room for one extra field so the reader can tell a row was cut.
 */
export type FieldSplitter = (line: string, limit: number) => string[] | null;

/**
 * Shared reader for one-row-per-line tables (TSV, pipe): a line that splits into two or
 * more fields is a table row, consecutive rows form one table, every other non-blank line
 * is a paragraph. Fields keep their empty cells: position carries meaning. Rows are cut at
 * MAX_ROW_CELLS and tables at MAX_TABLE_CELLS, each with a note.
 */
export function readDelimited(text: string, split: FieldSplitter): Block[] {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let tableCells = 0;
  let tableFull = false;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.trim() === '') continue;
    const fields = split(line, MAX_ROW_CELLS + 1);
    if (fields === null || fields.length < 2) {
      table = null;
      blocks.push(paragraph(line.trim(), lineNo, firstColumn(line)));
      continue;
    }
    if (table === null) {
      table = { kind: 'table', rows: [], line: lineNo };
      tableCells = 0;
      tableFull = false;
      blocks.push(table);
    }
    if (tableFull) continue;
    if (tableCells + Math.min(fields.length, MAX_ROW_CELLS) > MAX_TABLE_CELLS) {
      tableFull = true;
      blocks.push(note(`表格超过 ${MAX_TABLE_CELLS} 个单元格，从第 ${lineNo} 行起的表格行未读取`, lineNo));
      continue;
    }
    if (fields.length > MAX_ROW_CELLS) {
      fields.length = MAX_ROW_CELLS;
      blocks.push(note(`第 ${lineNo} 行超过 ${MAX_ROW_CELLS} 个单元格，只读取了前 ${MAX_ROW_CELLS} 个`, lineNo));
    }
    const row: SourceCell[] = cellsOf(line, fields, lineNo);
    tableCells += row.length;
    table.rows.push(row);
  }
  for (const block of blocks) if (block.kind === 'table') setColumns(block);
  return blocks;
}

function note(message: string, line: number): NoteBlock {
  return { kind: 'note', code: 'TEXT_DROPPED', message, line };
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

/** The fields as cells, each with the column where its text stands in the line (fields are found in order). */
function cellsOf(line: string, fields: readonly string[], lineNo: number): SourceCell[] {
  let cursor = 0;
  return fields.map((field) => {
    const text = field.trim();
    if (text === '') return { text, line: lineNo };
    const at = line.indexOf(text, cursor);
    if (at < 0) return { text, line: lineNo };
    cursor = at + text.length;
    return { text, line: lineNo, column: at + 1 };
  });
}
