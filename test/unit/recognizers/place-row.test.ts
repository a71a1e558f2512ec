import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/model.js';
import { cellStream } from '../../../src/recognizers/cells.js';
import { GridColumns, positionBy } from '../../../src/recognizers/grid-columns.js';
import { type PlaceOptions, placeRow } from '../../../src/recognizers/place-row.js';
import { COUNT_COLUMNS, countColumnOf, labelKey, applicationRowOf } from '../../../src/table-model/index.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

function place(texts: readonly string[], n: number, options?: PlaceOptions): { placed: (string | null)[]; warnings: [string, string][]; list: Warnings['list'] } {
  const warnings = new Warnings();
  const placed = placeRow(stream(texts), n, 'applications.granted', warnings, options);
  return { placed: placed.map((c) => (c === null ? null : c.text)), warnings: codes(warnings), list: warnings.list };
}

describe('placeRow: the certainty rule', () => {
  it('places exactly n cells by position, a blank cell as null', () => {
    expect(place(['1', '2', '3'], 3)).toEqual({ placed: ['1', '2', '3'], warnings: [], list: [] });
    expect(place(['1', '', '3'], 3).placed).toEqual(['1', null, '3']);
  });

  it('drops padding silently when only one run of n cells holds every value', () => {
    expect(place(['1', '2', '3', '', ''], 3)).toMatchObject({ placed: ['1', '2', '3'], warnings: [] });
    expect(place(['', '', '1', '2', '3'], 3)).toMatchObject({ placed: ['1', '2', '3'], warnings: [] });
  });

  it('never shifts a row whose blank 总计 leaves two runs possible (3 1 0 0 0 0 + blank total + padding)', () => {
    const result = place(['', '3', '1', '0', '0', '0', '0', ''], 7);
    expect(result.placed).toEqual(Array(7).fill(null));
    expect(result.warnings).toEqual([['CELL_UNPLACED', 'applications.granted']]);
    for (const v of ['3', '1', '0']) expect(result.list[0]!.message).toContain(`「${v}」`);
  });

  it('never reads an empty label-span slot as a value: a 2019 row with its label over two columns', () => {
    expect(place(['', '3', '1', '5'], 3).placed).toEqual(['3', '1', '5']);
    expect(place(['', '3', '1', ''], 3).placed).toEqual([null, null, null]);
  });

  it('gives every column the value when a surplus row holds one value throughout, with ROW_VALUE_COUNT', () => {
    // One cell per paragraph, paragraphs apart (a blank line between them).
    const cells = cellStream(['0', '0', '0', '0'].map((text, i) => ({ kind: 'paragraph' as const, text, line: 1 + 2 * i })), () => false);
    const warnings = new Warnings();
    expect(placeRow(cells, 3, 'applications.granted', warnings).map((c) => c?.text ?? null)).toEqual(['0', '0', '0']);
    expect(codes(warnings)).toEqual([['ROW_VALUE_COUNT', 'applications.granted']]);
  });

  it('refuses one value throughout when two of its cells are lines of one block: `33` wrapped prints as `3` over `3`', () => {
    const result = place(['3', '3'], 1);
    expect(result.placed).toEqual([null]);
    expect(result.warnings).toEqual([['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']]);
  });

  it('places nothing for a surplus row of different values', () => {
    const result = place(['1', '2', '3', '4'], 3);
    expect(result.placed).toEqual([null, null, null]);
    expect(result.warnings).toEqual([['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']]);
  });

  it('never puts a lone value into 总计 when blank cells may have vanished', () => {
    expect(place(['5'], 7)).toMatchObject({ placed: Array(7).fill(null), warnings: [['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']] });
    expect(place(['', '', '', '5'], 7).placed).toEqual(Array(7).fill(null));
  });

  it('warns CELL_MISSING for a row with no cell at all, nothing for a row of blanks', () => {
    expect(place([], 3).warnings).toEqual([['CELL_MISSING', 'applications.granted']]);
    expect(place(['', '', ''], 3).warnings).toEqual([]);
  });
});

/** A table 三 grid as an HTML adapter gives it: header rows, then data rows, with `col` set. */
function grid(rows: readonly (readonly (string | [string, number])[])[]): TableBlock {
  return {
    kind: 'table',
    line: 1,
    rows: rows.map((row, r) => {
      let col = 0;
      return row.map((cell) => {
        const [text, span] = typeof cell === 'string' ? [cell, 1] : cell;
        const out = { text, line: r + 1, col, colSpan: span };
        col += span;
        return out;
      });
    }),
  };
}

describe('placeRow by grid position', () => {
  const HEADER = [
    [['申请人情况', 8]],
    ['', '自然人', ['法人或其他组织', 5], '总计'],
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ] as const;
  const keys = COUNT_COLUMNS.map((c) => c.key);

  function placeGrid(data: (string | [string, number])[]) {
    const table = grid([...HEADER.map((r) => [...r]) as (string | [string, number])[][], data]);
    const cells = cellStream([table], (key) => applicationRowOf(key) !== null);
    const columns = new GridColumns(cells);
    const values = cells.filter((c) => c.row === 3 && !c.label);
    const warnings = new Warnings();
    const placed = placeRow(values, 7, 'applications.newReceived', warnings, { positionOf: positionBy(columns, countColumnOf, keys) });
    return { placed: placed.map((c) => c?.text ?? null), warnings: codes(warnings) };
  }

  it('places a row with a blank 总计 by the header above each cell', () => {
    expect(placeGrid(['一、本年新收政府信息公开申请数量', '3', '1', '0', '0', '0', '0', ''])).toEqual({ placed: ['3', '1', '0', '0', '0', '0', null], warnings: [] });
  });

  it('places a lone value by its column, not at the row end', () => {
    expect(placeGrid(['一、本年新收政府信息公开申请数量', '', '', '', '', '', '4', ''])).toEqual({ placed: [null, null, null, null, null, '4', null], warnings: [] });
  });

  it('falls back to order when a value cell spans two header columns (the header and the data disagree)', () => {
    // `3` spans 自然人 and 商业企业: no single column; six cells for seven columns: nothing certain.
    const result = placeGrid(['一、本年新收政府信息公开申请数量', ['3', 2], '0', '0', '0', '0', '3']);
    expect(result).toEqual({ placed: Array(7).fill(null), warnings: [['ROW_VALUE_COUNT', 'applications.newReceived'], ['CELL_UNPLACED', 'applications.newReceived']] });
    // Seven cells under a header whose spans differ from the data's: placed in order.
    expect(placeGrid(['一、本年新收政府信息公开申请数量', ['3', 2], '0', '0', '0', '0', '3', '6']).placed).toEqual(['3', '0', '0', '0', '0', '3', '6']);
  });

  it('reads the header key by key: labelKey is what the columns are matched on', () => {
    expect(countColumnOf(labelKey('社会 公益组织'))).toBe('socialWelfare');
  });
});
