/**
 * One real report (pt-zhz-2025) and a next year derived from it, with three edits: a
 * carry-over cell, a number in the prose and a 现行有效件数. The audit (validateSeries +
 * checkProse) must fail exactly those three checks (the stock one as advisory) and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { type Report, checkProse, validateSeries } from '../../src/index.js';
import { clone, loadSeries } from './series-helpers.js';

const { ids, reports } = loadSeries();
const base = reports[ids.indexOf('pt-zhz-2025')]!;

function nextYear(from: Report): Report {
  const r = clone(from);
  r.meta.year = 2026;
  r.meta.title = r.meta.title!.replace('2025', '2026');
  r.text = { overview: null, problems: null, other: null };
  r.applications.newReceived = { ...r.applications.newReceived, naturalPerson: 0, total: 0 };
  r.applications.notProcessed.complaint = { ...r.applications.notProcessed.complaint, naturalPerson: 0, total: 0 };
  r.applications.totalProcessed = { ...r.applications.totalProcessed, naturalPerson: 0, total: 0 };
  return r;
}

function audit(pair: Report[]) {
  const series = validateSeries(pair).checks;
  const prose = pair.flatMap((r, i) => checkProse(r).checks.map((c) => ({ ...c, report: i })));
  return { series, prose };
}

describe('an edited report fails exactly the edited checks', () => {
  it('unedited: nothing fails, nothing advisory', () => {
    const { series, prose } = audit([base, nextYear(base)]);
    expect(series.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(prose.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(prose).toHaveLength(3);
  });

  it('edited carry-over, prose number and stock', () => {
    const a = clone(base);
    a.text.overview = a.text.overview!.replace('行政处罚决定204起', '行政处罚决定240起');
    expect(a.text.overview).toContain('行政处罚决定240起');
    const b = nextYear(base);
    b.applications.carriedOver.naturalPerson = 2;
    b.activeDisclosure.normativeDocuments.inForce = 3;

    const { series, prose } = audit([a, b]);
    expect(series.filter((c) => c.status === 'fail').map((c) => [c.code, c.paths[1], c.expected, c.actual])).toEqual([
      ['SERIES_CARRY_OVER', 'applications.carriedOver.naturalPerson', 0, 2],
    ]);
    expect(series.filter((c) => c.status === 'advisory').map((c) => [c.code, c.paths[3], c.expected, c.actual])).toEqual([
      ['SERIES_STOCK', 'activeDisclosure.normativeDocuments.inForce', 0, 3],
    ]);
    expect(series.filter((c) => c.status === 'unknown')).toEqual([]);
    expect(prose.filter((c) => c.status !== 'pass').map((c) => [c.code, c.status, c.report, c.paths, c.expected, c.actual])).toEqual([
      ['PROSE_TABLE', 'fail', 0, ['activeDisclosure.penalty.decisions'], 240, 204],
    ]);
  });
});
