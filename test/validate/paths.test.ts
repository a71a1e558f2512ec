/**
 * Every check's numbers must follow from its own paths: this guards the order of the
 * precomputed path lists against the order the rules read cells in.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import type { Check } from '../../src/validate/index.js';
import type { Report } from '../../src/types.js';
import { COLUMNS, OUTCOMES, REVIEW_GROUPS, getPath, setPath, tableRows, template } from './helpers.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Every cell of table 三 and 四 random (0..19), some blank. */
function randomReport(edition: '2021' | '2019', seed: number, blankRate: number): Report {
  const r = template(edition);
  const rnd = lcg(seed);
  const value = () => (rnd() < blankRate ? null : Math.floor(rnd() * 20));
  for (const row of tableRows(edition)) for (const c of COLUMNS) setPath(r, `applications.${row}.${c}`, value());
  for (const g of REVIEW_GROUPS) for (const o of OUTCOMES) setPath(r, `reviewLitigation.${g}.${o}`, value());
  return r;
}

function sideOf(report: Report, paths: readonly string[], zero: boolean): number | null {
  let sum = 0;
  for (const p of paths) {
    const v = getPath(report, p) as number | null;
    if (v === null) {
      if (!zero) return null;
    } else sum += v;
  }
  return sum;
}

function recompute(report: Report, c: Check, zero: boolean): Pick<Check, 'status' | 'expected' | 'actual'> {
  if (c.code === 'NEGATIVE_VALUE' || c.code === 'NOT_INTEGER') {
    const v = (getPath(report, c.paths[0]!) as number | null) ?? 0;
    const ok = c.code === 'NEGATIVE_VALUE' ? v >= 0 : Number.isInteger(v);
    return { status: ok ? 'pass' : 'fail', expected: null, actual: v };
  }
  let expected: number | null;
  let actual: number | null;
  if (c.code === 'APPLICATIONS_BALANCE') {
    expected = sideOf(report, c.paths.slice(0, 2), zero);
    actual = sideOf(report, c.paths.slice(2), zero);
  } else {
    actual = sideOf(report, c.paths.slice(0, 1), zero);
    expected = sideOf(report, c.paths.slice(1), zero);
  }
  const status = expected === null || actual === null ? 'unknown' : expected === actual ? 'pass' : 'fail';
  return { status, expected, actual };
}

describe('validate(): checks agree with their paths', () => {
  for (const edition of ['2021', '2019'] as const) {
    for (const [blankRate, label] of [
      [0, 'no blanks'],
      [0.2, 'some blanks'],
    ] as const) {
      for (const zero of [false, true]) {
        it(`${edition}, ${label}, nulls: ${zero ? 'zero' : 'unknown'}`, () => {
          for (let seed = 1; seed <= 20; seed++) {
            const report = randomReport(edition, seed * 7919, blankRate);
            const result = validate(report, zero ? { nulls: 'zero' } : undefined);
            for (const c of result.checks) {
              expect({ status: c.status, expected: c.expected, actual: c.actual }, `${c.code} ${c.paths[0]}`).toEqual(
                recompute(report, c, zero),
              );
            }
            expect(result.ok).toBe(result.checks.every((c) => c.status !== 'fail'));
          }
        });
      }
    }
  }
});
