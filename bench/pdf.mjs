#!/usr/bin/env node
/**
 * The PDF path: parsePdf() from the built dist/pdf.js on every fixtures/pdf/<id>/input.pdf.
 *
 *   node --expose-gc bench/pdf.mjs            prints the section and writes bench/RESULTS-PDF.md
 *   BENCH_QUICK=1 node --expose-gc bench/pdf.mjs
 *
 * Per report: ms per report and per page, split into pdf.js load (import + open), text
 * (getTextContent), operator list (getOperatorList), grid (borders → grids, text → cells and
 * paragraphs) and the rest of the pipeline (normalize, sections, recognizers, schema check).
 * The floor is pdf.js's own getTextContent + getOperatorList over all pages of the same file,
 * called directly in the same process. Memory: heap after GC over 200 parses in this process.
 * npm run bench runs this script and adds its section to bench/RESULTS.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdTable, median, ms, pct } from './lib/stats.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 5 : 20;
const HEAP_PARSES = 200;

const { parsePdf } = await import(pathToFileURL(path.join(root, 'dist', 'pdf.js')).href);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const cMapUrl = `${path.dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')))}/cmaps/`;

const fixturesDir = path.join(root, 'fixtures', 'pdf');
const files = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((id) => existsSync(path.join(fixturesDir, id, 'input.pdf')))
      .sort()
      .map((id) => ({ id, bytes: readFileSync(path.join(fixturesDir, id, 'input.pdf')) }))
  : [];
if (files.length === 0) {
  console.error('bench/pdf.mjs: no fixtures/pdf/<id>/input.pdf to measure');
  process.exit(1);
}

/** pdf.js alone: open, getTextContent + getOperatorList on every page. */
async function floor(bytes) {
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl, verbosity: 0, isEvalSupported: false, disableFontFace: true });
  const doc = await task.promise;
  const t = performance.now();
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    await page.getTextContent();
    await page.getOperatorList();
  }
  const elapsed = performance.now() - t;
  await task.destroy();
  return elapsed;
}

const md = [];
const coldStart = performance.now();
const coldTimings = {};
await parsePdf(files[0].bytes, { timings: coldTimings });
const cold = performance.now() - coldStart;

const rows = [];
const totals = { ours: 0, floor: 0 };
for (const file of files) {
  const samples = { load: [], text: [], operators: [], grid: [], rest: [], total: [], floor: [] };
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const timings = {};
    const t = performance.now();
    await parsePdf(file.bytes, { timings });
    samples.total.push(performance.now() - t);
    for (const k of ['load', 'text', 'operators', 'grid', 'rest']) samples[k].push(timings[k]);
    pages = timings.pages;
    samples.floor.push(await floor(file.bytes));
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const ours = m.grid + m.rest;
  totals.ours += ours;
  totals.floor += m.floor;
  rows.push([file.id, String(pages), ms(m.total), ms(m.total / pages), ms(m.load), ms(m.text), ms(m.operators), ms(m.grid), ms(m.rest), ms(m.floor), pct(ours / m.floor)]);
}

md.push(`Median of ${RUNS} parses per report (ms), after one cold parse (import of pdf.js, worker thread start, first document: ${ms(cold)} ms). "ours" = grid + rest, as a share of the floor (pdf.js's own getTextContent + getOperatorList on the same file, in-process, same run). Target: ours ≤ 25 % of the floor.\n`);
md.push(mdTable(['report', 'pages', 'ms/report', 'ms/page', 'load', 'text', 'operators', 'grid', 'rest', 'floor', 'ours / floor'], rows));
md.push(`\nAll reports: ours / floor = ${pct(totals.ours / totals.floor)} — target ${totals.ours / totals.floor <= 0.25 ? 'met' : 'NOT met'}.\n`);

// Memory: heap after a full GC while parsing the same reports 200 times in one process.
const gc = globalThis.gc;
const heap = [];
if (gc) {
  gc();
  heap.push([0, process.memoryUsage().heapUsed]);
  for (let i = 1; i <= HEAP_PARSES; i++) {
    await parsePdf(files[i % files.length].bytes);
    if (i % 50 === 0) {
      gc();
      heap.push([i, process.memoryUsage().heapUsed]);
    }
  }
  const mb = (b) => (b / 1024 / 1024).toFixed(1);
  md.push(`Heap after GC over ${HEAP_PARSES} parses in one process (main thread; the pdf.js worker thread's heap is capped at 512 MB):\n`);
  md.push(mdTable(['parses', ...heap.map(([n]) => String(n))], [['heap MB', ...heap.map(([, b]) => mb(b))]]));
  const growth = heap[heap.length - 1][1] - heap[1][1];
  md.push(`\nGrowth from parse 50 to ${HEAP_PARSES}: ${mb(growth)} MB (${growth < 5 * 1024 * 1024 ? 'flat' : 'NOT flat'}). RSS at the end: ${mb(process.memoryUsage().rss)} MB.\n`);
} else {
  md.push('Memory not measured: run with `node --expose-gc`.\n');
}

const text = md.join('\n');
console.log(text);
writeFileSync(path.join(benchDir, 'RESULTS-PDF.md'), `# zfxxgk/pdf benchmark\n\nGenerated by \`node --expose-gc bench/pdf.mjs\` (also run by \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, pdfjs-dist ${pdfjs.version}.\n\n${text}\n`);
// The worker thread is unref'd; pdf.js's own floor documents are destroyed; nothing keeps the process.
