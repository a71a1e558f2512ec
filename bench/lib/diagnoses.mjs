/**
 * What the bench knows about the hot spots its CPU profiles show: for a function (as named in
 * the bundled dist/index.js, or by its package), which step it belongs to, why it costs what
 * it does, and the fix proposed for src/. A diagnosis whose fix is already in the source says
 * so (checked against the file), so RESULTS.md stays true after the fixes land.
 *
 * Measured effects quoted here come from a prototype in a scratch copy of the repo, outside
 * it (CPU-time medians, A/B interleaved, on the machine of RESULTS.md), not from the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function source(file) {
  const p = path.join(root, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/** name → { file, fixed (regex found in the file once the fix is in), text } */
const BY_FUNCTION = {
  detectScript: {
    file: 'src/normalize/script.ts',
    fixed: /charCodeAt/,
    step: 'normalize',
    text: '`text[i]` allocates a one-character string per CJK character and does two Set lookups, over up to 200,000 characters (on HTML, the whole markup). Fix: a Uint8Array(65536) table indexed by charCodeAt.',
  },
  splitLines: {
    file: 'src/adapters/choose.ts',
    fixed: /confidence === 1\) break/,
    step: 'detect',
    text: 'chooseAdapter runs every detector even after html returned 1; tsv, pipe, glued and lines each split the whole input into lines (on a 240 KB page, 0.6–0.8 ms). Fix: stop at confidence 1 (ties keep the earlier adapter, so nothing later can win).',
  },
  lineShare: { alias: 'splitLines' },
  readCell: {
    file: 'src/recognizers/numbers.ts',
    fixed: /\\d\{1,15\}/,
    step: 'cells',
    text: 'called twice per table cell (cellStream\'s `values`, then again in `push`); each call runs PLACEHOLDER, five replace() and NUMBER even on `0`. Fix: value computed once and passed to push; fast path for plain digits; skip the replaces unless /[＋－−．，\\s]/ matches.',
  },
  cellStream: {
    file: 'src/recognizers/cells.ts',
    fixed: /value\?: CellValue/,
    step: 'cells',
    text: 'readCell twice and labelKey (four regex passes) twice per cell — once to find the row label, once in push. Fix: compute value and key once per cell; key only for text cells.',
  },
  push: { alias: 'cellStream' },
  labelKey: { alias: 'cellStream' },
  isRowLabel: {
    file: 'src/parse.ts',
    step: 'cells',
    text: 'up to 34 regexes per text cell while looking for the row label (linear; cheaper once cellStream stops calling labelKey twice).',
  },
  tableStreams: {
    file: 'src/parse.ts',
    fixed: /for \(const cell of cellStream/,
    step: 'cells',
    text: '`stream.push(...cellStream(…))` spreads every cell of a section as call arguments — RangeError (call stack) above ~120k cells (a ~1.7 MB text report). Fix: push in a loop (also `region.push(...blocks)`).',
  },
  readTableSection: {
    file: 'src/adapters/glued.ts',
    fixed: /VOCABULARY_BY_FIRST/,
    step: 'read (glued)',
    text: 'cutLabel (inlined here) tries all ~45 VOCABULARY words with startsWith at every character of every label, and slices 3 characters per position for NUMBERING. Fix: index the vocabulary by first character; test NUMBERING only at 一二三四(.',
  },
  cutLabel: { alias: 'readTableSection' },
  findFirst: {
    file: 'src/adapters/html.ts',
    fixed: /byClass/,
    step: 'read (html)',
    text: 'findContainer walks the whole tree once per id and per class (up to 10 breadth-first walks, each allocating a queue of every node and a class array per element). Fix: one walk collecting candidates per id/class, then test them in priority order.',
  },
  findContainer: { alias: 'findFirst' },
  classList: { alias: 'findFirst' },
  '(garbage collector)': {
    step: 'GC',
    text: 'the parses\' garbage. Its share grows with the input once the cells one parse keeps alive outgrow V8\'s young generation (compare the 1 MB profile with the fixture profiles): scavenges then copy them. Fewer objects per cell (no second readCell/labelKey, a shared blank value) lower it.',
  },
};

