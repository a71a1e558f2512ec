import { describe, expect, it } from 'vitest';
import { alignRow } from '../../../src/recognizers/align.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

function align(texts: readonly string[], n: number, options?: { lastIsTotal?: boolean }): { placed: (string | null)[]; warnings: [string, string][]; list: Warnings['list'] } {
  const warnings = new Warnings();
  const placed = alignRow(stream(texts), n, 'applications.granted', warnings, options);
  return { placed: placed.map((c) => (c === null ? null : c.text)), warnings: codes(warnings), list: warnings.list };
}

describe('alignRow', () => {
  it('places exactly n cells by position', () => {
    expect(align(['1', '2', '3'], 3)).toEqual({ placed: ['1', '2', '3'], warnings: [], list: [] });
  });

  it('places a blank cell as null', () => {
    expect(align(['1', '', '3'], 3).placed).toEqual(['1', null, '3']);
  });

  it('drops trailing blanks (merged-cell padding) without a warning', () => {
    expect(align(['1', '2', '3', '', ''], 3)).toMatchObject({ placed: ['1', '2', '3'], warnings: [] });
  });

  it('drops leading blanks and warns ROW_SHIFTED (a right-aligned row)', () => {
    expect(align(['', '', '1', '2', '3'], 3)).toMatchObject({ placed: ['1', '2', '3'], warnings: [['ROW_SHIFTED', 'applications.granted']] });
  });

  it('gives every column the value when a surplus row holds one value throughout, with ROW_VALUE_COUNT', () => {
    const result = align(['0', '0', '0', '0'], 3);
    expect(result.placed).toEqual(['0', '0', '0']);
    expect(result.warnings).toEqual([['ROW_VALUE_COUNT', 'applications.granted']]);
    expect(result.list[0]!.message).toContain('0');
  });

  it('places nothing for a surplus row of different values: ROW_VALUE_COUNT and CELL_UNPLACED quoting them', () => {
    const result = align(['1', '2', '3', '4'], 3);
    expect(result.placed).toEqual([null, null, null]);
    expect(result.warnings).toEqual([['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']]);
    for (const v of ['1', '2', '3', '4']) expect(result.list[1]!.message).toContain(`「${v}」`);
  });

  it('puts a lone last value into the total when lastIsTotal, with ROW_SHIFTED', () => {
    expect(align(['5'], 7, { lastIsTotal: true })).toMatchObject({ placed: [null, null, null, null, null, null, '5'], warnings: [['ROW_SHIFTED', 'applications.granted']] });
    expect(align(['', '', '', '5'], 7, { lastIsTotal: true }).placed).toEqual([null, null, null, null, null, null, '5']);
  });

  it('does not move a lone value to the total without lastIsTotal', () => {
    expect(align(['5'], 7)).toMatchObject({ placed: Array(7).fill(null), warnings: [['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']] });
  });

  it('does not place one value among three columns (seed-004 规章 0)', () => {
    expect(align(['0'], 3)).toMatchObject({ placed: [null, null, null], warnings: [['ROW_VALUE_COUNT', 'applications.granted'], ['CELL_UNPLACED', 'applications.granted']] });
  });

  it('does not place a shorter row of several values', () => {
    expect(align(['1', '2'], 3).placed).toEqual([null, null, null]);
  });

  it('warns CELL_MISSING when the row has no cells at all', () => {
    expect(align([], 3)).toMatchObject({ placed: [null, null, null], warnings: [['CELL_MISSING', 'applications.granted']] });
  });

  it('places nothing and warns nothing for a row of blank cells', () => {
    expect(align(['', '', ''], 3)).toMatchObject({ placed: [null, null, null], warnings: [] });
  });

  it('gives a warning the line of the row', () => {
    const warnings = new Warnings();
    const cells = stream(['x', 'x', '1', '2', '3', '4']).slice(2);
    alignRow(cells, 3, 'p', warnings);
    expect(warnings.list.every((w) => w.line === 3)).toBe(true);
  });
});
