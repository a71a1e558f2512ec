import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { FIXTURES } from './fixture-helpers.js';
import { diffReport } from './report-diff.js';

/**
 * PDF reading-order text: every `fixtures/pdf/<id>/reading.txt` (`pdftotext` without `-layout`)
 * and `pdfjs.txt` (pdf.js text items joined at their line ends, `scripts/fixtures/pdfjs-text.mjs`)
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
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        ['reading.txt', 'pdfjs.txt']
          .filter((file) => existsSync(join(ROOT, entry.name, file)))
          .map((file) => ({
            name: `${entry.name}/${file}`,
            input: readFileSync(join(ROOT, entry.name, file), 'utf8'),
            expected: JSON.parse(readFileSync(join(ROOT, entry.name, 'expected.json'), 'utf8')) as Record<string, unknown>,
          })),
      )
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];
/** Wrong numbers (a value where the source has another or none) and recall, by the shared report diff. */
async function wrongNumbers(input: string, expected: Record<string, unknown>): Promise<{ wrong: string[]; recovered: number; cells: number }> {
  const diff = diffReport((await parseReport(input)) as unknown as Record<string, unknown>, expected, { ignore: ['meta', 'text'] });
  return { wrong: [...diff.wrong, ...diff.invented], recovered: diff.expectedNumbers - diff.missing.length - diff.wrong.length, cells: diff.expectedNumbers };
}

const recall: string[] = [];
afterAll(() => {
  if (recall.length > 0) console.log(`PDF reading-order text, cells recovered / cells expected:\n${recall.join('\n')}`);
});

describe.runIf(CASES.length > 0)('PDF reading-order text: never a wrong number', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = (await parseReport(c.input)) as unknown as { meta: { layout: string } };
    // Never the layout adapter: these texts have no column positions (a page's chrome can make one a pipe table).
    expect(['lines', 'pipe']).toContain(report.meta.layout);
    const { wrong, recovered, cells } = await wrongNumbers(c.input, c.expected);
    recall.push(`  ${c.name.padEnd(44)} ${recovered}/${cells}`);
    expect(wrong, 'wrong numbers').toEqual([]);
  });
});

/**
 * Where whole cells stand: a number alone in its block (reading order), or a number at the end
 * of a row line (pdf.js text) — never a piece of a number wrapped over two lines.
 */
interface Spot {
  line: number;
  start: number;
  end: number;
}
function wholeNumbers(lines: readonly string[]): Spot[] {
  const spots: Spot[] = [];
  const bare = (i: number): boolean => /^\s*\d+\s*$/.test(lines[i] ?? '');
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  lines.forEach((line, i) => {
    if (bare(i) && blank(i - 1) && blank(i + 1)) spots.push({ line: i, start: line.search(/\d/), end: line.search(/\d\s*$/) + 1 });
    else if (/(?: \d+){3}$/.test(line) && !bare(i + 1)) {
      const last = / (\d+)$/.exec(line)!;
      spots.push({ line: i, start: last.index + 1, end: line.length });
    }
  });
  return spots;
}

type Edit = (lines: string[], at: Spot) => string[];
const replaceLine = (lines: readonly string[], at: number, by: readonly string[]): string[] => [...lines.slice(0, at), ...by, ...lines.slice(at + 1)];
/** Truth-keeping edits, each at a few places spread over the text. */
const EDITS: [string, Edit][] = [
  ['a number lost', (lines, at) => {
    const line = lines[at.line]!;
    const rest = (line.slice(0, at.start) + line.slice(at.end)).trimEnd();
    return replaceLine(lines, at.line, rest.trim() === '' ? [] : [rest]);
  }],
  ['a stray number', (lines, at) => [...lines.slice(0, at.line), '', '7', '', ...lines.slice(at.line)]],
  [
    'a number wrapped over two lines',
    (lines, at) => {
      const line = lines[at.line]!;
      const digits = line.slice(at.start, at.end);
      if (digits.length < 2) return lines;
      // The first digit stays, the rest goes to the next line (as a narrow cell wraps it).
      return replaceLine(lines, at.line, [line.slice(0, at.start) + digits.slice(0, 1), digits.slice(1)]);
    },
  ],
  [
    'a label moved after its number',
    (lines, at) => {
      // The nearest label line above the number swaps places with it.
      let label = at.line - 1;
      while (label >= 0 && !/[\u4e00-\u9fff]/.test(lines[label]!)) label--;
      if (label < 0 || lines[at.line]!.trim() !== lines[at.line]!.slice(at.start, at.end)) return lines;
      const out = [...lines];
      const [moved] = out.splice(label, 1);
      out.splice(at.line, 0, moved!);
      return out;
    },
  ],
];

describe.runIf(CASES.length > 0)('PDF reading-order text, edited: never a wrong number', () => {
  const runs = CASES.flatMap((c) => EDITS.map(([edit, make]) => [c.name, edit, c, make] as const));
  it.each(runs)('%s, %s', async (_name, edit, c, make) => {
    const lines = c.input.split('\n');
    const spots = wholeNumbers(lines);
    // Multi-digit numbers are the ones a wrap can cut; elsewhere any number will do.
    const picks = edit.includes('wrapped') ? spots.filter((at) => at.end - at.start >= 2) : spots;
    for (const k of [0.2, 0.5, 0.8]) {
      const at = picks[Math.floor(picks.length * k)];
      if (at === undefined) continue;
      const { wrong } = await wrongNumbers(make(lines, at).join('\n'), c.expected);
      expect(wrong, `wrong numbers with the edit at line ${at.line + 1}`).toEqual([]);
    }
  });
});
