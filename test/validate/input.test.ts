/** validate() checks that it was given a Report, and Check.code is a closed union. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ReportParseError } from '../../src/errors.js';
import { parseReport } from '../../src/parse.js';
import { type Check, type CheckCode, validate } from '../../src/validate/index.js';
import { loadFixtures } from '../fixture-helpers.js';
import { template } from './helpers.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    return (error as ReportParseError).code;
  }
  return undefined;
}

describe('validate(): the input must be a Report', () => {
  it.each([
    ['{}', {}],
    ["'x'", 'x'],
    ['null', null],
    ['undefined', undefined],
    ['[]', []],
    ['42', 42],
    ['a report without applications', { meta: { edition: '2021' } }],
  ])('should throw INVALID_REPORT for %s', (_name, value) => {
    expect(codeOf(() => validate(value as never))).toBe('INVALID_REPORT');
  });

  it('should name the CLI wrapper {file, report} when given one', async () => {
    const report = await parseReport(loadFixtures().find((f) => f.name === 'seed-001')!.input);
    expect(() => validate({ file: 'a.txt', report } as never)).toThrow(/\{file, report\} wrapper/);
    expect(validate(report).checks.length).toBeGreaterThan(0);
  });

  it('should still accept a table-only report built from the templates (no warnings, NaN cells)', () => {
    const report = template('2021');
    report.applications.newReceived.total = Number.NaN;
    expect(codeOf(() => validate(report))).toBeUndefined();
  });
});

describe('Check.code', () => {
  it('should be the CheckCode union, not string', () => {
    expectTypeOf<Check['code']>().toEqualTypeOf<CheckCode>();
    // @ts-expect-error a typo is not a CheckCode
    const typo: CheckCode = 'APPLICATIONS_BALANCED';
    expect(typo).toBeTypeOf('string');
  });
});
