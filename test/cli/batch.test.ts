/**
 * Batches that must survive any one file (issue 9): a file over its memory budget, a PDF,
 * an unknown --layout; folder mode's extensions, skipped files and symlinks; --jobs.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ensureBuilt, tempDir, zfxxgk } from './helpers.js';

beforeAll(() => ensureBuilt());

const seed = (name: string): string => join(FIXTURES, name, 'input.txt');

describe('one poisonous file in a folder', () => {
  it('is one error line; every other report is still printed, in order', () => {
    const dir = tempDir();
    copyFileSync(seed('seed-001'), join(dir, 'a.txt'));
    // One paragraph per two characters: far more heap than the 64 MB budget given below.
    writeFileSync(join(dir, 'b.txt'), `2020年度政府信息公开工作年度报告\n${'x\n'.repeat(3_000_000)}`);
    copyFileSync(seed('seed-002'), join(dir, 'c.txt'));
    writeFileSync(join(dir, 'd.txt'), '%PDF-1.7\n');
    copyFileSync(seed('seed-003'), join(dir, 'e.txt'));
    const run = zfxxgk(['parse', dir, '--max-memory', '64', '--jobs', '2']);
    expect(run.status).toBe(3);
    const files = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).file);
    expect(files).toEqual(['a.txt', 'c.txt', 'e.txt'].map((name) => join(dir, name)));
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(`zfxxgk: ${join(dir, 'b.txt')}: OUT_OF_MEMORY: needed more than 64 MB of heap (--max-memory)`);
    // a file that starts with %PDF- goes to zfxxgk/pdf whatever its name; this one is no real PDF
    expect(errors[1]).toMatch(new RegExp(`^zfxxgk: ${join(dir, 'd.txt').replaceAll('/', '\\/')}: PDF_[A-Z_]+: `));
  });

  it('gives up on a file past --timeout with one TIMEOUT line, and goes on', () => {
    const dir = tempDir();
    // A million paragraphs of HTML: several seconds of parsing, far past a 1 s budget.
    writeFileSync(join(dir, 'a.html'), `<html><body><p>政府信息公开${'<p>1'.repeat(1_000_000)}</body></html>`);
    copyFileSync(seed('seed-001'), join(dir, 'b.txt'));
    const run = zfxxgk(['parse', dir, '--timeout', '1']);
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`zfxxgk: ${join(dir, 'a.html')}: TIMEOUT: gave up after 1 s (--timeout)\n`);
    expect(JSON.parse(run.stdout).file).toBe(join(dir, 'b.txt'));
  });

  it('gives the same output with --jobs 1 and --jobs 3', () => {
    const one = zfxxgk(['parse', 'fixtures', '--jobs', '1']);
    const three = zfxxgk(['parse', 'fixtures', '--jobs', '3']);
    expect(one.status).toBe(three.status);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(20);
  });

  it('rejects --jobs 0 and --max-memory x as usage errors', () => {
    expect(zfxxgk(['parse', seed('seed-001'), '--jobs', '0']).status).toBe(2);
    expect(zfxxgk(['parse', seed('seed-001'), '--max-memory', 'x']).status).toBe(2);
  });
});

describe('PDF', () => {
  it('reads a PDF named as an argument through zfxxgk/pdf', () => {
    const run = zfxxgk(['parse', join(FIXTURES, 'pdf', 'hzq-2023', 'input.pdf'), '--verbose']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).meta.layout).toBe('pdf');
    expect(run.stderr).toContain('read as PDF (zfxxgk/pdf)');
  });
});

describe('--layout', () => {
  it('is one usage error (exit 2) for an unknown name, before any file is read', () => {
    const run = zfxxgk(['parse', 'no/such/file.txt', '--layout', 'pipes']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^zfxxgk: unknown --layout 'pipes': use html, tsv, pipe, \S.*\nTry 'zfxxgk --help'\.\n$/);
  });
});

describe('folder mode', () => {
  it('reads .shtml and .xhtml, says with --verbose what it skipped and why, reads a symlinked file once', () => {
    const dir = tempDir();
    const html = join(FIXTURES, 'html-2019-colspan', 'input.html');
    copyFileSync(html, join(dir, 'a.shtml'));
    copyFileSync(html, join(dir, 'b.xhtml'));
    copyFileSync(seed('seed-001'), join(dir, 'c.txt'));
    symlinkSync(join(dir, 'c.txt'), join(dir, 'd.txt'));
    writeFileSync(join(dir, 'e.pdf'), '%PDF-1.7\n');
    writeFileSync(join(dir, 'notes.md'), '# notes\n');
    mkdirSync(join(dir, '.cache'));
    const run = zfxxgk(['parse', dir, '--verbose']);
    expect(run.status).toBe(0);
    const files = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).file);
    expect(files).toEqual(['a.shtml', 'b.xhtml', 'c.txt'].map((name) => join(dir, name)));
    expect(run.stderr).toContain(`zfxxgk: skipped ${join(dir, 'd.txt')}: the same file as ${join(dir, 'c.txt')}\n`);
    expect(run.stderr).toContain(`zfxxgk: skipped ${join(dir, 'e.pdf')}: a PDF (PDFs are read when named as arguments; they need pdfjs-dist)\n`);
    expect(run.stderr).toContain(`zfxxgk: skipped ${join(dir, 'notes.md')}: .md is not read`);
    expect(run.stderr).toContain(`zfxxgk: skipped ${join(dir, '.cache')}: hidden\n`);
  });
});