/** Packages by path prefix: what their time is. */
const BY_PACKAGE = [
  [/^(parse5|hast-util-from-parse5|hastscript|property-information|vfile-location|web-namespaces|hast-util-from-html)\//, 'fromHtml (the HTML floor itself)'],
  [/^hast-util-to-text\//, 'toText in the html adapter: hasReportText on container candidates, every table cell, the title'],
  [/^opencc-js\//, 'OpenCC conversion (the traditional floor)'],
];

/** Whether the fix a proposal or diagnosis names (a BY_FUNCTION key) is already in the source. */
export function fixInPlace(key) {
  const entry = BY_FUNCTION[key];
  return Boolean(entry?.fixed && entry.fixed.test(source(entry.file)));
}

/**
 * The diagnosis of a profiled function, or null: `short` gives where and which step
 * (for tables), the full form adds why and the fix.
 */
export function diagnose(name, where = '', { short = false } = {}) {
  for (const [pattern, text] of BY_PACKAGE) if (pattern.test(where)) return text;
  let entry = BY_FUNCTION[name];
  if (entry?.alias) entry = BY_FUNCTION[entry.alias];
  if (!entry) return null;
  if (name !== '(garbage collector)' && !where.startsWith('dist/')) return null; // a function of the same name in a package
  const fixed = entry.fixed && entry.fixed.test(source(entry.file)) ? ' (fix in place)' : '';
  const head = entry.file ? `${entry.step} · ${entry.file}${fixed}` : entry.step;
  return short ? head : `${head}: ${entry.text}`;
}

/** The fixes proposed for src/, with the effect measured on the prototype. */
export const PROPOSALS = [
  {
    fix: 'tableStreams',
    title: 'Text over 1.7 MB throws RangeError — src/parse.ts tableStreams()',
    text: '`stream.push(...cellStream(section, …))` (and `region.push(...blocks)`) pass every cell as a call argument; with ~120k+ cells the call stack overflows and parseReport throws `RangeError: Maximum call stack size exceeded` (the 10 MB text point of the scaling run; bisected: fails from ~1.72 MB of pipe text). Fix: `for (const cell of cellStream(…)) stream.push(cell)`. Prototype: 10 MB parses (≈ 0.49 s), report values unchanged. (Landed meanwhile in 4f7333e "Hostile input: no spread of huge arrays…".)',
  },
  {
    fix: 'detectScript',
    title: 'detectScript — src/normalize/script.ts',
    text: 'Top self time in every text profile (12–18 %) and in the HTML one outside fromHtml (9–14 %). `text[i]` creates a string per CJK character and does two Set lookups for up to 200,000 characters. Fix: `const SCRIPT_OF = new Uint8Array(0x10000)` filled from the two character sets (1 = traditional, 2 = simplified), loop on `SCRIPT_OF[text.charCodeAt(i)]`. Prototype: every text report −15–22 % (seed-001 0.53 → 0.43 ms), HTML −8–22 %.',
  },
  {
    fix: 'splitLines',
    title: 'Stop detecting at confidence 1 — src/adapters/choose.ts chooseAdapter()',
    text: 'After html returns 1, the four other detectors still split the whole page into lines (splitLines/lineShare in the HTML profile; detect is 0.6–0.8 ms per page in the step breakdown). `if (confidence === 1) break;` inside the `confidence > bestConfidence` branch keeps the result identical (a later adapter can only tie, and ties keep the earlier one). Prototype: HTML detect 0.6–0.8 ms → 0.015 ms.',
  },
  {
    fix: 'readCell',
    title: 'One readCell and one labelKey per cell — src/recognizers/cells.ts cellStream(), src/recognizers/numbers.ts readCell()',
    text: 'cellStream computes `values = row.map(readCell)` and `labelKey(cell.text)` to find the row label, then `push` computes both again for every cell; readCell runs PLACEHOLDER, five replace() and NUMBER even for `0`. Fix: `push(text, line, value?, key?)` reusing the row\'s values/keys; in readCell a fast path `if (/^\\d{1,15}$/.test(text)) return { kind: \'number\', value: Number(text), unit: null }` and the five replaces only when `/[＋－−．，\\s]/.test(text)`; key = text for non-text cells (only labels are matched by key); a shared frozen blank value. Prototype: pipe −15–18 % (cells once) and −16 % more (fast path), tsv −11 % and −8 %, glued −11 %; 1 MB text 51 → 42 ns/byte.',
  },
  {
    fix: 'readTableSection',
    title: 'Glued labels: vocabulary by first character — src/adapters/glued.ts cutLabel()',
    text: '`VOCABULARY.find((w) => text.startsWith(w, i))` tries ~45 words at every character of every label run, and `NUMBERING.exec(text.slice(i, i + 3))` slices at every position. Fix: a `Map<firstChar, words[]>` built once (same longest-first order), NUMBERING only when text[i] is 一二三四 or (. Prototype: glued reports −13–22 %.',
  },
  {
    fix: 'findFirst',
    title: 'findContainer in one walk — src/adapters/html.ts',
    text: 'Up to 10 breadth-first walks of the whole tree (one per id and class name), each allocating a queue of every node and `classList()` arrays. Fix: one walk collecting the candidates per id/class in walk order, then `hasReportText` on them in the same priority order (same element chosen). Prototype: findContainer 0.40–0.92 ms → 0.28–0.49 ms per page.',
  },
  {
    title: 'Combined effect (prototype with all of the above)',
    text: 'This bench on a scratch copy of the current source plus the five changes still open (tsup build, same machine, right before the run reported here; compare with the tables above, measured on the unchanged source): text medians 0.21–0.29 ms (all ten within 0.5 ms); HTML parse / fromHtml 1.32–1.58×; traditional 0.27 ms (1.16×); validate unchanged; heap flat. Every fixture\'s report is identical (JSON) to the unchanged build\'s, and the fixture, unit, validate, schema, custom-adapter, robustness and CLI tests pass on the copy (938 of 939; the one failure is a copy artifact: a generated file embeds the node_modules path, a symlink there).',
  },
  {
    title: 'Scaling stays outside ±30 % — what is left',
    text: 'Text: on the unchanged source the slope is inside ±30 % (1.19× when this was written; see the scaling table), because its per-cell work hides the GC step; with the fixes it is 24 → 21 → 32 → 34 ns/byte from 10 KB to 10 MB (1.43×), while the split floor stays at 1.5–2.7 ns/byte. The step is between 100 KB and 1 MB and it is GC: 5 % of the samples on the fixtures, 16 % on the 1 MB report; `--trace-gc` shows scavenges in the middle of one parse copying its live cells once a parse allocates more than the young generation, and `--max-semi-space-size=128` takes the 1 MB point from 52 to 42 ns/byte. Flattening it means fewer live objects per cell (cellStream without the per-row `values`/`keys` arrays, no SourceCell → StreamCell copy for value cells, blocks released once a section is streamed): a structural change, not a hot spot. HTML: parse per byte follows fromHtml per byte (the floor itself costs ~4× more per byte on the 13 KB table-heavy page than on the <p>-padded 100 KB one); parse / fromHtml stays 1.8–2.0× at every size, so the HTML slope measures the padding mix, not the parser.',
  },
];
