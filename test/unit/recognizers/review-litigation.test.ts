import { describe, expect, it } from 'vitest';
import { emptyReviewLitigation } from '../../../src/report/empty.js';
import { placeReviewLitigation } from '../../../src/recognizers/review-litigation.js';
import type { ReviewLitigation } from '../../../src/types.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

const HEADERS = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];

function place(texts: readonly string[]) {
  const warnings = new Warnings();
  const target: ReviewLitigation = emptyReviewLitigation();
  const found = placeReviewLitigation(stream(texts), target, warnings);
  return { found, target, warnings: codes(warnings) };
}

describe('placeReviewLitigation', () => {
  it('reads the 15 values in group order: review, litigationDirect, litigationAfterReview', () => {
    const { found, target, warnings } = place([...HEADERS, ...'1 0 0 0 1 0 2 0 0 2 0 0 0 3 3'.split(' ')]);
    expect(found).toBe(true);
    expect(target).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 2, other: 0, pending: 0, total: 2 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 3, total: 3 },
    });
    // One value per line and no blank cell: blanks may have vanished, so the group totals decide.
    expect(warnings).toEqual([['VALUE_INFERRED', 'reviewLitigation']]);
  });

  it('places nothing from 15 one-per-line values whose group totals fail (a stray number may fill a vanished blank)', () => {
    const { target, warnings } = place([...HEADERS, ...'7 10 1 0 0 0 0 0 0 0 0 5 0 0 0'.split(' ')]);
    expect(target.review.upheld).toBeNull();
    expect(target.litigationAfterReview.upheld).toBeNull();
    expect(warnings).toEqual([['CELL_UNPLACED', 'reviewLitigation']]);
  });

  it('reads 15 values by count where blank cells are explicit', () => {
    const values = '1 0 0 0 1 0 2 0 0 2 0 0 0 3 0'.split(' ');
    values[14] = '';
    const { target, warnings } = place([...HEADERS, ...values]);
    expect(target.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 3, total: null });
    expect(warnings).toEqual([]);
  });

  it('takes the longest run of values and warns CELL_UNPLACED for values elsewhere', () => {
    const { target, warnings } = place(['行政复议', '9', '总计', ...Array<string>(15).fill('0')]);
    expect(target.review.upheld).toBe(0);
    expect(target.litigationAfterReview.total).toBe(0);
    expect(warnings).toEqual([['VALUE_INFERRED', 'reviewLitigation'], ['CELL_UNPLACED', 'reviewLitigation']]);
  });

  it('keeps blank cells as null', () => {
    const values = [...'0 '.repeat(15).trim().split(' ')];
    values[1] = '';
    values[2] = '';
    const { target } = place([...HEADERS, ...values]);
    expect(target.review).toEqual({ upheld: 0, corrected: null, other: null, pending: 0, total: 0 });
  });

  it('warns CELL_MISSING for each group when there are headers but no values (seed-004)', () => {
    const { found, target, warnings } = place(HEADERS);
    expect(found).toBe(true);
    expect(target.review.total).toBeNull();
    expect(warnings).toEqual([['CELL_MISSING', 'reviewLitigation.review'], ['CELL_MISSING', 'reviewLitigation.litigationDirect'], ['CELL_MISSING', 'reviewLitigation.litigationAfterReview']]);
  });

  it('says the table is not there when the section holds nothing', () => {
    expect(place([])).toMatchObject({ found: false, warnings: [] });
  });

  it('places nothing from a run shorter than 15 values of different numbers', () => {
    const { target, warnings } = place([...HEADERS, '1', '2', '3']);
    expect(target.review.upheld).toBeNull();
    expect(warnings).toEqual([['ROW_VALUE_COUNT', 'reviewLitigation'], ['CELL_UNPLACED', 'reviewLitigation']]);
  });
});
