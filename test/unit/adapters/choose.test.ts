import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterList, chooseAdapter, readWith } from '../../../src/adapters/choose.js';
import { builtinAdapters, DETECT_CEILING, linesAdapter, pipeAdapter } from '../../../src/adapters/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { ReportParseError } from '../../../src/errors.js';
import type { Adapter } from '../../../src/model.js';

function fixed(name: string, confidence: unknown, blocks: unknown = []): Adapter {
  return { name, detect: () => confidence as number, read: () => blocks as [] };
}

function errorOf(run: () => unknown): ReportParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error('expected a ReportParseError');
}

describe('adapterList', () => {
  it('is the built-ins when no custom adapters are given', () => {
    expect(adapterList(undefined)).toEqual([...builtinAdapters]);
  });

  it('puts custom adapters before the built-ins', () => {
    const mine = fixed('mine', 0.5);
    expect(adapterList([mine]).map((a) => a.name)).toEqual(['mine', ...builtinAdapters.map((a) => a.name)]);
  });

  it('rejects a non-array with INVALID_OPTIONS', () => {
    expect(errorOf(() => adapterList('html')).code).toBe('INVALID_OPTIONS');
  });

  it('rejects an adapter without a name, detect or read with INVALID_OPTIONS', () => {
    expect(errorOf(() => adapterList([{ name: '', detect: () => 0, read: () => [] }])).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => adapterList([{ name: 'x', read: () => [] }])).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => adapterList([null])).code).toBe('INVALID_OPTIONS');
  });
});

describe('chooseAdapter', () => {
  it('picks the most confident adapter', () => {
    expect(chooseAdapter([fixed('a', 0.2), fixed('b', 0.7), fixed('c', 0.5)], 'x', undefined).name).toBe('b');
  });

  it('keeps the earlier adapter on a tie', () => {
    expect(chooseAdapter([fixed('a', 0.5), fixed('b', 0.5)], 'x', undefined).name).toBe('a');
  });

  it('falls back to lines when every adapter says 0, and to the last adapter when lines is not among them', () => {
    expect(chooseAdapter([fixed('a', 0), linesAdapter, fixed('b', 0)], 'x', undefined)).toBe(linesAdapter);
    expect(chooseAdapter([fixed('a', 0), fixed('b', 0)], 'x', undefined).name).toBe('b');
  });

  it('uses the adapter named by layout without asking detect', () => {
    const throwing: Adapter = { name: 'boom', detect: () => { throw new Error('no'); }, read: () => [] };
    expect(chooseAdapter([throwing, pipeAdapter], 'x', 'pipe')).toBe(pipeAdapter);
  });

  it('rejects an unknown layout with UNKNOWN_LAYOUT naming it', () => {
    const error = errorOf(() => chooseAdapter(builtinAdapters, 'x', 'csv'));
    expect([error.code, error.adapter]).toEqual(['UNKNOWN_LAYOUT', 'csv']);
  });

  it('rejects a layout that is not a string with INVALID_OPTIONS', () => {
    expect(errorOf(() => chooseAdapter(builtinAdapters, 'x', 3)).code).toBe('INVALID_OPTIONS');
  });

  it.each([-0.1, 1.5, Number.NaN, '0.5', undefined])('reports a detect() returning %s as ADAPTER_FAILED', (confidence) => {
    const error = errorOf(() => chooseAdapter([fixed('bad', confidence)], 'x', undefined));
    expect([error.code, error.adapter]).toEqual(['ADAPTER_FAILED', 'bad']);
  });

  it('reports a detect() that throws as ADAPTER_FAILED with the cause', () => {
    const cause = new Error('broken');
    const error = errorOf(() => chooseAdapter([{ name: 'bad', detect: () => { throw cause; }, read: () => [] }], 'x', undefined));
    expect([error.code, error.adapter, error.cause]).toEqual(['ADAPTER_FAILED', 'bad', cause]);
  });
});

describe('readWith', () => {
  it('returns the blocks of a well-behaved adapter', () => {
    const blocks = [
      { kind: 'paragraph', text: '一、总体情况', line: 1 },
      { kind: 'table', line: 2, rows: [[{ text: '规章', line: 2 }]] },
      { kind: 'note', code: 'MY_NOTE', message: 'm', line: 3, path: 'activeDisclosure' },
    ];
    expect(readWith(fixed('ok', 1, blocks), 'x')).toEqual(blocks);
  });

  it.each([
    ['not an array', { kind: 'paragraph', text: 'x', line: 1 }],
    ['an unknown block kind', [{ kind: 'image', line: 1 }]],
    ['a paragraph without a line', [{ kind: 'paragraph', text: 'x' }]],
    ['a note with a lower-case code', [{ kind: 'note', code: 'bad code', message: 'm', line: 1 }]],
    ['a table cell without text', [{ kind: 'table', line: 1, rows: [[{ line: 1 }]] }]],
  ])('reports an adapter returning %s as ADAPTER_FAILED', (_, blocks) => {
    expect(errorOf(() => readWith(fixed('bad', 1, blocks), 'x')).code).toBe('ADAPTER_FAILED');
  });

  it('reports a read() that throws as ADAPTER_FAILED', () => {
    const error = errorOf(() => readWith({ name: 'bad', detect: () => 1, read: () => { throw new Error('x'); } }, 'x'));
    expect([error.code, error.adapter]).toEqual(['ADAPTER_FAILED', 'bad']);
  });
});

describe('detection skips a built-in that cannot win', () => {
  // Every text input of the fixtures, normalized as parseReport does.
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^(?:input\.(?:txt|html|md)|reading\.txt|layout\.txt|pdfjs\.txt)$/.test(name)) files.push(path);
    }
  };
  walk('fixtures');

  it('holds every built-in detector to its ceiling and chooses as asking all of them would', async () => {
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const { text } = await normalize(readFileSync(file, 'utf8'));
      let best: Adapter = linesAdapter;
      let bestConfidence = 0;
      for (const adapter of builtinAdapters) {
        const confidence = adapter.detect(text);
        expect(confidence, `${adapter.name} on ${file}`).toBeLessThanOrEqual(DETECT_CEILING.get(adapter)!);
        if (confidence > bestConfidence) {
          best = adapter;
          bestConfidence = confidence;
        }
      }
      expect(chooseAdapter(builtinAdapters, text, undefined).name, file).toBe(best.name);
    }
  });
});
