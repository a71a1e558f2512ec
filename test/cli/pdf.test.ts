/** `zfxxgk parse report.pdf` and folders with PDFs, through zfxxgk/pdf (pdfjs-dist is installed here). */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ensureBuilt, tempDir, zfxxgk } from './helpers.js';

const PDF = join(FIXTURES, 'pdf', 'hzq-2023', 'input.pdf');

describe('the command line on PDFs', () => {
  beforeAll(() => ensureBuilt());

  it('parses a PDF given by name', () => {
    const run = zfxxgk(['parse', PDF]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.meta).toMatchObject({ layout: 'pdf', organization: '洪泽区人民政府', year: 2023, edition: '2021' });
  });

  it('finds PDFs in a folder by their %PDF- header, whatever the extension, and keeps going past a broken one', () => {
    const dir = tempDir();
    copyFileSync(PDF, join(dir, 'a.pdf'));
    copyFileSync(PDF, join(dir, 'b.download'));
    writeFileSync(join(dir, 'c.pdf'), '%PDF-1.7\n');
    const run = zfxxgk(['parse', dir, '--jobs', '2']);
    expect(run.status).toBe(3);
    const files = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).file);
    expect(files).toEqual([join(dir, 'a.pdf'), join(dir, 'b.download')]);
    expect(run.stderr).toContain(`${join(dir, 'c.pdf')}: PDF_INVALID`);
  });
});
