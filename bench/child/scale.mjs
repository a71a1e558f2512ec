/**
 * The scaling run (in its own process, so 10 MB inputs do not weigh on the other
 * measurements): one report padded to each size, median parse time (min(wall, process CPU)
 * per call as in run.mjs, or one clock with BENCH_CLOCK; the wall-clock median is kept too).
 * Prints one JSON line.
 *
 *   node bench/child/scale.mjs <text|html> <size in bytes>...
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { htmlPage, padText } from '../lib/scale.mjs';
import { median } from '../lib/stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseReport } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const [kind, ...sizes] = process.argv.slice(2);
const base = readFileSync(path.join(root, 'fixtures', 'seed-001', 'input.txt'), 'utf8');
const values = (r) => JSON.stringify([r.activeDisclosure, r.applications, r.reviewLitigation, r.meta.year, r.meta.edition]);
const expected = values(await parseReport(kind === 'html' ? htmlPage(base) : base));

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** One timed call: min(wall, process CPU) by default, or one clock (BENCH_CLOCK=wall|cpu), as in run.mjs. */
async function time(fn) {
  const w0 = performance.now();
  const c0 = cpuNow();
  await fn();
  const c = cpuNow() - c0;
  const w = performance.now() - w0;
  const clock = process.env.BENCH_CLOCK;
  return { ms: clock === 'wall' ? w : clock === 'cpu' ? c : Math.min(w, c), wall: w };
}
const results = [];
for (const size of sizes.map(Number)) {
  const text = kind === 'html' ? htmlPage(base, size) : padText(base, size);
  const bytes = Buffer.byteLength(text);
  // Small inputs: many runs within a time budget; large ones: a few.
  const budgetMs = size >= 5e6 ? 0 : 1200;
  const minRuns = size >= 5e6 ? 3 : size >= 5e5 ? 5 : 30;
  const warmRuns = size >= 5e6 ? 1 : size >= 5e5 ? 2 : 30;
  try {
    let report;
    for (let i = 0; i < warmRuns; i++) report = await parseReport(text);
    const times = [];
    const walls = [];
    const start = performance.now();
    while (times.length < minRuns || performance.now() - start < budgetMs) {
      const t = await time(async () => {
        report = await parseReport(text);
      });
      times.push(t.ms);
      walls.push(t.wall);
      if (times.length >= 2000) break;
    }
    // The floor at the same size (fromHtml alone / one split pass), to tell the parser's own
    // scaling from the input's: the same number of runs, after one warm-up call.
    const floor = kind === 'html' ? () => fromHtml(text) : () => text.split('\n').map((l) => l.split(/\t| \| /));
    floor();
    const floors = [];
    for (let i = 0; i < Math.min(times.length, 200); i++) floors.push((await time(floor)).ms);
    results.push({ size, bytes, chars: text.length, runs: times.length, medianMs: median(times), wallMedianMs: median(walls), floorMs: median(floors), valuesIntact: values(report) === expected, warnings: report.warnings.length });
  } catch (error) {
    results.push({ size, bytes, chars: text.length, error: `${error?.name ?? 'Error'}: ${error?.message ?? error}`, where: String(error?.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ← ') });
  }
}
process.stdout.write(`${JSON.stringify({ kind, results })}\n`);
