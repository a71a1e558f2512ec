import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { adapterList, chooseAdapter, readWith } from '../../../src/adapters/choose.js';
import { builtinAdapters, DETECT_CEILING, gluedAdapter, layoutAdapter, linesAdapter, pipeAdapter, tsvAdapter } from '../../../src/adapters/index.js';
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

describe('detection order (highest ceiling first) chooses as the list order would', () => {
  /** The list order's choice: the most confident adapter, the earlier one on a tie, lines (or the last) when none is confident. */
  function byListOrder(adapters: readonly Adapter[], text: string): Adapter {
    let best: Adapter = adapters.find((a) => a.name === 'lines') ?? adapters[adapters.length - 1]!;
    let bestConfidence = 0;
    for (const adapter of adapters) {
      const confidence = adapter.detect(text);
      if (confidence > bestConfidence) {
        best = adapter;
        bestConfidence = confidence;
      }
    }
    return best;
  }
  const LAYOUT_TEXT = readFileSync('fixtures/pdf/pt-czj-2019-libreoffice/layout.txt', 'utf8');
  const GLUED_TEXT = readFileSync('fixtures/pt-gaj-2021/input.txt', 'utf8');

  it('a custom adapter tying the best built-in wins: it comes first in the list', () => {
    expect(chooseAdapter(adapterList([fixed('mine', 0.93)]), LAYOUT_TEXT, undefined).name).toBe('mine');
    expect(chooseAdapter(adapterList([fixed('mine', 0.92)]), LAYOUT_TEXT, undefined)).toBe(layoutAdapter);
    expect(chooseAdapter(adapterList([fixed('mine', 0.95)]), GLUED_TEXT, undefined).name).toBe('mine');
    expect(chooseAdapter(adapterList([fixed('mine', 0.9)]), GLUED_TEXT, undefined)).toBe(gluedAdapter);
  });

  it('of two custom adapters with equal confidence the earlier wins, also at 1', () => {
    expect(chooseAdapter(adapterList([fixed('a', 1), fixed('b', 1)]), LAYOUT_TEXT, undefined).name).toBe('a');
    expect(chooseAdapter(adapterList([fixed('a', 0.3), fixed('b', 0.97), fixed('c', 0.97)]), LAYOUT_TEXT, undefined).name).toBe('b');
  });

  it('matches the list order on random custom confidences and disabled built-ins', () => {
    // A fixed linear congruential sequence: the same cases on every run.
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const levels = [0, 0.2, 0.6, 0.8, 0.9, 0.93, 0.95, 0.97, 1];
    const texts = [LAYOUT_TEXT, GLUED_TEXT, readFileSync('fixtures/seed-001/input.txt', 'utf8'), readFileSync('fixtures/seed-002/input.txt', 'utf8'), readFileSync('fixtures/markdown/pt-scj-2021-marker/input.md', 'utf8')];
    for (let k = 0; k < 300; k++) {
      const custom = Array.from({ length: Math.floor(next() * 3) }, (_, i) => fixed(`c${i}`, levels[Math.floor(next() * levels.length)]));
      const disable = builtinAdapters.filter(() => next() < 0.3).map((a) => a.name);
      if (disable.length === builtinAdapters.length) continue;
      const adapters = adapterList(custom, disable);
      const text = texts[k % texts.length]!;
      expect(chooseAdapter(adapters, text, undefined).name, `case ${k}`).toBe(byListOrder(adapters, text).name);
    }
  });

  it('does not ask the detectors that cannot beat a layout text or a glued export', () => {
    const asked = [tsvAdapter, pipeAdapter, layoutAdapter, linesAdapter].map((adapter) => vi.spyOn(adapter, 'detect'));
    try {
      expect(chooseAdapter(builtinAdapters, LAYOUT_TEXT, undefined)).toBe(layoutAdapter);
      expect(asked.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 1, 0]);
      expect(chooseAdapter(builtinAdapters, GLUED_TEXT, undefined)).toBe(gluedAdapter);
      expect(asked.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 1, 0]);
    } finally {
      for (const spy of asked) spy.mockRestore();
    }
  });
});
