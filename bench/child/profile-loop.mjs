/**
 * A loop of parses (or validate() calls) for node --cpu-prof. Runs each fixture given in
 * turn for about `ms` milliseconds in total.
 *
 *   node --cpu-prof --cpu-prof-dir=DIR bench/child/profile-loop.mjs <parse|validate> <ms> <fixture file>...
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseReport, validate } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const [mode, ms, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const reports = [];
for (const text of texts) reports.push(await parseReport(text));

const end = performance.now() + Number(ms);
let n = 0;
while (performance.now() < end) {
  const i = n++ % texts.length;
  if (mode === 'validate') validate(reports[i]);
  else await parseReport(texts[i]);
}
process.stdout.write(`${JSON.stringify({ mode, iterations: n })}\n`);
