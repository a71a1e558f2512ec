import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { CLI, FIXTURES, ROOT, ensureBuilt, tempDir, zfxxgk } from './helpers.js';

const SEED_001 = 'fixtures/seed-001/input.txt';

beforeAll(() => ensureBuilt());

describe('zfxxgk --help / --version', () => {
  it('prints the help on stdout and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['parse', '--help'], ['validate', 'x', '-h']]) {
      const run = zfxxgk(args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Usage: zfxxgk parse [options] <input>...');
      expect(run.stdout).toContain('--format <json|csv>');
      expect(run.stdout).toContain('{"file": "<path>", "report": {…}}');
      expect(run.stdout).toContain('Exit status:');
    }
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(zfxxgk([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('is an executable ESM file with a shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.zfxxgk).toBe('./dist/cli.js');
  });
});

describe('usage errors exit 2 with one line and a hint', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate', SEED_001], "unknown command 'frobnicate'"],
    [['parse'], 'no input given'],
    [['parse', '--bogus', SEED_001], "Unknown option '--bogus'"],
    [['parse', '--format', 'xml', SEED_001], '--format must be json or csv'],
    [['parse', '--format'], "Option '--format <value>' argument missing"],
    [['validate', '--pretty', SEED_001], '--pretty is not an option of validate'],
    [['parse', '--nulls', 'zero', SEED_001], '--nulls is not an option of parse'],
    [['parse', '--format', 'csv', '--out', 'x', SEED_001], 'cannot be combined with --format csv'],
    [['parse', '-', '-'], 'standard input) can be given only once'],
  ])('%j', (args, message) => {
    const run = zfxxgk(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^zfxxgk: [^\n]+\nTry 'zfxxgk --help'\.\n$/);
  });
});

describe('errors for one input do not stop the others', () => {
  it('a missing path: one line on stderr, exit 3, the other file still printed', () => {
    const run = zfxxgk(['parse', 'no/such/file.txt', SEED_001]);
    expect(run.status).toBe(3);
    expect(run.stderr).toBe('zfxxgk: cannot read no/such/file.txt: no such file or directory\n');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: SEED_001, report: { meta: { layout: 'pipe' } } });
  });

  it('a file that is not a report: `zfxxgk: <file>: <code>: <message>`', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'menu.txt'), '今日菜单：米饭，青菜，豆腐汤。\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    copyFileSync(join(FIXTURES, 'seed-001', 'input.txt'), join(dir, 'report.txt'));
    const run = zfxxgk(['parse', dir]);
    expect(run.status).toBe(3);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(`zfxxgk: ${join(dir, 'empty.txt')}: EMPTY_INPUT: the input is empty`);
    expect(errors[1]).toMatch(new RegExp(`^zfxxgk: ${join(dir, 'menu.txt')}: NOT_A_REPORT: \\S`));
    expect(JSON.parse(run.stdout).file).toBe(join(dir, 'report.txt'));
  });

  it('an unreadable file inside a directory is reported and skipped', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'seed-001', 'input.txt'), join(dir, 'a.txt'));
    copyFileSync(join(FIXTURES, 'seed-001', 'input.txt'), join(dir, 'b.txt'));
    execFileSync('chmod', ['000', join(dir, 'a.txt')]);
    const run = zfxxgk(['parse', dir]);
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`zfxxgk: cannot read ${join(dir, 'a.txt')}: permission denied\n`);
  });
});

describe('progress', () => {
  function folder(): string {
    const dir = tempDir();
    for (const seed of ['seed-001', 'seed-002', 'seed-003']) {
      mkdirSync(join(dir, seed));
      copyFileSync(join(FIXTURES, seed, 'input.txt'), join(dir, seed, 'input.txt'));
    }
    return dir;
  }

  it('writes no progress line to stderr when it is not a terminal, only the validate summary', () => {
    const run = zfxxgk(['validate', folder()]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^zfxxgk: validated 3 files: \d+ checks passed, 0 failed, \d+ unknown \(blank cells\)\n$/);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('shows a \\r-updated `n/total files` line on a terminal, then clears it', () => {
    const dir = folder();
    // script(1) gives the command a pseudo-terminal; stdout goes to a file so only stderr reaches it.
    const out = join(tempDir(), 'stdout.txt');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} parse ${JSON.stringify(dir)} > ${JSON.stringify(out)}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const terminal = run.stdout;
    expect(terminal).toMatch(/\r3\/3 files · 0 failed/);
    expect(terminal).not.toContain('\n');
    expect(terminal.endsWith('\r')).toBe(true);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });
});
