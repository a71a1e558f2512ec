import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutAdapter, markdownAdapter } from '../src/adapters/index.js';
import { parseReport } from '../src/index.js';
import type { Adapter, TableBlock } from '../src/model.js';
import { normalize } from '../src/normalize/index.js';
import { FIXTURES } from './fixture-helpers.js';

/**
 * Text extracted from PDFs: every `fixtures/pdf/<id>/layout.txt` (`pdftotext -layout`) and
 * every `fixtures/markdown/<id>/input.md` (a PDF-to-Markdown converter's output), against the
 * true values in the folder's expected.json.
 *
 * A wrong number fails the test; a null where the source had a number only lowers recall,
 * printed per fixture. The adapters' grids are checked on their own too: each table 三 row
 * found by its label holds the row's values in the right columns.
 */
interface Case {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  adapter: Adapter;
}

function cases(folder: string, file: string, adapter: Adapter): Case[] {
  const root = join(FIXTURES, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, file)))
    .map((entry) => ({
      name: `${folder}/${entry.name}`,
      input: readFileSync(join(root, entry.name, file), 'utf8'),
      expected: JSON.parse(readFileSync(join(root, entry.name, 'expected.json'), 'utf8')) as Record<string, unknown>,
      adapter,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const ALL = [...cases('pdf', 'layout.txt', layoutAdapter), ...cases('markdown', 'input.md', markdownAdapter)];
const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;

/** Every numeric field of the three tables, by dotted path. */
function numbers(report: Record<string, unknown>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value === 'number') out.set(path, value);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) walk(v, `${path}.${k}`);
  };
  for (const table of TABLES) walk(report[table], table);
  return out;
}

const recall: string[] = [];
const gridRecall: string[] = [];
afterAll(() => {
  if (recall.length > 0) console.log(`PDF-derived text through parseReport, cells recovered / cells expected:\n${recall.join('\n')}`);
  if (gridRecall.length > 0) console.log(`Table 三 in the adapters' grids, cells in their row and column / cells expected:\n${gridRecall.join('\n')}`);
});

