/**
 * validateSeries(reports): the checks between consecutive years of one organization.
 * It reads the reports and never changes or merges them.
 *
 * Reports are grouped by `options.key` (default: the normalized `meta.organization`) and
 * ordered by `meta.year`. Groups are returned in the order their first report was given;
 * inside a group, checks run year by year:
 *   - SERIES_NO_KEY (unknown): a report without a key or a year, left out of every series;
 *   - SERIES_DUPLICATE (unknown): one organization and year given more than once; the
 *     neighbouring years are checked against every copy;
 *   - SERIES_MISSING_YEAR (unknown): a gap between two reports; nothing across it is checked;
 *   - for each pair of consecutive years (every copy × every copy): SERIES_CARRY_OVER ×7,
 *     then SERIES_STOCK ×2 (both 2021 edition, advisory) or SERIES_PREVIOUS_YEAR ×5
 *     (both 2019 edition). See series-rules.ts.
 * `ok` is false only when a check has status `fail`.
 */
import type { Report } from '../types.js';
import { organizationKey } from './organization-key.js';
import { type Placed, carryOver, previousYear, stock } from './series-rules.js';
import type { SeriesCheck, SeriesOptions, SeriesResult } from './types.js';

export { SERIES_CARRY_OVER, SERIES_PREVIOUS_YEAR, SERIES_STOCK } from './series-rules.js';
export const SERIES_NO_KEY = 'SERIES_NO_KEY';
export const SERIES_DUPLICATE = 'SERIES_DUPLICATE';
export const SERIES_MISSING_YEAR = 'SERIES_MISSING_YEAR';

function nullsAsZero(options: SeriesOptions | undefined): boolean {
  const nulls = options?.nulls;
  if (nulls === undefined || nulls === 'unknown') return false;
  if (nulls === 'zero') return true;
  throw new TypeError(`validateSeries(): options.nulls must be 'unknown' or 'zero', got ${JSON.stringify(nulls)}`);
}

function defaultKey(report: Report): string | null {
  return organizationKey(report?.meta?.organization);
}

function yearOf(report: Report): number | null {
  const y = report?.meta?.year;
  return typeof y === 'number' && Number.isInteger(y) ? y : null;
}

function editionOf(p: Placed): string {
  return p.report?.meta?.edition ?? 'unknown';
}

function yearsBetween(from: number, to: number): string {
  const missing: number[] = [];
  for (let y = from + 1; y < to; y++) missing.push(y);
  return missing.length <= 3 ? missing.map((y) => `${y}年`).join('、') : `${from + 1}年至${to - 1}年`;
}

function noKey(report: Report, index: number, year: number | null): SeriesCheck {
  const what = year !== null ? '机关名称' : report?.meta?.organization ? '年度' : '机关名称和年度';
  const name = report?.meta?.title ?? report?.meta?.organization ?? `第${index + 1}份报告`;
  return {
    code: SERIES_NO_KEY,
    status: 'unknown',
    message: `${name}：未识别出${what}，不参与逐年核对`,
    paths: [year === null ? 'meta.year' : 'meta.organization'],
    reports: [index],
    expected: null,
    actual: null,
    organization: '',
    years: year === null ? [] : [year],
  };
}

function checkGroup(organization: string, members: Placed[], zero: boolean, out: SeriesCheck[]): void {
  const byYear = new Map<number, Placed[]>();
  for (const m of members) {
    const list = byYear.get(m.year);
    if (list === undefined) byYear.set(m.year, [m]);
    else list.push(m);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    const copies = byYear.get(year)!;
    if (copies.length > 1) {
      out.push({
        code: SERIES_DUPLICATE,
        status: 'unknown',
        message: `${organization}：${year}年的报告有${copies.length}份（第${copies.map((c) => c.index + 1).join('、')}份），未合并，相邻年度分别与每一份核对`,
        paths: copies.map(() => 'meta.year'),
        reports: copies.map((c) => c.index),
        expected: null,
        actual: null,
        organization,
        years: [year],
      });
    }
    if (i === 0) continue;
    const prev = years[i - 1]!;
    if (year !== prev + 1) {
      const a = byYear.get(prev)![0]!;
      const b = copies[0]!;
      out.push({
        code: SERIES_MISSING_YEAR,
        status: 'unknown',
        message: `${organization}：缺少${yearsBetween(prev, year)}的报告，${prev}年的结转下年度与${year}年的上年结转无法衔接核对`,
        paths: ['applications.carriedForward', 'applications.carriedOver'],
        reports: [a.index, b.index],
        expected: null,
        actual: null,
        organization,
        years: [prev, year],
      });
      continue;
    }
    for (const a of byYear.get(prev)!) {
      for (const b of copies) {
        carryOver(a, b, organization, zero, out);
        const ea = editionOf(a);
        const eb = editionOf(b);
        if (ea === '2019' && eb === '2019') previousYear(a, b, organization, zero, out);
        else if (ea === '2021' && eb === '2021') stock(a, b, organization, zero, out);
      }
    }
  }
}

/**
 * Checks consecutive years of each organization's reports against each other
 * (see the module comment for the checks and their order).
 */
export function validateSeries(reports: readonly Report[], options?: SeriesOptions): SeriesResult {
  if (!Array.isArray(reports)) throw new TypeError('validateSeries(): reports must be an array of reports');
  const zero = nullsAsZero(options);
  const key = options?.key ?? defaultKey;
  const checks: SeriesCheck[] = [];
  const groups = new Map<string, Placed[]>();
  for (let index = 0; index < reports.length; index++) {
    const report = reports[index]!;
    const k = key(report, index);
    const year = yearOf(report);
    if (typeof k !== 'string' || k === '' || year === null) {
      checks.push(noKey(report, index, year));
      continue;
    }
    const placed: Placed = { report, index, year };
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [placed]);
    else group.push(placed);
  }
  for (const [organization, members] of groups) checkGroup(organization, members, zero, checks);
  let ok = true;
  for (const c of checks) if (c.status === 'fail') ok = false;
  return { ok, checks };
}
