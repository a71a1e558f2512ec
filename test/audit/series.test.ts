import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, type Report, validate, validateSeries } from '../../src/index.js';
import { SERIES_DIR, clone, loadSeries } from './series-helpers.js';

interface ExpectedCheck {
  code: string;
  status: string;
  reports: string[];
  paths: string[];
  expected: number | null;
  actual: number | null;
}

const { ids, reports } = loadSeries();
const expected = JSON.parse(readFileSync(join(SERIES_DIR, 'expected-checks.json'), 'utf8')) as ExpectedCheck[];

describe('series fixtures', () => {
  it('are valid reports', () => {
    expect(ids).toEqual(['pt-jtj-2019', 'pt-jtj-2020', 'pt-jtj-2023', 'pt-zhz-2020', 'pt-zhz-2021', 'pt-zhz-2025']);
    for (const report of reports) {
      expect(() => checkSchema(report)).not.toThrow();
      expect(validate(report).ok).toBe(true);
    }
  });

  it('give exactly the hand-written checks, in order', () => {
    const result = validateSeries(reports);
    const got = result.checks.map((c) => ({
      code: c.code,
      status: c.status,
      reports: c.reports.map((i) => ids[i]!),
      paths: c.paths,
      expected: c.expected,
      actual: c.actual,
    }));
    expect(got).toEqual(expected);
    expect(result.ok).toBe(true);
  });

  it('name both years in Chinese messages', () => {
    const { checks } = validateSeries(reports);
    const carry = checks.find((c) => c.code === 'SERIES_CARRY_OVER' && c.paths[0]!.endsWith('.total'))!;
    expect(carry.message).toBe('总计列：2019年四、结转下年度继续办理(0)，2020年二、上年结转(0)，相符');
    expect(carry.years).toEqual([2019, 2020]);
    expect(carry.organization).toBe('平潭综合实验区交通与建设局');
    const gap = checks.find((c) => c.code === 'SERIES_MISSING_YEAR' && c.years[0] === 2021)!;
    expect(gap.message).toContain('缺少2022年、2023年、2024年的报告');
  });

  it('groups the 2025 title written with a space under the same organization', () => {
    const r = clone(reports[5]!);
    r.meta.organization = '平潭综合实验区综合执法与应急管理局 ';
    const { checks } = validateSeries([reports[4]!, r]);
    expect(checks.map((c) => c.code)).toEqual(['SERIES_MISSING_YEAR']);
  });
});

describe('edited reports', () => {
  it('an edited carry-over fails exactly that column', () => {
    const edited = reports.map(clone);
    edited[4]!.applications.carriedOver.naturalPerson = 3; // pt-zhz-2021
    const { ok, checks } = validateSeries(edited);
    const failed = checks.filter((c) => c.status === 'fail');
    expect(ok).toBe(false);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      code: 'SERIES_CARRY_OVER',
      paths: ['applications.carriedForward.naturalPerson', 'applications.carriedOver.naturalPerson'],
      reports: [3, 4],
      expected: 0,
      actual: 3,
      years: [2020, 2021],
    });
    expect(failed[0]!.message).toBe('自然人列：2020年四、结转下年度继续办理(0)，但2021年二、上年结转(3)');
  });

  it('a 2019-edition 上一年项目数量 that does not follow on fails', () => {
    const edited = reports.map(clone);
    edited[1]!.activeDisclosure.coercion.previousYear = 2; // pt-jtj-2020
    const failed = validateSeries(edited).checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => [c.code, c.paths[0], c.expected, c.actual])).toEqual([
      ['SERIES_PREVIOUS_YEAR', 'activeDisclosure.coercion.previousYear', 0, 2],
    ]);
  });
});

/** A 2022 report derived from pt-zhz-2021 (the corpus has no two consecutive 2021-edition years). */
function derived2022(from: Report): Report {
  const r = clone(from);
  r.meta.year = 2022;
  r.meta.title = r.meta.title!.replace('2021', '2022');
  r.activeDisclosure.normativeDocuments = { ...r.activeDisclosure.normativeDocuments, issued: 2, repealed: 0, inForce: 2 };
  return r;
}

