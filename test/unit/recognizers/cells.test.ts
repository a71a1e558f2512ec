import { describe, expect, it } from 'vitest';
import type { Block, SourceCell } from '../../../src/model.js';
import { cellStream } from '../../../src/recognizers/cells.js';
import { paragraphs } from '../helpers.js';

const row = (line: number, ...texts: string[]): SourceCell[] => texts.map((text) => ({ text, line }));
const isRowLabel = (key: string): boolean => key === '规章' || key === '行政许可';
const summary = (blocks: readonly Block[]): [string, string, number][] =>
  cellStream(blocks, isRowLabel).map((c) => [c.text, c.label ? 'label' : c.value.kind, c.line]);

describe('cellStream', () => {
  it('makes every paragraph one cell, trimmed, classified and keyed', () => {
    const [first, second] = cellStream(paragraphs(['  自 然 人 ', ' 3,068 ']), isRowLabel);
    expect(first).toMatchObject({ text: '自 然 人', key: '自然人', line: 1, value: { kind: 'text', text: '自 然 人' }, label: true, table: undefined, alone: false });
    expect(second).toMatchObject({ text: '3,068', key: '3,068', line: 2, value: { kind: 'number', value: 3068, unit: null }, label: false, alone: true });
  });

  it('keeps an empty paragraph as a blank cell (a blank cell of the lines shape)', () => {
    expect(summary(paragraphs(['规章', '', '0']))).toEqual([['规章', 'label', 1], ['', 'blank', 2], ['0', 'number', 3]]);
  });

  it('reads a table row by row, keeping the blank cells of a row with values', () => {
    const table: Block = { kind: 'table', line: 1, rows: [row(1, '规章', '0', '', '')] };
    expect(summary([table])).toEqual([['规章', 'label', 1], ['0', 'number', 1], ['', 'blank', 1], ['', 'blank', 1]]);
  });

  it('keeps the blank cells of a row that has a row label but no values', () => {
    const table: Block = { kind: 'table', line: 1, rows: [row(1, '行政许可', '', '')] };
    expect(summary([table])).toEqual([['行政许可', 'label', 1], ['', 'blank', 1], ['', 'blank', 1]]);
  });

  it('takes only the labels of a header row (its empty fields are merged-cell padding)', () => {
    const table: Block = { kind: 'table', line: 1, rows: [row(1, '信息内容', '本年制发件数', '', '')] };
    expect(summary([table])).toEqual([['信息内容', 'label', 1], ['本年制发件数', 'label', 1]]);
  });

  it('drops page numbers left by PDF page breaks', () => {
    const blocks: Block[] = [...paragraphs(['- 2 -', '— 12 —', '第3页', '第1页,共5页', '第1页，共5页']), { kind: 'table', line: 9, rows: [row(9, '-3-')] }];
    expect(summary(blocks)).toEqual([]);
  });

  it('ignores note blocks', () => {
    expect(summary([{ kind: 'note', code: 'TEXT_DROPPED', message: 'm', line: 1 }, ...paragraphs(['0'], 2)])).toEqual([['0', 'number', 2]]);
  });

  it('keeps a paragraph of spaced digits as one split cell by default (the lines shape)', () => {
    expect(summary(paragraphs(['2 0']))).toEqual([['2 0', 'split', 1]]);
  });

  it('reads a flattened row `（七）总计 2 0 0 0 0 0 2` as a label and seven numbers when splitting paragraphs', () => {
    const cells = summary(paragraphs(['（七）总计 2 0 0 0 0 0 2']));
    expect(cells).toEqual([['（七）总计', 'label', 1], ...['2', '0', '0', '0', '0', '0', '2'].map((t): [string, string, number] => [t, 'number', 1])]);
  });

  it('marks the values of a flattened row and of the lone number next to it as wrapped, whatever order the lines come in', () => {
    const marks = (blocks: readonly Block[]) => cellStream(blocks, isRowLabel).map((c) => `${c.text}@${c.line}:${c.wrapped ? 'wrapped' : ''}${c.alone ? 'alone' : ''}`);
    const inOrder: Block[] = [...paragraphs(['6'], 1), ...paragraphs(['规章 0 1 2'], 2), ...paragraphs(['5', '7'], 4)];
    const expected = ['6@1:wrappedalone', '规章@2:', '0@2:wrapped', '1@2:wrapped', '2@2:wrapped', '5@4:alone', '7@5:alone'];
    expect(marks(inOrder)).toEqual(expected);
    const shuffled = [inOrder[1]!, inOrder[3]!, inOrder[0]!, inOrder[2]!];
    expect(marks(shuffled).sort()).toEqual([...expected].sort());
  });

  it('takes a value that shares its line with another cell as not alone', () => {
    const blocks: Block[] = [...paragraphs(['3'], 7), ...paragraphs(['规章'], 7), ...paragraphs(['4'], 8)];
    expect(cellStream(blocks, isRowLabel).map((c) => c.alone)).toEqual([false, false, true]);
  });

});
