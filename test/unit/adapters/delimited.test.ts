import { describe, expect, it } from 'vitest';
import { readDelimited as read } from '../../../src/adapters/delimited.js';
import { withoutColumns } from '../helpers.js';

const readDelimited: typeof read = (text, split) => withoutColumns(read(text, split));

const bySemicolon = (line: string): string[] | null => (line.includes(';') ? line.split(';') : null);

describe('readDelimited', () => {
  it('makes a table of consecutive split lines and paragraphs of the rest', () => {
    expect(readDelimited('标题\na;b\nc;d\n正文', bySemicolon)).toEqual([
      { kind: 'paragraph', text: '标题', line: 1 },
      { kind: 'table', line: 2, rows: [[{ text: 'a', line: 2, col: 0 }, { text: 'b', line: 2, col: 1 }], [{ text: 'c', line: 3, col: 0 }, { text: 'd', line: 3, col: 1 }]] },
      { kind: 'paragraph', text: '正文', line: 4 },
    ]);
  });

  it('gives field positions (col) only to rectangular tables: a ragged one has none', () => {
    const [table] = readDelimited('a;b;c\nd;e', bySemicolon);
    expect(table).toEqual({ kind: 'table', line: 1, rows: [[{ text: 'a', line: 1 }, { text: 'b', line: 1 }, { text: 'c', line: 1 }], [{ text: 'd', line: 2 }, { text: 'e', line: 2 }]] });
  });

  it('treats a line that splits into one field as a paragraph', () => {
    expect(readDelimited('only', () => ['only'])).toEqual([{ kind: 'paragraph', text: 'only', line: 1 }]);
  });

  it('keeps empty fields, trimmed', () => {
    expect(readDelimited(' a ; ;  ', bySemicolon)).toEqual([{ kind: 'table', line: 1, rows: [[{ text: 'a', line: 1 }, { text: '', line: 1 }, { text: '', line: 1 }]] }]);
  });

  it('skips blank lines without ending the table', () => {
    const blocks = readDelimited('a;b\n   \nc;d', bySemicolon);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows.map((r) => r[0]!.line)).toEqual([1, 3]);
  });

  it('records the column where each field starts in its line (for sources)', () => {
    const [table] = read('规章; 12 ;0', bySemicolon);
    expect(table).toMatchObject({ rows: [[{ text: '规章', column: 1 }, { text: '12', column: 5 }, { text: '0', column: 9 }]] });
  });
});
