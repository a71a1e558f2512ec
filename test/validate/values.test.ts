import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { consistent, failing, find, setPath, template } from './helpers.js';

describe('validate(): values (identity 5)', () => {
  it('0.35 in the fee amount is fine, and the fee has no NOT_INTEGER check', () => {
    const result = validate(consistent('2021'));
    expect(find(result, 'NEGATIVE_VALUE', 'activeDisclosure.fees.amount')).toMatchObject({
      status: 'pass',
      actual: 0.35,
      expected: null,
      paths: ['activeDisclosure.fees.amount'],
    });
    expect(result.checks.some((c) => c.code === 'NOT_INTEGER' && c.paths[0] === 'activeDisclosure.fees.amount')).toBe(false);
  });

  it('a negative fee fails NEGATIVE_VALUE', () => {
    const r = consistent('2021');
    setPath(r, 'activeDisclosure.fees.amount', -0.5);
    const result = validate(r);
    expect(failing(result)).toEqual(['NEGATIVE_VALUE activeDisclosure.fees.amount']);
    expect(result.issues[0]).toMatchObject({ actual: -0.5, expected: null });
    expect(result.issues[0]!.message).toContain('行政事业性收费');
  });

  it('1.5 in a count fails NOT_INTEGER only; -1 fails NEGATIVE_VALUE only', () => {
    const r = consistent('2021');
    // review: upheld 1, corrected 2, other 3, pending 4, total 10 → 0.5 + 2 + 3 + 4.5 = 10
    setPath(r, 'reviewLitigation.review.upheld', 0.5);
    setPath(r, 'reviewLitigation.review.pending', 4.5);
    let result = validate(r);
    expect(failing(result)).toEqual(['NOT_INTEGER reviewLitigation.review.pending', 'NOT_INTEGER reviewLitigation.review.upheld']);
    expect(find(result, 'NEGATIVE_VALUE', 'reviewLitigation.review.pending').status).toBe('pass');
    expect(find(result, 'NOT_INTEGER', 'reviewLitigation.review.pending')).toMatchObject({ actual: 4.5, paths: ['reviewLitigation.review.pending'] });
    expect(result.issues[0]!.message).toContain('行政复议');

    setPath(r, 'activeDisclosure.rules.inForce', 1.5);
    expect(failing(validate(r))).toContain('NOT_INTEGER activeDisclosure.rules.inForce');

    const n = consistent('2021');
    // 1 + 2 + 3 + (-1) = 5
    setPath(n, 'reviewLitigation.review.pending', -1);
    setPath(n, 'reviewLitigation.review.total', 5);
    result = validate(n);
    expect(failing(result)).toEqual(['NEGATIVE_VALUE reviewLitigation.review.pending']);
    expect(find(result, 'NOT_INTEGER', 'reviewLitigation.review.pending').status).toBe('pass');
  });

  it('null cells: no value check by default, 0 (pass) with nulls: zero', () => {
    const r = template('2021');
    setPath(r, 'applications.granted.naturalPerson', 3);
    setPath(r, 'activeDisclosure.rules.issued', -2);
    const byDefault = validate(r);
    const valueChecks = byDefault.checks.filter((c) => c.code === 'NEGATIVE_VALUE' || c.code === 'NOT_INTEGER');
    expect(valueChecks.map((c) => `${c.code} ${c.paths[0]} ${c.status}`)).toEqual([
      'NEGATIVE_VALUE activeDisclosure.rules.issued fail',
      'NOT_INTEGER activeDisclosure.rules.issued pass',
      'NEGATIVE_VALUE applications.granted.naturalPerson pass',
      'NOT_INTEGER applications.granted.naturalPerson pass',
    ]);
    const zero = validate(r, { nulls: 'zero' });
    expect(find(zero, 'NEGATIVE_VALUE', 'activeDisclosure.rules.repealed')).toMatchObject({ status: 'pass', actual: 0 });
    expect(failing(zero)).toEqual([
      'APPLICATIONS_ROW_TOTAL applications.granted.total',
      'APPLICATIONS_TOTAL_PROCESSED applications.totalProcessed.naturalPerson',
      'NEGATIVE_VALUE activeDisclosure.rules.issued',
    ].sort());
  });

  it('NaN fails both checks', () => {
    const r = consistent('2021');
    setPath(r, 'activeDisclosure.coercion.decisions', Number.NaN);
    expect(failing(validate(r))).toEqual([
      'NEGATIVE_VALUE activeDisclosure.coercion.decisions',
      'NOT_INTEGER activeDisclosure.coercion.decisions',
    ]);
  });
});
