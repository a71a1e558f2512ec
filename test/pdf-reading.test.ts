import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { FIXTURES } from './fixture-helpers.js';

/**
 * PDF reading-order text (`pdftotext` without `-layout`): every `fixtures/pdf/<id>/reading.txt`
 * against the folder's expected.json. Labels and values come apart in this shape, so tables
 * 三 and 四 are read by whole-table order (recognizers/align-rows.ts) where their identities
 * leave one reading. A wrong number fails; a null only lowers recall (printed per fixture).
 *
 * Then the same texts edited in ways that keep the truth — a number lost, a stray number, a
 * number wrapped over two lines, a label moved after its values — may lose cells but must
 * never give a wrong one.
 */
interface Case {
  name: string;
  input: string;
  expected: Record<string, unknown>;
}

const ROOT = join(FIXTURES, 'pdf');
const CASES: Case[] = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, entry.name, 'reading.txt')))
      .map((entry) => ({
        name: entry.name,
        input: readFileSync(join(ROOT, entry.name, 'reading.txt'), 'utf8'),
        expected: JSON.parse(readFileSync(join(ROOT, entry.name, 'expected.json'), 'utf8')) as Record<string, unknown>,
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];
const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;

function numbers(report: Record<string, unknown>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value === 'number') out.set(path, value);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) walk(v, `${path}.${k}`);
  };
  for (const table of TABLES) walk(report[table], table);
  return out;
}

async function wrongNumbers(input: string, expected: Record<string, unknown>): Promise<{ wrong: string[]; recovered: number; cells: number }> {
  const got = numbers((await parseReport(input)) as unknown as Record<string, unknown>);
  const wrong: string[] = [];
  let recovered = 0;
  let cells = 0;
  for (const [path, want] of numbers(expected)) {
    const value = got.get(path) ?? null;
    if (want !== null) cells++;
    if (want !== null && value === want) recovered++;
    else if (value !== null && value !== want) wrong.push(`${path}: ${value} (source: ${want ?? 'blank'})`);
  }
  return { wrong, recovered, cells };
}

const recall: string[] = [];
afterAll(() => {
  if (recall.length > 0) console.log(`PDF reading-order text, cells recovered / cells expected:\n${recall.join('\n')}`);
});

describe.runIf(CASES.length > 0)('PDF reading-order text: never a wrong number', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = (await parseReport(c.input)) as unknown as { meta: { layout: string } };
    expect(report.meta.layout).toBe('lines');
    const { wrong, recovered, cells } = await wrongNumbers(c.input, c.expected);
    recall.push(`  ${c.name.padEnd(32)} ${recovered}/${cells}`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

/** Indexes of the lines that hold a bare number. */
function numberLines(lines: readonly string[]): number[] {
  return lines.flatMap((line, i) => (/^\s*\d+\s*$/.test(line) ? [i] : []));
}

type Edit = (lines: string[]) => string[];
/** Truth-keeping edits, each at a few places spread over the text. */
const EDITS: [string, (at: number) => Edit][] = [
  ['a number lost', (at) => (lines) => lines.filter((_, i) => i !== at)],
  ['a stray number', (at) => (lines) => [...lines.slice(0, at), '', '7', ...lines.slice(at)]],
  [
    'a number wrapped over two lines',
    (at) => (lines) => {
      const digits = lines[at]!.trim();
      const cut = digits.length >= 2 ? [digits.slice(0, 1), digits.slice(1)] : [digits];
      return [...lines.slice(0, at), ...cut, ...lines.slice(at + 1)];
    },
  ],
  [
    'a label moved after the next number',
    (at) => (lines) => {
      // The nearest label line above the number swaps places with it.
      let label = at - 1;
      while (label >= 0 && !/[\u4e00-\u9fff]/.test(lines[label]!)) label--;
      if (label < 0) return lines;
      const out = [...lines];
      const [moved] = out.splice(label, 1);
      out.splice(at, 0, moved!);
      return out;
    },
  ],
];

describe.runIf(CASES.length > 0)('PDF reading-order text, edited: never a wrong number', () => {
  const runs = CASES.flatMap((c) => EDITS.map(([edit, make]) => [c.name, edit, c, make] as const));
  it.each(runs)('%s, %s', async (_name, _edit, c, make) => {
    const lines = c.input.split('\n');
    const at = numberLines(lines);
    // Multi-digit numbers are the ones a wrap can cut; elsewhere any number will do.
    const wide = at.filter((i) => lines[i]!.trim().length >= 2);
    const picks = make === EDITS[2]![1] ? wide : at;
    for (const k of [0.2, 0.5, 0.8]) {
      const index = picks[Math.floor(picks.length * k)];
      if (index === undefined) continue;
      const { wrong } = await wrongNumbers(make(index)(lines).join('\n'), c.expected);
      expect(wrong, `wrong numbers with the edit at line ${index + 1}`).toEqual([]);
    }
  });
});
