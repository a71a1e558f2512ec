#!/usr/bin/env node
/**
 * npm run bench (after run.mjs): the audit functions on the built dist/index.js —
 * validateSeries over 1,000 reports (target ≤ 50 ms), checkProse per report, and auditPage
 * for 27 reports. Replaces its own section at the end of bench/RESULTS.md.
 *
 * The 1,000 reports: 100 organizations × 10 consecutive years (2016–2025), made from two
 * hand-written series fixtures (pt-zhz-2020, 2019 edition, for 2016–2020; pt-zhz-2021, 2021
 * edition, for 2021–2025), given in shuffled order (a fixed permutation), so grouping,
 * ordering, carry-over, the 2019 上一年项目数量 and the stock checks all run.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { putSection } from './lib/results.mjs';
import { mdTable, ms, quantile, sorted } from './lib/stats.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const TARGET_MS = 50;
const { validateSeries, checkProse, auditPage } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

const fixture = (name) => JSON.parse(readFileSync(path.join(root, 'fixtures', 'series', 'pt-zhz', `${name}.json`), 'utf8'));
const edition2019 = fixture('pt-zhz-2020');
const edition2021 = fixture('pt-zhz-2021');

function thousandReports() {
  const out = [];
  for (let org = 0; org < 100; org++) {
    for (let year = 2016; year <= 2025; year++) {
      const r = structuredClone(year <= 2020 ? edition2019 : edition2021);
      r.meta.organization = `平潭综合实验区第${org + 1}局`;
      r.meta.year = year;
      out.push(r);
    }
  }
  // a fixed permutation (multiplicative step coprime with 1000), so input order is not year order
  return out.map((_, i) => out[(i * 617) % out.length]);
}

function time(fn, runs) {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  const s = sorted(samples);
  return { min: s[0], median: quantile(s, 0.5), p95: quantile(s, 0.95), runs };
}

const reports = thousandReports();
const series = validateSeries(reports);
const counts = {};
for (const c of series.checks) counts[c.status] = (counts[c.status] ?? 0) + 1;
const seriesTime = time(() => validateSeries(reports), QUICK ? 30 : 200);

const proseReports = [edition2019, edition2021, fixture('pt-zhz-2025')];
const proseTime = time(() => {
  for (const r of proseReports) checkProse(r);
}, QUICK ? 100 : 1000);

const page27 = Array.from({ length: 27 }, (_, i) => ({ name: `r${i}.json`, report: reports[i] }));
let pageBytes = 0;
const pageTime = time(() => {
  pageBytes = auditPage(page27).length;
}, QUICK ? 5 : 30);

const rows = [
  ['validateSeries, 1,000 reports (100 organizations × 10 years)', ms(seriesTime.min), ms(seriesTime.median), ms(seriesTime.p95), seriesTime.runs, `${series.checks.length} checks: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} (the cloned 2019-edition years repeat one 本年增/减, so 上一年项目数量 fails by construction)`],
  ['checkProse, per report (3 reports with prose)', ms(proseTime.min / proseReports.length), ms(proseTime.median / proseReports.length), ms(proseTime.p95 / proseReports.length), proseTime.runs, ''],
  ['auditPage, 27 reports', ms(pageTime.min), ms(pageTime.median), ms(pageTime.p95), pageTime.runs, `${(pageBytes / 1024).toFixed(0)} KB of HTML`],
];
const verdict = seriesTime.median <= TARGET_MS ? `within the ${TARGET_MS} ms target` : `OVER the ${TARGET_MS} ms target`;
const section = [
  '<!-- audit-bench -->',
  '## Audit functions',
  '',
  `bench/series.mjs on dist/index.js, wall clock (performance.now), ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, load average ${loadavg()[0].toFixed(2)} at the end (2 cores; above 2, other processes shared the CPU and medians are inflated — min is the least disturbed run). validateSeries over 1,000 reports: median ${ms(seriesTime.median)} ms, ${verdict}.`,
  '',
  mdTable(['task', 'min ms', 'median ms', 'p95 ms', 'runs', 'notes'], rows),
  '',
].join('\n');

putSection('<!-- audit-bench -->', section);
console.log(section);
