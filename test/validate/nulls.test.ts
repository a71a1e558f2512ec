import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { addPath, consistent, getPath, countByCode, failing, find, setPath, tableRows, template, withStatus } from './helpers.js';

describe('validate(): null cells', () => {
  it('an all-null report: every sum check unknown, no value checks, ok', () => {
    const result = validate(template('2021'));
    expect(result.ok).toBe(true);
    expect(result.checks).toHaveLength(7 + 7 + 25 + 3);
    for (const c of result.checks) {
      expect(c.status).toBe('unknown');
      expect(c.expected).toBeNull();
      expect(c.actual).toBeNull();
      expect(c.message.length).toBeGreaterThan(0);
    }
  });

  it('an all-null report with nulls: zero: every check runs and passes', () => {
    const result = validate(template('2021'), { nulls: 'zero' });
    expect(result.ok).toBe(true);
    expect(countByCode(result.checks)).toEqual({
      APPLICATIONS_BALANCE: 7,
      APPLICATIONS_TOTAL_PROCESSED: 7,
      APPLICATIONS_ROW_TOTAL: 25,
      REVIEW_LITIGATION_TOTAL: 3,
      NEGATIVE_VALUE: 200,
      NOT_INTEGER: 199,
    });
    for (const c of result.checks) {
      expect(c.status).toBe('pass');
      expect(c.actual).toBe(0);
    }
  });

  it('a blank 总计 column: unknown by default', () => {
    const r = consistent('2021');
    for (const row of tableRows('2021')) setPath(r, `applications.${row}.total`, null);
    const result = validate(r);
    expect(result.ok).toBe(true);
    expect(withStatus(result, 'unknown')).toEqual(
      [
        'APPLICATIONS_BALANCE applications.newReceived.total',
        'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.total',
        ...tableRows('2021').map((row) => `APPLICATIONS_ROW_TOTAL applications.${row}.total`),
      ].sort(),
    );
    // the computed side is still known
    const row = find(result, 'APPLICATIONS_ROW_TOTAL', 'applications.granted.total');
    expect(row.expected).toBeGreaterThan(0);
    expect(row.actual).toBeNull();
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.total')).toMatchObject({ expected: null, actual: null });
    // the blank cells get no value checks: 25 fewer cells
    expect(countByCode(result.checks)).toMatchObject({ NEGATIVE_VALUE: 175, NOT_INTEGER: 174 });
  });

  it('a blank 总计 column with nulls: zero: the column identities hold (0 = 0), every row total fails', () => {
    const r = consistent('2021');
    for (const row of tableRows('2021')) setPath(r, `applications.${row}.total`, null);
    const result = validate(r, { nulls: 'zero' });
    expect(withStatus(result, 'unknown')).toEqual([]);
    expect(failing(result)).toEqual(tableRows('2021').map((row) => `APPLICATIONS_ROW_TOTAL applications.${row}.total`).sort());
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.total')).toMatchObject({ status: 'pass', expected: 0, actual: 0 });
    const granted = find(result, 'APPLICATIONS_ROW_TOTAL', 'applications.granted.total');
    expect(granted.actual).toBe(0);
    expect(granted.message).toContain('（一）予以公开');
    // the blank cells are value-checked as 0
    expect(find(result, 'NOT_INTEGER', 'applications.granted.total')).toMatchObject({ status: 'pass', actual: 0 });
    expect(countByCode(result.checks)).toMatchObject({ NEGATIVE_VALUE: 200, NOT_INTEGER: 199 });
  });

  it('blank applicant cells that stand for 0: unknown by default, pass with nulls: zero', () => {
    const r = consistent('2021');
    const removed = getPath(r, 'applications.denied.stateSecret.legalService') as number;
    setPath(r, 'applications.denied.stateSecret.legalService', null);
    // keep the report consistent when the blank is read as 0
    for (const path of [
      'applications.denied.stateSecret.total',
      'applications.totalProcessed.legalService',
      'applications.totalProcessed.total',
      'applications.newReceived.legalService',
      'applications.newReceived.total',
    ]) {
      addPath(r, path, -removed);
    }
    const byDefault = validate(r);
    expect(byDefault.ok).toBe(true);
    expect(withStatus(byDefault, 'unknown')).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.denied.stateSecret.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.legalService',
    ]);
    const zero = validate(r, { nulls: 'zero' });
    expect(zero.ok).toBe(true);
    expect(withStatus(zero, 'unknown')).toEqual([]);
    expect(find(zero, 'APPLICATIONS_ROW_TOTAL', 'applications.denied.stateSecret.total').message).toContain('空');
  });

  it('unknown checks do not make a report invalid, but a real failure next to them does', () => {
    const r = consistent('2021');
    setPath(r, 'applications.carriedOver.research', null);
    addOne(r);
    const result = validate(r);
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.research')).toMatchObject({
      status: 'unknown',
      expected: null,
    });
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.research').actual).toBeGreaterThan(0);
    expect(result.ok).toBe(false);
    expect(failing(result)).toEqual(['REVIEW_LITIGATION_TOTAL reviewLitigation.litigationAfterReview.total']);
  });

});

function addOne(r: ReturnType<typeof consistent>): void {
  r.reviewLitigation.litigationAfterReview.pending = (r.reviewLitigation.litigationAfterReview.pending ?? 0) + 1;
}
