import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import {
  COLUMNS,
  OUTCOMES,
  REVIEW_GROUPS,
  addPath,
  consistent,
  detailRows,
  failing,
  find,
  setPath,
  tableRows,
  withStatus,
} from './helpers.js';

const BALANCE_ROWS = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];

/** What +1 in one cell of table 三 must break, from the identities alone. */
function expectedFailures(edition: '2021' | '2019', row: string, column: string): string[] {
  const out = [`APPLICATIONS_ROW_TOTAL applications.${row}.total`];
  if (BALANCE_ROWS.includes(row)) out.push(`APPLICATIONS_BALANCE applications.newReceived.${column}`);
  if (row === 'totalProcessed' || detailRows(edition).includes(row)) {
    out.push(`APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.${column}`);
  }
  return out.sort();
}

describe('validate(): each identity broken', () => {
  it('1. 勾稽关系: moving one carried-forward application between columns fails those two columns only', () => {
    const r = consistent('2021');
    addPath(r, 'applications.carriedForward.naturalPerson', 1);
    addPath(r, 'applications.carriedForward.commercial', -1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_BALANCE applications.newReceived.commercial',
      'APPLICATIONS_BALANCE applications.newReceived.naturalPerson',
    ]);
  });

  it('1. 勾稽关系 fails exactly once when the row totals cannot say otherwise (blank 总计)', () => {
    const r = consistent('2021');
    setPath(r, 'applications.newReceived.total', null);
    addPath(r, 'applications.newReceived.naturalPerson', 1);
    const result = validate(r);
    expect(failing(result)).toEqual(['APPLICATIONS_BALANCE applications.newReceived.naturalPerson']);
    const check = result.issues[0]!;
    expect(check.expected! - check.actual!).toBe(1);
  });

  it('2. （七）总计 per column: fails those columns only', () => {
    const r = consistent('2021');
    addPath(r, 'applications.granted.naturalPerson', 1);
    addPath(r, 'applications.granted.commercial', -1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.commercial',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.naturalPerson',
    ]);
  });

  it('2. （七）总计 fails exactly once when the row total is blank', () => {
    const r = consistent('2021');
    setPath(r, 'applications.unableToProvide.unclear.total', null);
    addPath(r, 'applications.unableToProvide.unclear.socialWelfare', 2);
    const result = validate(r);
    expect(failing(result)).toEqual(['APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.socialWelfare']);
    expect(result.issues[0]!.expected! - result.issues[0]!.actual!).toBe(2);
  });

  it('3. row total: a wrong 总计 cell fails its row and the 总计 column of （七）', () => {
    const r = consistent('2021');
    addPath(r, 'applications.granted.total', 1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.granted.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.total',
    ]);
  });

  it('3. row total fails exactly once when the （七）总计 total is blank', () => {
    const r = consistent('2021');
    setPath(r, 'applications.totalProcessed.total', null);
    addPath(r, 'applications.granted.total', 1);
    const result = validate(r);
    expect(failing(result)).toEqual(['APPLICATIONS_ROW_TOTAL applications.granted.total']);
    expect(result.issues[0]!.actual! - result.issues[0]!.expected!).toBe(1);
  });

  it('4. table 四 group total', () => {
    const r = consistent('2021');
    addPath(r, 'reviewLitigation.review.total', 1);
    const result = validate(r);
    expect(failing(result)).toEqual(['REVIEW_LITIGATION_TOTAL reviewLitigation.review.total']);
    expect(result.issues[0]).toMatchObject({ expected: 10, actual: 11, status: 'fail' });
    expect(result.ok).toBe(false);
  });

  it('5. a negative count', () => {
    const r = consistent('2021');
    setPath(r, 'activeDisclosure.rules.repealed', -1);
    expect(failing(validate(r))).toEqual(['NEGATIVE_VALUE activeDisclosure.rules.repealed']);
  });

  it('5. a decimal count', () => {
    const r = consistent('2021');
    setPath(r, 'activeDisclosure.licensing.decisions', 1.5);
    expect(failing(validate(r))).toEqual(['NOT_INTEGER activeDisclosure.licensing.decisions']);
  });
});

describe('validate(): a one-cell change fails exactly the identities that cell takes part in', () => {
  it('granted.commercial fails the granted row total and the commercial （七） column', () => {
    const r = consistent('2021');
    addPath(r, 'applications.granted.commercial', 1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.granted.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.commercial',
    ]);
  });

  for (const edition of ['2021', '2019'] as const) {
    it(`every cell of table 三 (${edition})`, () => {
      const base = consistent(edition);
      for (const row of tableRows(edition)) {
        for (const column of COLUMNS) {
          const r = structuredClone(base);
          addPath(r, `applications.${row}.${column}`, 1);
          expect(failing(validate(r)), `${row}.${column}`).toEqual(expectedFailures(edition, row, column));
        }
      }
    });
  }

  it('every cell of table 四', () => {
    const base = consistent('2021');
    for (const g of REVIEW_GROUPS) {
      for (const o of OUTCOMES) {
        const r = structuredClone(base);
        addPath(r, `reviewLitigation.${g}.${o}`, 1);
        expect(failing(validate(r)), `${g}.${o}`).toEqual([`REVIEW_LITIGATION_TOTAL reviewLitigation.${g}.total`]);
      }
    }
  });

  it('a decimal or negative applicant cell also fails its value check', () => {
    const r = consistent('2021');
    setPath(r, 'applications.denied.thirdPartyRights.research', 1.5);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.denied.thirdPartyRights.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.research',
      'NOT_INTEGER applications.denied.thirdPartyRights.research',
    ]);
    setPath(r, 'applications.denied.thirdPartyRights.research', -1);
    expect(failing(validate(r))).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.denied.thirdPartyRights.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.research',
      'NEGATIVE_VALUE applications.denied.thirdPartyRights.research',
    ]);
  });

  it('cells of the other edition are ignored (2021 report, otherDisposal.total filled in)', () => {
    const r = consistent('2021');
    for (const c of COLUMNS) setPath(r, `applications.otherDisposal.total.${c}`, -7.5);
    setPath(r, 'activeDisclosure.licensing.change', -3.5);
    setPath(r, 'activeDisclosure.procurement.amount', -1);
    const result = validate(r);
    expect(result.ok).toBe(true);
    expect(result.checks.some((c) => c.paths.some((p) => p.startsWith('applications.otherDisposal.total.')))).toBe(false);
  });

  it('a failing check says which side is which', () => {
    const r = consistent('2021');
    addPath(r, 'applications.totalProcessed.naturalPerson', 1);
    const result = validate(r);
    const balance = find(result, 'APPLICATIONS_BALANCE', 'applications.newReceived.naturalPerson');
    expect(balance.status).toBe('fail');
    expect(balance.actual! - balance.expected!).toBe(1);
    const tp = find(result, 'APPLICATIONS_TOTAL_PROCESSED', 'applications.totalProcessed.naturalPerson');
    expect(tp.actual! - tp.expected!).toBe(1);
    expect(withStatus(result, 'unknown')).toEqual([]);
    for (const c of result.issues) {
      expect(c.message).toContain('（七）总计');
      expect(c.message).toContain('但');
    }
  });
});
