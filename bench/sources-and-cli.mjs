#!/usr/bin/env node
/**
 * npm run bench (after series.mjs): two figures the issues ask for, each against a floor of the
 * same run, appended as their own section of bench/RESULTS.md.
 *
 * - `{ sources: true }`: parseReport with and without it on every text and HTML fixture,
 *   alternating, min(wall, CPU) per call; the overhead is the ratio of the medians (target ≤ 1.2×).
 * - The command line on PDFs: `zfxxgk parse <folder of 50 PDFs>` with --jobs 1 and --jobs 2, in
 *   files per second (wall clock); the floor is the same command on one PDF (process start,
 *   pdf.js load and one parse), so the rate is what the folder adds.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { putSection } from './lib/results.mjs';
import { mdTable, ms, quantile, sorted } from './lib/stats.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const { parseReport } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(cpu);
    return Math.min(performance.now() - wall, (c.user + c.system) / 1000);
  };
}

// --- sources overhead -------------------------------------------------------------------
const fixtures = readdirSync(path.join(root, 'fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => {
    const dir = path.join(root, 'fixtures', e.name);
    const file = ['input.html', 'input.txt'].map((f) => path.join(dir, f)).find(existsSync);
    return file ? { name: e.name, input: readFileSync(file, 'utf8') } : null;
  })
  .filter((f) => f !== null);

const runs = QUICK ? 20 : 100;
const plain = [];
const traced = [];
for (const { input } of fixtures) {
  for (let i = 0; i < 5; i++) {
    await parseReport(input);
    await parseReport(input, { sources: true });
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    let stop = clock();
    await parseReport(input);
    a.push(stop());
    stop = clock();
    await parseReport(input, { sources: true });
    b.push(stop());
  }
  plain.push(quantile(sorted(a), 0.5));
  traced.push(quantile(sorted(b), 0.5));
}
const sum = (list) => list.reduce((x, y) => x + y, 0);
const overhead = sum(traced) / sum(plain);
const worst = Math.max(...traced.map((t, i) => t / plain[i]));

// --- the command line on a folder of PDFs -------------------------------------------------
const pdf = path.join(root, 'fixtures', 'pdf', 'hzq-2023', 'input.pdf');
const cli = path.join(root, 'dist', 'cli.js');
const cliRows = [];
if (existsSync(pdf) && existsSync(cli)) {
  const dir = mkdtempSync(path.join(tmpdir(), 'zfxxgk-bench-'));
  const count = QUICK ? 10 : 50;
  for (let i = 0; i < count; i++) copyFileSync(pdf, path.join(dir, `report-${String(i).padStart(2, '0')}.pdf`));
  const timed = (args) => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { seconds: (performance.now() - t0) / 1000, ok: run.status === 0 };
  };
  const one = timed(['parse', pdf]);
  cliRows.push(['one PDF (the floor: process, pdf.js load, one parse)', one.seconds.toFixed(2), '', one.ok ? 'ok' : 'FAILED']);
  for (const jobs of [1, 2]) {
    const r = timed(['parse', dir, '--jobs', String(jobs)]);
    cliRows.push([`${count} PDFs, --jobs ${jobs}`, r.seconds.toFixed(2), (count / r.seconds).toFixed(1), r.ok ? 'ok' : 'FAILED']);
  }
  rmSync(dir, { recursive: true, force: true });
}

const section = [
  '<!-- sources-cli-bench -->',
  '## Sources and the command line on PDFs',
  '',
  `bench/sources-and-cli.mjs on dist/, ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, load average ${loadavg()[0].toFixed(2)} at the end (2 cores).`,
  '',
  `\`parseReport(input, { sources: true })\` against \`parseReport(input)\` over ${fixtures.length} text and HTML fixtures (median per report, min(wall, CPU), ${runs} alternating runs each): ${ms(sum(traced) / fixtures.length)} ms against ${ms(sum(plain) / fixtures.length)} ms, **${overhead.toFixed(2)}×** (target ≤ 1.20×; worst fixture ${worst.toFixed(2)}×).`,
  '',
  mdTable(['zfxxgk parse, hzq-2023.pdf (5 pages)', 'seconds', 'files/s', 'status'], cliRows),
  '',
].join('\n');

putSection('<!-- sources-cli-bench -->', section);
console.log(section);
