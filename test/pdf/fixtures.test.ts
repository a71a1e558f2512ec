import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/pdf/index.js';
import { compareReport } from './fixture-compare.js';

/**
 * Every `fixtures/pdf/<id>/input.pdf` against its hand-read expected.json. Any wrong value
 * fails; nulls where the PDF prints a value are listed apart (reported, not failed).
 */
const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const ids = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_') && existsSync(join(ROOT, e.name, 'input.pdf')) && existsSync(join(ROOT, e.name, 'expected.json')))
      .map((e) => e.name)
      .sort()
  : [];

describe('PDF fixtures: parsePdf against expected.json', () => {
  it.skipIf(ids.length > 0)('has no fixtures/pdf folder in this checkout', () => {
    expect(ids).toEqual([]);
  });

  for (const id of ids) {
    it(`${id}: no wrong value`, async () => {
      const dir = join(ROOT, id);
      const report = await parsePdf(readFileSync(join(dir, 'input.pdf')));
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const result = compareReport(report as unknown as Record<string, unknown>, expected);
      if (result.missing.length > 0) console.info(`${id}: ${result.missing.length} of ${result.checked} fields null where the PDF prints a value:\n  ${result.missing.join('\n  ')}`);
      expect(result.wrong).toEqual([]);
      expect(report.meta.layout).toBe('pdf');
    }, 60_000);
  }
});
