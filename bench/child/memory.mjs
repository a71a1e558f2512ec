/**
 * One memory measurement in a fresh process: the peak resident set (getrusage maxRSS, a
 * high-water mark) added by one call, over the process's peak before it. Prints one JSON line.
 *
 *   node bench/child/memory.mjs <parse|read|floor> <shape> <bytes>
 *
 * parse: parseReport(input, { layout: shape }) on the shape's worst-case input.
 * read:  the adapter's read(input) alone (its blocks, before sections and recognizers).
 * floor: what any reader of that shape must do — text: split into lines; HTML: parse5's tree
 *        with source positions (the tree the html adapter builds on).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { readFileSync } from 'node:fs';
import { PAGE_CASE, worstCase } from '../lib/hostile.mjs';
import { htmlPage } from '../lib/scale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lib = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const { parseReport } = lib;
const [mode, shape, size] = process.argv.slice(2);
const page = shape === PAGE_CASE.shape;
const layout = page ? PAGE_CASE.layout : shape;
const text = page ? htmlPage(readFileSync(path.join(root, 'fixtures', 'seed-001', 'input.txt'), 'utf8'), Number(size)) : worstCase(shape, Number(size));
const bytes = Buffer.byteLength(text);
const peakKb = () => process.resourceUsage().maxRSS;

const before = peakKb();
const t0 = performance.now();
let outcome = 'report';
let sink;
if (mode === 'floor') sink = layout === 'html' ? parse(text, { sourceCodeLocationInfo: true }) : text.split('\n');
else if (mode === 'read') sink = lib.builtinAdapters.find((adapter) => adapter.name === layout).read(text);
else {
  try {
    sink = await parseReport(text, { layout });
  } catch (error) {
    outcome = error?.code ?? String(error);
  }
}
const ms = performance.now() - t0;
const after = peakKb();
process.stdout.write(`${JSON.stringify({ mode, shape, bytes, ms, peakBytes: (after - before) * 1024, outcome, kept: sink === undefined ? 0 : 1 })}\n`);