describe.runIf(ALL.length > 0)('PDF-derived text through parseReport: never a wrong number', () => {
  it.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = (await parseReport(c.input)) as unknown as Record<string, unknown>;
    expect((report['meta'] as { layout: string }).layout).toBe(c.adapter.name);
    const got = numbers(report);
    const wrong: string[] = [];
    let expectedCells = 0;
    let recovered = 0;
    for (const [path, want] of numbers(c.expected)) {
      const value = got.get(path) ?? null;
      if (want !== null) expectedCells++;
      if (want !== null && value === want) recovered++;
      else if (value !== null && value !== want) wrong.push(`${path}: ${value} (source: ${want ?? 'blank'})`);
    }
    recall.push(`  ${c.name.padEnd(40)} ${recovered}/${expectedCells}`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

/**
 * Blank cells the layout did not have: in every line that ends in three or more numbers one
 * number is replaced by spaces (the first, the last, or one chosen by the line's index). The
 * blanked cell may only come out null; every other number must still be the true one.
 */
function blankOne(text: string, pick: (count: number, index: number) => number): string {
  return text
    .split('\n')
    .map((line, index) => {
      const numbers = [...line.matchAll(/\d+/g)];
      if (numbers.length < 3 || !/(?: +\d+){3} *$/.test(line)) return line;
      const hit = numbers[pick(numbers.length, index)]!;
      return line.slice(0, hit.index) + ' '.repeat(hit[0].length) + line.slice(hit.index! + hit[0].length);
    })
    .join('\n');
}

describe.runIf(ALL.length > 0)('layout text with cells blanked: never a wrong number', () => {
  const picks: [string, (count: number, index: number) => number][] = [
    ['first value', (count) => Math.max(0, count - 7)],
    ['last value', (count) => count - 1],
    ['a value by line', (count, index) => index % count],
  ];
  const layouts = ALL.filter((c) => c.adapter === layoutAdapter);
  it.each(layouts.flatMap((c) => picks.map(([mode, pick]) => [c.name, mode, c, pick] as const)))('%s, %s blanked', async (_name, _mode, c, pick) => {
    const report = (await parseReport(blankOne(c.input, pick))) as unknown as Record<string, unknown>;
    const truth = numbers(c.expected);
    const wrong = [...numbers(report)].filter(([path, value]) => value !== null && value !== truth.get(path)).map(([path, value]) => `${path}: ${value} (source: ${truth.get(path) ?? 'blank'})`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

/**
 * Layout text moved about the way another pdftotext run or page width moves it: every line
 * indented by three spaces (the same cells must come out), and the numbers of every fourth
 * value line nudged one character right (never a wrong number).
 */
function nudge(text: string): string {
  let seen = 0;
  return text
    .split('\n')
    .map((line) => {
      const m = /^(.*?\S)?( {2,})(\d[\d ]*)$/.exec(line);
      if (!m || (m[3]!.match(/\d+/g) ?? []).length < 3 || seen++ % 4 !== 0) return line;
      return `${m[1] ?? ''}${m[2]} ${m[3]}`;
    })
    .join('\n');
}

describe.runIf(ALL.length > 0)('layout text moved: the same cells, never a wrong number', () => {
  const layouts = ALL.filter((c) => c.adapter === layoutAdapter);
  it.each(layouts.map((c) => [c.name, c] as const))('%s, every line indented', async (_name, c) => {
    const plain = numbers((await parseReport(c.input)) as unknown as Record<string, unknown>);
    const indented = c.input.split('\n').map((line) => (line.replace(/\f/g, '').trim() === '' ? line : line.replace(/^(\f?)/, '$1   ')));
    expect(numbers((await parseReport(indented.join('\n'))) as unknown as Record<string, unknown>)).toEqual(plain);
  });
  it.each(layouts.map((c) => [c.name, c] as const))('%s, value runs nudged', async (_name, c) => {
    const truth = numbers(c.expected);
    const report = (await parseReport(nudge(c.input))) as unknown as Record<string, unknown>;
    const wrong = [...numbers(report)].filter(([path, value]) => value !== null && value !== truth.get(path)).map(([path, value]) => `${path}: ${value} (source: ${truth.get(path) ?? 'blank'})`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

/** Markdown with a value replaced by a dash, or a label slot's dash emptied: never a wrong number. */
describe.runIf(ALL.length > 0)('converter Markdown with dashes moved: never a wrong number', () => {
  const markdowns = ALL.filter((c) => c.adapter === markdownAdapter);
  const edits: [string, (line: string, index: number) => string][] = [
    ['a value dashed', (line, index) => (index % 3 === 0 ? line.replace(/\|(\d+)\|/, '|-|') : line)],
    ['label-slot dashes emptied', (line) => line.replace(/^\|-\|/, '||')],
  ];
  it.each(markdowns.flatMap((c) => edits.map(([mode, edit]) => [c.name, mode, c, edit] as const)))('%s, %s', async (_name, _mode, c, edit) => {
    const truth = numbers(c.expected);
    const report = (await parseReport(c.input.split('\n').map(edit).join('\n'))) as unknown as Record<string, unknown>;
    const wrong = [...numbers(report)].filter(([path, value]) => value !== null && value !== truth.get(path)).map(([path, value]) => `${path}: ${value} (source: ${truth.get(path) ?? 'blank'})`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

describe.runIf(ALL.length > 0)('pdftotext reading-order text is not taken for layout text', () => {
  it.each(ALL.filter((c) => c.adapter === layoutAdapter).map((c) => [c.name, c] as const))('%s', async (name) => {
    const file = join(FIXTURES, name, 'reading.txt');
    if (!existsSync(file)) return;
    const { text } = await normalize(readFileSync(file, 'utf8'));
    expect(layoutAdapter.detect(text)).toBe(0);
  });
});

/** Table 三 rows by a keyword only their label has (whitespace removed), for reading grids. */
const ROW_KEYS: readonly [string, RegExp][] = [
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['granted', /予以公开/],
  ['partiallyGranted', /部分公开/],
  ['denied.stateSecret', /国家秘密/],
  ['denied.prohibitedByLaw', /法律行政/],
  ['denied.securityStability', /三安全/],
  ['denied.thirdPartyRights', /第三方/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInformation', /过程性/],
  ['denied.enforcementFiles', /执法案卷/],
  ['denied.administrativeQuery', /行政查询/],
  ['unableToProvide.notHeld', /不掌握/],
  ['unableToProvide.needsCreation', /另行制作/],
  ['unableToProvide.unclear', /补正后/],
  ['notProcessed.complaint', /信访/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /出版物/],
  ['notProcessed.excessive', /大量反复/],
  ['notProcessed.confirmation', /重新出具/],
  ['otherDisposal.overdueCorrection', /逾期不补正/],
  ['otherDisposal.overdueFee', /缴纳费用/],
  ['otherDisposal.other', /3\.其他$/],
  ['totalProcessed', /\(七\)总计/],
  ['carriedForward', /结转下年度/],
];
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];

/** A grid cell's number: blank, a placeholder or a split number is null. */
function cellNumber(text: string): number | null {
  const t = text.replace(/,/g, '').trim();
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

describe.runIf(ALL.length > 0)('PDF-derived text: the adapters\u2019 grids hold each table 三 row in its columns', () => {
  it.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { text } = await normalize(c.input);
    const grids = c.adapter.read(text).filter((b): b is TableBlock => b.kind === 'table');
    const applications = c.expected['applications'] as Record<string, Record<string, unknown>>;
    const wrong: string[] = [];
    let right = 0;
    for (const grid of grids) {
      for (const row of grid.rows) {
        if (row.length < 8) continue;
        const label = row
          .slice(0, row.length - 7)
          .map((cell) => cell.text)
          .join('')
          .replace(/\s+/g, '');
        const keys = ROW_KEYS.filter(([, pattern]) => pattern.test(label));
        if (keys.length !== 1) continue;
        const [path] = keys[0]!;
        const [group, leaf] = path.split('.');
        const want = (leaf ? (applications[group!] as Record<string, Record<string, number | null>>)[leaf] : applications[group!]) as Record<string, number | null>;
        row.slice(-7).forEach((cell, j) => {
          const value = cellNumber(cell.text);
          const truth = want[COLUMNS[j]!] ?? null;
          if (value !== null && value !== truth) wrong.push(`${path}.${COLUMNS[j]} (line ${cell.line}): ${cell.text} (source: ${truth ?? 'blank'})`);
          else if (value !== null) right++;
        });
      }
    }
    const expected = Object.values(applications).flatMap((row) => Object.values(row as object).flatMap((v) => (typeof v === 'number' ? [v] : typeof v === 'object' && v ? Object.values(v as object) : []))).filter((v) => typeof v === 'number').length;
    gridRecall.push(`  ${c.name.padEnd(40)} ${right}/${expected}`);
    expect(wrong, 'cells in the wrong column').toEqual([]);
  });
});
