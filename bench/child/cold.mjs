/**
 * Cold start, in a fresh process: `import()` of the built dist/index.js, then the first and
 * the second parseReport of one fixture. Prints one JSON line with wall-clock and CPU times.
 *
 *   node bench/child/cold.mjs <fixture file> [<warm-up fixture file>]
 *
 * With a warm-up fixture, that one is parsed first (untimed), so the timed first parse
 * isolates what the fixture's own shape loads (OpenCC's dictionary for traditional text).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, warmFile] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const warm = warmFile ? readFileSync(warmFile, 'utf8') : null;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const marks = [];
const mark = () => marks.push([performance.now(), cpu()]);

mark();
const { parseReport } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
mark();
if (warm !== null) await parseReport(warm);
mark();
await parseReport(text);
mark();
await parseReport(text);
mark();
const span = (a, b, k) => marks[b][k] - marks[a][k];
process.stdout.write(
  `${JSON.stringify({
    importMs: span(0, 1, 0),
    firstMs: span(2, 3, 0),
    secondMs: span(3, 4, 0),
    importCpuMs: span(0, 1, 1),
    firstCpuMs: span(2, 3, 1),
    secondCpuMs: span(3, 4, 1),
    processUptimeMs: marks[0][0],
  })}\n`,
);
