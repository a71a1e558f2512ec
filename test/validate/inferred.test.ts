import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/types.js';
import { discountInferred } from '../../src/validate/inferred.js';
import type { Check, CheckCode } from '../../src/validate/types.js';

const CODES: CheckCode[] = ['APPLICATIONS_ROW_TOTAL', 'APPLICATIONS_BALANCE', 'REVIEW_LITIGATION_TOTAL'];

function check(code: CheckCode, paths: string[], status: Check['status'] = 'pass'): Check {
  return { code, status, message: 'm', paths, expected: 1, actual: 1 };
}

function inferred(path: string, via: CheckCode[]): Warning {
  return { code: 'VALUE_INFERRED', message: 'w', path, via } as Warning;
}

/** The rule as first written: a check is discounted by the first placed path (in warning order) that is one of its paths or above one. */
function reference(checks: Check[], warnings: readonly Warning[]): void {
  const byCode = new Map<string, string[]>();
  for (const w of warnings) {
    if (w.code !== 'VALUE_INFERRED' || typeof w.path !== 'string' || !Array.isArray(w.via)) continue;
    for (const code of w.via) byCode.set(code, [...(byCode.get(code) ?? []), w.path]);
  }
  for (const c of checks) {
    if (c.status !== 'pass') continue;
    const by = byCode.get(c.code)?.find((path) => c.paths.some((p) => p === path || p.startsWith(`${path}.`)));
    if (by === undefined) continue;
    c.status = 'unknown';
    c.message += `（${by}按此等式推定，不作核对依据）`;
  }
}

describe('discountInferred', () => {
  it('turns a pass into unknown when a path it checks, or one above it, was placed by that identity', () => {
    const checks = [
      check('APPLICATIONS_ROW_TOTAL', ['applications.newReceived.total', 'applications.newReceived.naturalPerson']),
      check('APPLICATIONS_ROW_TOTAL', ['applications.carriedOver.total']),
      check('APPLICATIONS_BALANCE', ['applications.newReceived.total']),
      check('APPLICATIONS_ROW_TOTAL', ['applications.newReceived.total'], 'fail'),
      check('APPLICATIONS_ROW_TOTAL', ['applications.newReceivedX.total']),
    ];
    discountInferred(checks, [inferred('applications.newReceived', ['APPLICATIONS_ROW_TOTAL'])]);
    expect(checks.map((c) => c.status)).toEqual(['unknown', 'pass', 'pass', 'fail', 'pass']);
    expect(checks[0]!.message).toBe('m（applications.newReceived按此等式推定，不作核对依据）');
  });

  it('names the first placed path in warning order when several cover a check', () => {
    const checks = [check('APPLICATIONS_ROW_TOTAL', ['applications.newReceived.total'])];
    discountInferred(checks, [inferred('applications.newReceived.total', ['APPLICATIONS_ROW_TOTAL']), inferred('applications', ['APPLICATIONS_ROW_TOTAL'])]);
    expect(checks[0]!.message).toContain('（applications.newReceived.total按');
  });

  it('agrees with the rule as first written on random paths, codes and warnings', () => {
    // A fixed linear congruential sequence: the same cases on every run.
    let seed = 7;
    const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const part = (): string => ['a', 'b', 'ab', 'a.b', '', '.'][next(6)]!;
    const path = (): string => Array.from({ length: 1 + next(4) }, part).join('.');
    for (let k = 0; k < 2000; k++) {
      const warnings = Array.from({ length: next(24) }, () => (next(5) === 0 ? ({ code: 'CELL_UNPLACED', message: 'w', path: path() } as Warning) : inferred(path(), CODES.filter(() => next(3) !== 0))));
      const make = (): Check[] => Array.from({ length: 1 + next(4) }, () => ({ code: CODES[next(3)]!, status: (['pass', 'pass', 'fail', 'unknown'] as const)[next(4)]!, message: 'm', paths: Array.from({ length: 1 + next(3) }, path), expected: 1, actual: 1 }));
      const got = make();
      const want = got.map((c) => ({ ...c, paths: [...c.paths] }));
      discountInferred(got, warnings);
      reference(want, warnings);
      expect(got, `case ${k}`).toEqual(want);
    }
  });
});
