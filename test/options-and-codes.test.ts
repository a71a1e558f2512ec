/**
 * The API's honesty about options and codes: unknown option keys are errors, a custom adapter
 * named like a built-in replaces it in detection too, a second report is said, and a misspelt
 * warning code does not compile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser, parseReport, pipeAdapter, type Adapter, type Warning, type WarningCode } from '../src/index.js';
import { FIXTURES } from './fixture-helpers.js';

const seed = (name: string): string => readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
const code = (error: unknown): unknown => (error as { code?: unknown }).code;

describe('options', () => {
  it('refuses an unknown option key with INVALID_OPTIONS, naming it', async () => {
    const error = await parseReport(seed('seed-001'), { layot: 'pipe' } as never).catch((e: unknown) => e);
    expect(code(error)).toBe('INVALID_OPTIONS');
    expect((error as Error).message).toContain('layot');
    expect(() => createParser({ adapter: [] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('lets a custom adapter named like a built-in replace it in detection, not only for layout', async () => {
    let asked = 0;
    const mine: Adapter = { ...pipeAdapter, detect: (text) => (asked++, pipeAdapter.detect(text)) };
    const report = await parseReport(seed('seed-001'), { adapters: [mine] });
    expect(asked).toBe(1);
    expect(report.meta.layout).toBe('pipe');
    const parser = createParser({ adapters: [mine] });
    expect(parser.adapters.filter((a) => a.name === 'pipe')).toHaveLength(1);
  });

  it('leaves disabled built-ins out and refuses names that are no built-in', () => {
    expect(createParser({ disable: ['glued'] }).adapters.map((a) => a.name)).not.toContain('glued');
    expect(() => createParser({ disable: ['gluey'] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    const twice: Adapter = { name: 'mine', detect: () => 0, read: () => [] };
    expect(() => createParser({ adapters: [twice, twice] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});

describe('MULTIPLE_REPORTS', () => {
  it('reads the first of two reports in one input and says so', async () => {
    const one = seed('seed-001');
    const report = await parseReport(`${one}\n${one.replace('包头市工业和信息化局', '某某市另一局')}`);
    expect(report.meta.organization).toBe('包头市工业和信息化局');
    expect(report.warnings.map((w) => w.code)).toContain('MULTIPLE_REPORTS');
  });
});

describe('warning codes are a union type', () => {
  it('accepts catalogue codes and rejects a misspelt one at compile time', () => {
    const ok: WarningCode = 'TABLE_MISSING';
    // @ts-expect-error — 'TABLE_MISING' is not a WarningCode
    const bad: WarningCode = 'TABLE_MISING';
    // @ts-expect-error — nor the code of a Warning
    const warning: Warning = { code: 'TABLE_MISING', message: '' };
    expect([ok, bad, warning.code]).toHaveLength(3);
  });
});
