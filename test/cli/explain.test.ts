/** `zfxxgk explain <file> <field path>`: a number's source, the lines around it, its warnings and checks. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ensureBuilt, zfxxgk } from './helpers.js';

describe('zfxxgk explain', () => {
  beforeAll(() => ensureBuilt());

  it('prints the value, where it was read, the line it stands on and the warnings that name it', () => {
    const run = zfxxgk(['explain', join(FIXTURES, 'pt-gaj-2021', 'input.txt'), 'applications.newReceived.total']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('applications.newReceived.total = 1');
    expect(lines[1]).toMatch(/^ {2}read from 「1」 at line 10, column \d+$/);
    expect(run.stdout).toMatch(/^> 10 \| .*本年新收政府信息公开申请数量1000001/m);
    expect(run.stdout).toContain('warning VALUE_INFERRED');
  });

  it('gives a PDF cell its page and box', () => {
    const run = zfxxgk(['explain', join(FIXTURES, 'pdf', 'hzq-2023', 'input.pdf'), 'applications.newReceived.total']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/page \d+, box \[[\d.]+, [\d.]+, [\d.]+, [\d.]+\]/);
  });

  it('says why a field is null', () => {
    const run = zfxxgk(['explain', join(FIXTURES, 'pt-jjp-2021', 'input.txt'), 'activeDisclosure.normativeDocuments.issued']);
    expect(run.stdout).toContain('activeDisclosure.normativeDocuments.issued = null');
    expect(run.stdout).toContain('warning GLUED_AMBIGUOUS');
  });

  it('is a usage error for a path that is not a field', () => {
    const run = zfxxgk(['explain', join(FIXTURES, 'seed-001', 'input.txt'), 'applications.newReceived']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a field of the report');
  });
});
