import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  warnings: { code: string; path?: string }[];
}

/** A text input the parser reads directly; folders without one (`pdf/`, `markdown/`) are loaded separately. */
function hasTextInput(dir: string): boolean {
  return existsSync(join(dir, 'input.html')) || existsSync(join(dir, 'input.txt'));
}

/** Every fixture folder (those starting with `_` are templates, not fixtures). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && hasTextInput(join(FIXTURES, entry.name)))
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

export interface FileFixture {
  name: string;
  dir: string;
  expected: Record<string, unknown>;
  /** absolute paths of the folder's files by name (`input.pdf`, `reading.txt`, `layout.txt`, `input.md`, …) */
  files: Record<string, string>;
}

function loadFileFixtures(folder: string): FileFixture[] {
  const root = join(FIXTURES, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => {
      const dir = join(root, entry.name);
      const files = Object.fromEntries(
        readdirSync(dir, { withFileTypes: true })
          .filter((file) => file.isFile())
          .map((file) => [file.name, join(dir, file.name)]),
      );
      return {
        name: entry.name,
        dir,
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>,
        files,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `fixtures/pdf/<id>/`: input.pdf, reading.txt (`pdftotext`), layout.txt (`pdftotext -layout`), expected.json, NOTES.md. */
export function loadPdfFixtures(): FileFixture[] {
  return loadFileFixtures('pdf');
}

/** `fixtures/markdown/<id>/`: input.md in a PDF-to-Markdown converter's style, expected.json, NOTES.md. */
export function loadMarkdownFixtures(): FileFixture[] {
  return loadFileFixtures('markdown');
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
