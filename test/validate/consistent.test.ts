import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { ACTIVE_ROW_LABELS_2021, REVIEW_GROUP_LABELS, ROW_LABELS } from '../../src/validate/labels.js';
import { COLUMNS, consistent, countByCode, find, getPath, tableRows } from './helpers.js';

const COUNTS_2021 = {
  APPLICATIONS_BALANCE: 7,
  APPLICATIONS_TOTAL_PROCESSED: 7,
  APPLICATIONS_ROW_TOTAL: 25,
  REVIEW_LITIGATION_TOTAL: 3,
  NEGATIVE_VALUE: 200, // 175 cells of 三 + 15 of 四 + 9 counts of 二 + fees.amount
  NOT_INTEGER: 199, // the same without fees.amount
};

describe('validate(): a consistent 2021 report', () => {
  const report = consistent('2021');
  const result = validate(report);

  it('passes every check', () => {
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });

  it('has non-zero numbers in every cell of the edition', () => {
    for (const row of tableRows('2021')) {
      for (const c of COLUMNS) expect(getPath(report, `applications.${row}.${c}`)).toBeGreaterThan(0);
    }
  });

  it('runs 7 + 7 + 25 + 3 + value checks', () => {
    expect(countByCode(result.checks)).toEqual(COUNTS_2021);
    expect(result.checks).toHaveLength(441);
  });

  it('runs the same checks with nulls: zero (and they all pass)', () => {
    const zero = validate(report, { nulls: 'zero' });
    expect(zero.ok).toBe(true);
    expect(zero.checks.map((c) => [c.code, c.paths, c.status])).toEqual(
      result.checks.map((c) => [c.code, c.paths, c.status]),
    );
  });

  it('orders the checks: balance, total processed, row totals, review, values', () => {
    const order = [...new Set(result.checks.map((c) => c.code))];
    expect(order).toEqual([
      'APPLICATIONS_BALANCE',
      'APPLICATIONS_TOTAL_PROCESSED',
      'APPLICATIONS_ROW_TOTAL',
      'REVIEW_LITIGATION_TOTAL',
      'NEGATIVE_VALUE',
      'NOT_INTEGER',
    ]);
    const sumCodes = result.checks.slice(0, 42).map((c) => c.code);
    expect(sumCodes.slice(0, 7).every((c) => c === 'APPLICATIONS_BALANCE')).toBe(true);
    expect(sumCodes.slice(7, 14).every((c) => c === 'APPLICATIONS_TOTAL_PROCESSED')).toBe(true);
    expect(sumCodes.slice(14, 39).every((c) => c === 'APPLICATIONS_ROW_TOTAL')).toBe(true);
    expect(sumCodes.slice(39, 42).every((c) => c === 'REVIEW_LITIGATION_TOTAL')).toBe(true);
  });

  it('names only paths that hold numbers in the report, and identifies each check by (code, paths[0])', () => {
    const keys = new Set<string>();
    for (const c of result.checks) {
      expect(c.paths.length).toBeGreaterThan(0);
      for (const p of c.paths) expect(typeof getPath(report, p)).toBe('number');
      keys.add(`${c.code} ${c.paths[0]}`);
    }
    expect(keys.size).toBe(result.checks.length);
  });

  it('lists the operands of each identity, stated side first', () => {
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.naturalPerson').paths).toEqual([
      'applications.newReceived.naturalPerson',
      'applications.carriedOver.naturalPerson',
      'applications.totalProcessed.naturalPerson',
      'applications.carriedForward.naturalPerson',
    ]);
    const tp = find(result, 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.research');
    expect(tp.paths).toHaveLength(1 + 2 + 8 + 3 + 5 + 3);
    expect(tp.paths.slice(0, 3)).toEqual([
      'applications.totalProcessed.research',
      'applications.granted.research',
      'applications.partiallyGranted.research',
    ]);
    expect(tp.paths.slice(-3)).toEqual([
      'applications.otherDisposal.overdueCorrection.research',
      'applications.otherDisposal.overdueFee.research',
      'applications.otherDisposal.other.research',
    ]);
    expect(tp.paths).not.toContain('applications.otherDisposal.total.research');
    expect(find(result, 'APPLICATIONS_ROW_TOTAL', 'applications.denied.stateSecret.total').paths).toEqual([
      'applications.denied.stateSecret.total',
      'applications.denied.stateSecret.naturalPerson',
      'applications.denied.stateSecret.commercial',
      'applications.denied.stateSecret.research',
      'applications.denied.stateSecret.socialWelfare',
      'applications.denied.stateSecret.legalService',
      'applications.denied.stateSecret.otherOrg',
    ]);
    expect(find(result, 'REVIEW_LITIGATION_TOTAL', 'reviewLitigation.litigationDirect.total').paths).toEqual([
      'reviewLitigation.litigationDirect.total',
      'reviewLitigation.litigationDirect.upheld',
      'reviewLitigation.litigationDirect.corrected',
      'reviewLitigation.litigationDirect.other',
      'reviewLitigation.litigationDirect.pending',
    ]);
    const rowTotals = result.checks.filter((c) => c.code === 'APPLICATIONS_ROW_TOTAL').map((c) => c.paths[0]);
    expect(rowTotals).toEqual(tableRows('2021').map((r) => `applications.${r}.total`));
  });

  it('reports the two sides as expected (computed) and actual (stated)', () => {
    const balance = find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.commercial');
    const v = (p: string) => getPath(report, `applications.${p}.commercial`) as number;
    expect(balance.expected).toBe(v('newReceived') + v('carriedOver'));
    expect(balance.actual).toBe(v('totalProcessed') + v('carriedForward'));
    const tp = find(result, 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.commercial');
    expect(tp.actual).toBe(v('totalProcessed'));
    expect(tp.expected).toBe(v('totalProcessed'));
    const value = find(result, 'NOT_INTEGER', 'applications.granted.commercial');
    expect(value.actual).toBe(v('granted'));
    expect(value.expected).toBeNull();
  });

  it('writes non-empty Chinese messages that name a row of the table', () => {
    const rowLabels = [
      ...Object.values(ROW_LABELS),
      ...Object.values(REVIEW_GROUP_LABELS),
      ...Object.values(ACTIVE_ROW_LABELS_2021),
    ];
    for (const c of result.checks) {
      expect(c.message.length).toBeGreaterThan(0);
      expect(rowLabels.some((l) => c.message.includes(l)), c.message).toBe(true);
    }
    expect(find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.total').message).toContain('一、本年新收');
    expect(find(result, 'APPLICATIONS_ROW_TOTAL', 'applications.denied.stateSecret.total').message).toContain('属于国家秘密');
    expect(find(result, 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.total').message).toContain('（七）总计');
    expect(find(result, 'REVIEW_LITIGATION_TOTAL', 'reviewLitigation.review.total').message).toContain('行政复议');
    expect(find(result, 'NEGATIVE_VALUE', 'activeDisclosure.fees.amount').message).toContain('行政事业性收费');
  });
});
