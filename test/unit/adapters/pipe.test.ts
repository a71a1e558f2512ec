import { describe, expect, it } from 'vitest';
import { pipeAdapter as builtin } from '../../../src/adapters/pipe.js';
import { withoutColumns } from '../helpers.js';

const pipeAdapter = { ...builtin, read: (text: string) => withoutColumns(builtin.read(text)) };

function cells(line: string): string[] {
  const [block] = pipeAdapter.read(line);
  if (block?.kind !== 'table') throw new Error(`not a table row: ${line}`);
  return block.rows[0]!.map((c) => c.text);
}

describe('pipeAdapter.read', () => {
  it('reads `规章 | 0 | 0 | 0 |` as the label and its three values', () => {
    expect(cells('规章 | 0 | 0 | 0 |').slice(0, 4)).toEqual(['规章', '0', '0', '0']);
  });

  it('puts every cell of a row on the row\'s line', () => {
    const [block] = pipeAdapter.read('标题\n规章 | 0 | 0 | 0 |');
    expect(block).toEqual({ kind: 'paragraph', text: '标题', line: 1 });
    const table = pipeAdapter.read('标题\n规章 | 0 | 0 | 0 |')[1];
    expect(table?.kind === 'table' && table.line).toBe(2);
    expect(table?.kind === 'table' && table.rows[0]!.every((c) => c.line === 2)).toBe(true);
  });

  it('drops the leading bar of a Markdown-style `| a | b |` line', () => {
    expect(cells('| a | b |')[0]).toBe('a');
    expect(cells('| a | b |')[1]).toBe('b');
  });

  // BUG (pipe.ts splitPipe): the doc comment says "a leading or trailing bar (Markdown style)
  // opens or closes the row, not an empty cell", but only the leading bar is dropped; the
  // trailing bar adds an empty cell. `规章 | 0 | 0 |` (two values for three columns) then reads
  // as 0 / 0 / null by position with no warning, where `规章 | 0 | 0` is flagged ROW_VALUE_COUNT.
  it('treats a trailing bar as closing the row, not as an empty cell', () => {
    expect(cells('| a | b |')).toEqual(['a', 'b']);
    expect(cells('规章 | 0 | 0 | 0 |')).toEqual(['规章', '0', '0', '0']);
  });

  it('keeps the empty cells between bars that merged cells leave (`行政许可 | 0 | ||`)', () => {
    expect(cells('行政许可 | 0 | ||').slice(0, 4)).toEqual(['行政许可', '0', '', '']);
  });

  it('drops a leading bar even after leading spaces', () => {
    expect(cells('  | 规章 | 0').slice(0, 2)).toEqual(['规章', '0']);
  });

  it('reads a line without a bar as a paragraph', () => {
    expect(pipeAdapter.read('  一、总体情况  ')).toEqual([{ kind: 'paragraph', text: '一、总体情况', line: 1 }]);
  });

  it('reads a line that is only a bar as a paragraph, not as a one-cell row', () => {
    expect(pipeAdapter.read('|')).toEqual([{ kind: 'paragraph', text: '|', line: 1 }]);
  });
});

describe('pipeAdapter.detect', () => {
  it('is 0 for text without ` | ` cells', () => {
    expect(pipeAdapter.detect('一、总体情况\n正文')).toBe(0);
  });

  it.each(['规章 | 0', '行政许可 0 ||', '行政处罚 0 |'])('counts a row like `%s` towards the share of pipe rows', (row) => {
    expect(pipeAdapter.detect(`${row}\n正文一\n正文二\n正文三`)).toBeCloseTo(0.3 + 1 / 4);
  });

  it('does not count a bar inside prose without spaces around it', () => {
    expect(pipeAdapter.detect('a|b\n正文')).toBe(0);
  });

  it('caps the confidence at 0.9', () => {
    expect(pipeAdapter.detect('规章 | 0 | 0 | 0 |')).toBe(0.9);
  });
});
