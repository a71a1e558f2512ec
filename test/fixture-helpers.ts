import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  warnings: { code: string; path?: string }[];
}

/** Folders of fixtures for the audit functions (report JSONs and prose), not parser fixtures. */
export const AUDIT_COLLECTIONS: ReadonlySet<string> = new Set(['series', 'prose']);

/** Every fixture folder (those starting with `_` are templates, not fixtures). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !AUDIT_COLLECTIONS.has(entry.name))
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const inputFile = existsSync(join(dir, 'input.html')) ? 'input.html' : 'input.txt';
      const warningsFile = join(dir, 'warnings.json');
      return {
        name: entry.name,
        input: readFileSync(join(dir, inputFile), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>,
        warnings: existsSync(warningsFile) ? (JSON.parse(readFileSync(warningsFile, 'utf8')) as Fixture['warnings']) : [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Text fields are compared without whitespace (see fixtures/README.md). */
export function comparable(report: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(report);
  delete copy['warnings'];
  const text = copy['text'] as Record<string, string | null>;
  for (const key of Object.keys(text)) {
    const value = text[key];
    text[key] = typeof value === 'string' ? value.replace(/\s+/g, '') : value ?? null;
  }
  return copy;
}
