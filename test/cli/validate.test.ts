import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, ensureBuilt, tempDir, zfxxgk } from './helpers.js';

const SEED_001 = 'fixtures/seed-001/input.txt';

beforeAll(() => ensureBuilt());

/** seed-001 with 自然人 of 一、本年新收 changed from 0 to 5: the balance and the row total fail. */
function brokenSeed(): string {
  const source = readFileSync(join(FIXTURES, 'seed-001', 'input.txt'), 'utf8');
  const row = /^(一、本年新收政府信息公开申请数量 \| )0( \|)/m;
  expect(source).toMatch(row);
  const file = join(tempDir(), 'broken.txt');
  writeFileSync(file, source.replace(row, '$15$2'));
  return file;
}

describe('zfxxgk validate', () => {
  it('exits 0, prints no failed check and a one-line summary on stderr for a consistent report', () => {
    const run = zfxxgk(['validate', SEED_001]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^zfxxgk: validated 1 file: [1-9]\d* checks passed, 0 failed, \d+ unknown \(blank cells\)\n$/);
  });

  it('exits 1 and prints each failed check as `file: CODE message (expected X, actual Y)`', () => {
    const file = brokenSeed();
    const run = zfxxgk(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^zfxxgk: validated 1 file: \d+ checks passed, [1-9]\d* failed/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^.+: [A-Z_]+ \S.* \(expected -?[\d.]+, actual -?[\d.]+\)$/);
    expect(lines.every((line) => line.startsWith(`${file}: `))).toBe(true);
    expect(lines.some((line) => line.includes(' APPLICATIONS_BALANCE ') && line.endsWith('(expected 5, actual 0)'))).toBe(true);
    expect(lines.some((line) => line.includes(' APPLICATIONS_ROW_TOTAL '))).toBe(true);
  });

  it('exits 1 when any one of several files fails, and names that file', () => {
    const file = brokenSeed();
    const run = zfxxgk(['validate', SEED_001, file, 'fixtures/seed-002/input.txt']);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').every((line) => line.startsWith(`${file}: `))).toBe(true);
  });

  it('passes --nulls zero to validate()', () => {
    const dir = tempDir();
    const source = readFileSync(join(FIXTURES, 'seed-001', 'input.txt'), 'utf8');
    // blank one addend of a 0 = 0 + 0 … row: unknown by default, a pass with nulls as zero
    const row = /^(一、本年新收政府信息公开申请数量 \| )0( \|)/m;
    const file = join(dir, 'blank.txt');
    writeFileSync(file, source.replace(row, '$1—$2'));
    expect(zfxxgk(['validate', file]).status).toBe(0);
    const verbose = zfxxgk(['validate', '--verbose', file]);
    const zero = zfxxgk(['validate', '--verbose', '--nulls', 'zero', file]);
    expect(zero.status).toBe(0);
    const unknown = (stderr: string): number => Number(/(\d+) unknown/.exec(stderr)?.[1]);
    expect(unknown(verbose.stderr)).toBeGreaterThan(0);
    expect(unknown(zero.stderr)).toBe(0);
  });

  it('exits 3 when an input cannot be read, even if another input failed a check', () => {
    const run = zfxxgk(['validate', brokenSeed(), 'missing.txt']);
    expect(run.status).toBe(3);
    expect(run.stdout).not.toBe('');
    expect(run.stderr).toMatch(/^zfxxgk: cannot read missing.txt: no such file or directory\nzfxxgk: validated 1 file, 1 not read: /);
  });

  it('rejects a bad --nulls value as a usage error', () => {
    const run = zfxxgk(['validate', '--nulls', 'maybe', SEED_001]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--nulls must be unknown or zero');
  });
});
