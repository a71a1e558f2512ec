import { describe, expect, it } from 'vitest';
import { tsvAdapter as builtin } from '../../../src/adapters/tsv.js';
import { withoutColumns } from '../helpers.js';

const tsvAdapter = { ...builtin, read: (text: string) => withoutColumns(builtin.read(text)) };
import { normalize } from '../../../src/normalize/index.js';
import { fixtureInput } from '../helpers.js';

describe('tsvAdapter.read', () => {
  it('keeps the empty fields of seed-002 `行政许可\\t0\\t\\t`', async () => {
    const text = (await normalize(fixtureInput('seed-002'))).text;
    const lines = text.split('\n');
    const index = lines.indexOf('行政许可\t0\t\t');
    expect(index).toBeGreaterThan(0);
    const [block] = tsvAdapter.read(lines[index]!);
    expect(block).toEqual({ kind: 'table', line: 1, rows: [[{ text: '行政许可', line: 1 }, { text: '0', line: 1 }, { text: '', line: 1 }, { text: '', line: 1 }]] });
  });

  it('numbers cells by their line in the whole input', async () => {
    const text = (await normalize(fixtureInput('seed-002'))).text;
    const lineNo = text.split('\n').indexOf('行政许可\t0\t\t') + 1;
    const table = tsvAdapter.read(text).find((b) => b.kind === 'table' && b.rows.some((r) => r[0]?.text === '行政许可'));
    expect(table?.kind).toBe('table');
    const row = table!.kind === 'table' ? table!.rows.find((r) => r[0]?.text === '行政许可')! : [];
    expect(row.map((c) => c.text)).toEqual(['行政许可', '0', '', '']);
    expect(row.every((c) => c.line === lineNo)).toBe(true);
  });

  it('keeps leading empty fields (merged cells on the left)', () => {
    const [block] = tsvAdapter.read('\t\t2. 其他法律行政法规禁止公开\t\t0');
    expect(block?.kind === 'table' && block.rows[0]!.map((c) => c.text)).toEqual(['', '', '2. 其他法律行政法规禁止公开', '', '0']);
  });

  it('trims each field', () => {
    const [block] = tsvAdapter.read(' 规章 \t 0 ');
    expect(block?.kind === 'table' && block.rows[0]!.map((c) => c.text)).toEqual(['规章', '0']);
  });

  it('reads a line without a tab as a paragraph and skips empty lines', () => {
    expect(tsvAdapter.read('一、总体情况\n\n正文')).toEqual([
      { kind: 'paragraph', text: '一、总体情况', line: 1 },
      { kind: 'paragraph', text: '正文', line: 3 },
    ]);
  });

  it('groups consecutive rows into one table and starts a new one after a paragraph', () => {
    const blocks = tsvAdapter.read('规章\t0\n行政许可\t0\n说明\n行政处罚\t0');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows).toHaveLength(2);
    expect(blocks[2]!.line).toBe(4);
  });
});

describe('tsvAdapter.detect', () => {
  it('is 0 for text without tabs', () => {
    expect(tsvAdapter.detect('一、总体情况\n规章 | 0 |')).toBe(0);
  });

  it('ignores lines made of tabs only', () => {
    expect(tsvAdapter.detect('一、总体情况\n\t\t\t\n正文')).toBe(0);
  });

  it('caps the confidence at 0.9', () => {
    expect(tsvAdapter.detect('规章\t0\n行政许可\t0')).toBe(0.9);
  });
});