describe('stock (现行有效件数), advisory', () => {
  it('passes when the stock follows on, and is advisory (never fail) when it does not', () => {
    const y2021 = reports[4]!;
    const good = validateSeries([y2021, derived2022(y2021)]);
    const stock = good.checks.filter((c) => c.code === 'SERIES_STOCK');
    expect(stock.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(stock[1]!.message).toBe(
      '行政规范性文件：2021年现行有效件数(0)+2022年本年制发件数(2)−2022年本年废止件数(0)=2，2022年现行有效件数(2)，相符',
    );

    const off = derived2022(y2021);
    off.activeDisclosure.normativeDocuments.inForce = 1;
    const result = validateSeries([y2021, off]);
    expect(result.ok).toBe(true);
    const advisory = result.checks.filter((c) => c.status !== 'pass');
    expect(advisory).toHaveLength(1);
    expect(advisory[0]).toMatchObject({ code: 'SERIES_STOCK', status: 'advisory', expected: 2, actual: 1 });
    expect(advisory[0]!.paths).toEqual([
      'activeDisclosure.normativeDocuments.inForce',
      'activeDisclosure.normativeDocuments.issued',
      'activeDisclosure.normativeDocuments.repealed',
      'activeDisclosure.normativeDocuments.inForce',
    ]);
    expect(advisory[0]!.reports).toEqual([0, 1, 1, 1]);
  });
});

describe('grouping', () => {
  it('reports a duplicate year and checks the neighbours against every copy', () => {
    const copy = clone(reports[1]!);
    copy.applications.carriedOver.total = 1;
    const { ok, checks } = validateSeries([reports[0]!, reports[1]!, copy]);
    expect(checks[0]).toMatchObject({ code: 'SERIES_DUPLICATE', status: 'unknown', reports: [1, 2], years: [2020] });
    const carry = checks.filter((c) => c.code === 'SERIES_CARRY_OVER');
    expect(carry).toHaveLength(14);
    expect(carry.filter((c) => c.status === 'fail').map((c) => c.reports)).toEqual([[0, 2]]);
    expect(ok).toBe(false);
  });

  it('leaves out a report without organization or year, with an unknown check', () => {
    const r = clone(reports[0]!);
    r.meta.year = null;
    const { ok, checks } = validateSeries([r, reports[1]!]);
    expect(ok).toBe(true);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'SERIES_NO_KEY', status: 'unknown', reports: [0], paths: ['meta.year'] });
  });

  it('takes a caller key', () => {
    const { checks } = validateSeries([reports[2]!, reports[3]!], { key: () => 'one' });
    // 2020 (pt-zhz) and 2023 (pt-jtj) under one key: a gap of two years
    expect(checks.map((c) => [c.code, c.organization, c.years])).toEqual([['SERIES_MISSING_YEAR', 'one', [2020, 2023]]]);
  });

  it('counts blanks as zero on request', () => {
    const { checks } = validateSeries([reports[0]!, reports[1]!], { nulls: 'zero' });
    const licensing = checks.find((c) => c.code === 'SERIES_PREVIOUS_YEAR' && c.paths[0]!.includes('licensing'))!;
    expect(licensing.status).toBe('pass');
    expect(licensing.message).toContain('（空白按0计）');
    expect(() => validateSeries([], { nulls: 'x' as never })).toThrow(TypeError);
  });

  it('survives hostile input without throwing', () => {
    expect(validateSeries([]).checks).toEqual([]);
    const junk = [{}, null, { meta: { organization: 'x', year: 2020 } }, { meta: { organization: 'x', year: 2021 } }] as unknown as Report[];
    const { checks } = validateSeries(junk);
    expect(checks.filter((c) => c.code === 'SERIES_CARRY_OVER').every((c) => c.status === 'unknown')).toBe(true);
  });
});
