/**
 * `parseReport(input, { sources: true })`: every number traced to where it was read. Over every
 * fixture, each non-null number has a source whose text holds that number, and that text is
 * found again in the input at the line (and column) the source names.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { normalize } from '../src/normalize/index.js';
import { loadFixtures } from './fixture-helpers.js';

function numbers(value: unknown, path: string, out: Map<string, number>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) numbers(child, path === '' ? key : `${path}.${key}`, out);
  } else if (typeof value === 'number') out.set(path, value);
}

/** The text a source's place shows: its line from its column on (and the next lines, for an HTML cell), tags and entities removed. */
function readBack(lines: readonly string[], line: number, column: number | undefined): string {
  const from = (lines[line - 1] ?? '').slice((column ?? 1) - 1);
  return [from, ...lines.slice(line, line + 4)]
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

const numeric = (text: string): number => Number(text.replace(/[,，\s]|万元|元|件|条|个|项|次/g, ''));

describe('sources', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}: every number's source holds it, at the place it names in the input`, async () => {
      const report = await parseReport(fixture.input, { sources: true });
      const { text } = await normalize(fixture.input);
      const lines = text.split('\n');
      const found = new Map<string, number>();
      numbers({ activeDisclosure: report.activeDisclosure, applications: report.applications, reviewLitigation: report.reviewLitigation }, '', found);
      expect(Object.keys(report.sources ?? {}).sort()).toEqual([...found.keys()].sort());
      for (const [path, value] of found) {
        const source = report.sources![path]!;
        expect(numeric(source.text), path).toBe(value);
        expect(readBack(lines, source.line, source.column).replace(/\s/g, ''), path).toContain(source.text.replace(/\s/g, ''));
        // In text shapes the column points at the cell's first character itself.
        if (source.column !== undefined && !/<td/i.test(fixture.input)) expect(lines[source.line - 1]!.slice(source.column - 1).startsWith(source.text), path).toBe(true);
      }
    });
  }

  it('leaves the report exactly as before without the option', async () => {
    const [fixture] = loadFixtures();
    const plain = await parseReport(fixture!.input);
    expect('sources' in plain).toBe(false);
    const traced = await parseReport(fixture!.input, { sources: true });
    const { sources: _sources, ...rest } = traced;
    expect(rest).toEqual(plain);
  });
});
