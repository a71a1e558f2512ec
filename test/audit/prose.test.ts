import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Edition, type Report, checkProse, readStatements } from '../../src/index.js';
import { parseCount } from '../../src/audit/prose/numerals.js';
import { loadFixtures, loadMarkdownFixtures, loadPdfFixtures } from '../fixture-helpers.js';
import { clone, loadSeries } from './series-helpers.js';

interface ProseFixture {
  report: string;
  year: number;
  edition: Edition;
  previous?: string;
  sentence: string;
  statements: { written: string; value: number; paths: string[] }[];
}

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'prose', 'statements.json');
const cases = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ProseFixture[];

describe('statements of real prose (fixtures/prose)', () => {
  it('cover at least ten reports', () => {
    expect(new Set(cases.filter((c) => c.statements.length > 0).map((c) => c.report)).size).toBeGreaterThanOrEqual(10);
  });
  for (const c of cases) {
    it(`${c.report}: ${c.sentence.slice(0, 30)}…`, () => {
      const text = c.previous === undefined ? c.sentence : `${c.previous}${c.sentence}`;
      const { statements } = readStatements(text, { year: c.year, edition: c.edition });
      const mine = statements.filter((s) => s.sentence === c.sentence);
      expect(mine.map((s) => ({ written: s.written, value: s.value, paths: [...s.paths] }))).toEqual(c.statements);
      if (c.previous === undefined) expect(statements).toHaveLength(mine.length);
    });
  }
});

describe('numbers', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(['57', '3,068', '十二', '十', '二十五', '一百零三', '两千', '零', '一万零五'].map(parseCount)).toEqual([
      57, 3068, 12, 10, 25, 103, 2000, 0, 10005,
    ]);
    expect(['二三', '二〇二三', '百', '十百', 'abc', ''].map(parseCount)).toEqual([null, null, null, null, null, null]);
  });

  it('reads 十二件 and skips approximations, comparisons and other years', () => {
    const read = (t: string) => readStatements(t, { year: 2023, edition: '2021' }).statements.map((s) => [s.value, s.paths[0]]);
    expect(read('全年共收到政府信息公开申请十二件。')).toEqual([[12, 'applications.newReceived.total']]);
    expect(read('上年结转3件，结转下年度2件。')).toEqual([
      [3, 'applications.carriedOver.total'],
      [2, 'applications.carriedForward.total'],
    ]);
    expect(read('本年制发规范性文件6件。')).toEqual([[6, 'activeDisclosure.normativeDocuments.issued']]);
    expect(read('共收到政府信息公开申请100余件。')).toEqual([]);
    expect(read('共收到政府信息公开申请50件以上。')).toEqual([]);
    expect(read('收到政府信息公开申请较上年增加5件。')).toEqual([]);
    expect(read('2022年共收到政府信息公开申请4件。')).toEqual([]);
    expect(read('主动公开政府信息128条、依申请公开130条、不予公开55条。')).toEqual([]);
  });

  it('maps 制发 to the 2019 edition column in a 2019-edition report', () => {
    const { statements } = readStatements('制发规范性文件2件。', { year: 2020, edition: '2019' });
    expect(statements.map((s) => s.paths)).toEqual([['activeDisclosure.normativeDocuments.newlyMade']]);
  });
});

describe('checkProse', () => {
  it('raises no alarm on any fixture prose', () => {
    const { reports } = loadSeries();
    const expected = [...loadFixtures(), ...loadPdfFixtures(), ...loadMarkdownFixtures()].map((f) => f.expected);
    const all = [...expected.map((e) => ({ ...e, warnings: [] }) as unknown as Report), ...reports];
    let read = 0;
    for (const report of all) {
      const { ok, checks } = checkProse(report);
      expect({ title: report.meta.title, failed: checks.filter((c) => c.status === 'fail') }).toEqual({ title: report.meta.title, failed: [] });
      expect(ok).toBe(true);
      read += checks.length;
    }
    expect(read).toBeGreaterThanOrEqual(10);
  });

  it('quotes the sentence and names both sides', () => {
    const { reports } = loadSeries();
    const r = clone(reports[5]!); // pt-zhz-2025
    const { checks } = checkProse(r);
    expect(checks.map((c) => [c.status, c.paths[0], c.expected, c.actual])).toEqual([
      ['pass', 'activeDisclosure.penalty.decisions', 204, 204],
      ['pass', 'applications.newReceived.total', 1, 1],
      ['pass', 'reviewLitigation.review.total', 1, 1],
    ]);
    expect(checks[1]!.quote).toContain('我局收到政府信息公开申请1条');
    expect(checks[1]!.section).toBe('overview');
    r.activeDisclosure.penalty.decisions = 205;
    const failed = checkProse(r).checks.filter((c) => c.status === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toBe('一、总体情况写“立案查处各类违法行为并作出行政处罚决定204起”（204），表格行政处罚·处理决定数量却为205');
  });

  it('survives junk', () => {
    expect(checkProse({} as Report).checks).toEqual([]);
    expect(checkProse({ meta: null, text: { overview: 42 } } as unknown as Report).checks).toEqual([]);
  });
});

describe('hostile prose', () => {
  it('reads a 2 MB sentence full of numbers in linear time', () => {
    const unit = '收到政府信息公开申请12件、2019年';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const t0 = performance.now();
    const { statements } = readStatements(text, { year: 2020, edition: '2021' });
    expect(performance.now() - t0).toBeLessThan(5_000);
    // the first statement comes before any year; every later one follows a 2019年
    expect(statements).toHaveLength(1);
  });

  it('reads a 2 MB text of short sentences', () => {
    const text = '共收到政府信息公开申请3件。'.repeat(150_000);
    const t0 = performance.now();
    const { statements } = readStatements(text, { year: 2020, edition: '2021' });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(statements).toHaveLength(150_000);
  });
});
