/**
 * Builds bench/.cache/steps.mjs: the pipeline from the TypeScript sources with a clock mark
 * injected before the first statement of each step of parseReport (src/parse.ts) and of the
 * HTML adapter's readPage() (src/adapters/html.ts). The marks go into bench/marks.ts's arrays.
 *
 * Anchors are statement prefixes searched in order from the function's start. A missing
 * parse.ts anchor fails the build with a message naming it (the step breakdown is then
 * skipped, the rest of the bench still runs); missing html.ts anchors only drop the HTML
 * read sub-steps.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchDir = path.resolve(here, '..');
const root = path.resolve(benchDir, '..');
export const stepsBundle = path.join(benchDir, '.cache', 'steps.mjs');

/** [mark index, anchor] in parse.ts's run() (normalize, detect, read); step k spans mark k-1 → mark k. */
export const PARSE_ANCHORS = [
  [0, 'const normalized = await normalize('],
  [1, 'adapter = chooseAdapter('],
  [2, 'read = readWith('],
];
/** [mark index, anchor] in report/from-blocks.ts's reportFromBlocks (the rest of the pipeline). */
export const BLOCKS_ANCHORS = [
  [3, 'const report = emptyReport('],
  [4, 'const streams = tableStreams('],
  [5, 'const active = '],
  [6, 'const title = findTitle('],
  [7, 'const edition = decideEdition('],
  [8, 'report.text.overview = '],
  [9, 'assertSchema(report)'],
  [10, 'return report;'],
];
/** Steps of the breakdown: [name, from mark, to mark]. */
export const STEPS = [
  ['normalize', 0, 1],
  ['detect', 1, 2],
  ['read', 2, 3],
  ['sections', 3, 4],
  ['cells', 4, 5],
  ['scan', 5, 6],
  ['meta', 6, 7],
  ['place', 7, 8],
  ['text', 8, 9],
  ['schema', 9, 10],
];
/** The steps that make up "recognize" (cell streams → placed fields, meta and prose). */
export const RECOGNIZE = ['cells', 'scan', 'meta', 'place', 'text'];

export const HTML_ANCHORS = [
  [20, 'const tree = htmlTree('],
  [21, 'const container = findContainer('],
  [22, 'const blocks = readBlocks('],
  [23, 'if (container'],
  [24, 'const title = pageTitle('],
  [25, 'return blocks;'],
];
export const HTML_STEPS = [
  ['htmlTree', 20, 21],
  ['findContainer', 21, 22],
  ['readBlocks', 22, 23],
  ['TEXT_DROPPED check', 23, 24],
  ['pageTitle', 24, 25],
];

function inject(source, startMarker, anchors, file) {
  let from = source.indexOf(startMarker);
  if (from < 0) return { error: `${file}: "${startMarker}" not found` };
  let out = '';
  let copied = 0;
  for (const [index, anchor] of anchors) {
    const at = source.indexOf(anchor, from);
    if (at < 0) return { error: `${file}: anchor "${anchor}" not found after "${startMarker}" (update bench/lib/instrument.mjs)` };
    out += source.slice(copied, at) + `__benchMark(${index}); `;
    copied = at;
    from = at + anchor.length;
  }
  out += source.slice(copied);
  const marksPath = JSON.stringify(path.join(benchDir, 'marks.ts'));
  return { contents: `import { mark as __benchMark } from ${marksPath};\n${out}` };
}

/** Bundles the instrumented pipeline; returns { ok, htmlSteps, notes }. */
export async function buildSteps() {
  const notes = [];
  let htmlSteps = true;
  const plugin = {
    name: 'bench-marks',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]parse\.ts$/ }, async (args) => {
        const result = inject(await readFile(args.path, 'utf8'), 'async function run(', PARSE_ANCHORS, 'src/parse.ts');
        if (result.error) return { errors: [{ text: result.error }] };
        return { contents: result.contents, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
      b.onLoad({ filter: /[\\/]src[\\/]report[\\/]from-blocks\.ts$/ }, async (args) => {
        const result = inject(await readFile(args.path, 'utf8'), 'export function reportFromBlocks', BLOCKS_ANCHORS, 'src/report/from-blocks.ts');
        if (result.error) return { errors: [{ text: result.error }] };
        return { contents: result.contents, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
      b.onLoad({ filter: /[\\/]src[\\/]adapters[\\/]html\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const result = inject(source, 'function readPage(', HTML_ANCHORS, 'src/adapters/html.ts');
        if (result.error) {
          htmlSteps = false;
          notes.push(`HTML read sub-steps skipped: ${result.error}`);
          return { contents: source, loader: 'ts', resolveDir: path.dirname(args.path) };
        }
        return { contents: result.contents, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(benchDir, 'steps.ts')],
    outfile: stepsBundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    charset: 'utf8',
    packages: 'external',
    logLevel: 'silent',
    plugins: [plugin],
  });
  return { htmlSteps, notes };
}
