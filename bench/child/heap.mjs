/**
 * Heap growth over 1,000 parses (run with --expose-gc). Rotates through every fixture, so
 * every adapter and the OpenCC path take part. Prints one JSON line.
 *
 *   node --expose-gc bench/child/heap.mjs <count> [<fixture file>...]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadFixtures } from '../lib/fixtures.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseReport } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const [countArg, ...files] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const fixtures = files.length > 0 ? files.map((f) => ({ text: readFileSync(f, 'utf8') })) : loadFixtures();

const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
};

// Warm-up: 500 parses over every fixture (JIT code and inline caches, OpenCC dictionary,
// regex caches settle; with a few passes only, these keep adding a few hundred KB).
const warmup = Number(process.env.BENCH_HEAP_WARMUP ?? 500);
for (let i = 0; i < warmup; i++) await parseReport(fixtures[i % fixtures.length].text);
const warm = settle();
const checkpoints = [];
const t0 = performance.now();
let sink = 0;
for (let i = 1; i <= count; i++) {
  const report = await parseReport(fixtures[i % fixtures.length].text);
  sink += report.warnings.length;
  if (i % (count / 4) === 0) checkpoints.push({ parses: i, heapUsed: settle() });
}
const elapsed = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ count, fixtures: fixtures.length, warm, checkpoints, elapsedMs: elapsed, sink })}\n`);
