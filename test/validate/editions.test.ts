import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { addPath, consistent, countByCode, failing, find, setPath, tableRows } from './helpers.js';

describe('validate(): 2019 edition', () => {
  it('a consistent 2019 report passes; 23 rows, table 二 of 2019', () => {
    const r = consistent('2019');
    const result = validate(r);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(countByCode(result.checks)).toEqual({
      APPLICATIONS_BALANCE: 7,
      APPLICATIONS_TOTAL_PROCESSED: 7,
      APPLICATIONS_ROW_TOTAL: 23,
      REVIEW_LITIGATION_TOTAL: 3,
      NEGATIVE_VALUE: 193, // 161 + 15 + 16 counts of 二 + procurement.amount
      NOT_INTEGER: 197, // 161 + 15 + 16 counts + 5 change cells
    });
    const rows = result.checks.filter((c) => c.code === 'APPLICATIONS_ROW_TOTAL').map((c) => c.paths[0]);
    expect(rows).toEqual(tableRows('2019').map((row) => `applications.${row}.total`));
    expect(rows).toContain('applications.otherDisposal.total.total');
    expect(rows).not.toContain('applications.otherDisposal.other.total');
  });

  it('（七）总计 sums the single otherDisposal.total row', () => {
    const r = consistent('2019');
    const tp = find(validate(r), 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.naturalPerson');
    expect(tp.paths).toHaveLength(1 + 2 + 8 + 3 + 5 + 1);
    expect(tp.paths.at(-1)).toBe('applications.otherDisposal.total.naturalPerson');
    expect(tp.paths).not.toContain('applications.otherDisposal.overdueFee.naturalPerson');

    addPath(r, 'applications.otherDisposal.total.naturalPerson', 1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.otherDisposal.total.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.naturalPerson',
    ]);
  });

  it('ignores the three 2021 （六） rows', () => {
    const r = consistent('2019');
    setPath(r, 'applications.otherDisposal.overdueFee.naturalPerson', 5);
    setPath(r, 'applications.otherDisposal.other.total', -2.5);
    setPath(r, 'activeDisclosure.fees.amount', -1);
    setPath(r, 'activeDisclosure.rules.issued', 0.5);
    expect(validate(r).ok).toBe(true);
  });

  it('allows a negative 本年增/减 but not a decimal one; no NEGATIVE_VALUE check on change', () => {
    const r = consistent('2019');
    expect(r.activeDisclosure.licensing.change).toBe(-2);
    const result = validate(r);
    expect(find(result, 'NOT_INTEGER', 'activeDisclosure.licensing.change')).toMatchObject({ status: 'pass', actual: -2 });
    expect(result.checks.some((c) => c.code === 'NEGATIVE_VALUE' && c.paths[0]!.endsWith('.change'))).toBe(false);

    setPath(r, 'activeDisclosure.fees.change', 1.5);
    expect(failing(validate(r))).toEqual(['NOT_INTEGER activeDisclosure.fees.change']);
  });

  it('previousYear and decisions are counts; procurement.amount is a non-negative number', () => {
    const r = consistent('2019');
    setPath(r, 'activeDisclosure.penalty.previousYear', -1);
    setPath(r, 'activeDisclosure.procurement.amount', 3.75);
    expect(failing(validate(r))).toEqual(['NEGATIVE_VALUE activeDisclosure.penalty.previousYear']);
    setPath(r, 'activeDisclosure.procurement.amount', -3.75);
    expect(failing(validate(r))).toEqual([
      'NEGATIVE_VALUE activeDisclosure.penalty.previousYear',
      'NEGATIVE_VALUE activeDisclosure.procurement.amount',
    ]);
    expect(validate(r).checks.some((c) => c.code === 'NOT_INTEGER' && c.paths[0] === 'activeDisclosure.procurement.amount')).toBe(false);
  });

  it('labels table 二 in the 2019 wording', () => {
    const result = validate(consistent('2019'));
    expect(find(result, 'NOT_INTEGER', 'activeDisclosure.otherServices.change').message).toContain('其他对外管理服务事项');
    expect(find(result, 'NOT_INTEGER', 'activeDisclosure.procurement.projects').message).toContain('政府集中采购');
  });
});

describe('validate(): unknown edition', () => {
  it('is checked against the 2021 layout', () => {
    const r = consistent('2021');
    r.meta.edition = 'unknown';
    const result = validate(r);
    expect(result.ok).toBe(true);
    expect(countByCode(result.checks)).toMatchObject({ APPLICATIONS_ROW_TOTAL: 25, NEGATIVE_VALUE: 200, NOT_INTEGER: 199 });
    expect(find(result, 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.total').paths).toContain(
      'applications.otherDisposal.overdueCorrection.total',
    );
  });
});
