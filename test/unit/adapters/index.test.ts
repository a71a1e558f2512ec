/**
 * Detection across the real inputs: every fixture (after normalize, as the pipeline sees it)
 * is claimed by the adapter its expected.json names, and each adapter is most confident on
 * its own inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinAdapters, gluedAdapter, htmlAdapter, layoutAdapter, linesAdapter, markdownAdapter, pipeAdapter, tsvAdapter } from '../../../src/adapters/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { fixtureInput, fixtureLayout } from '../helpers.js';

/** The five seeds, the HTML pages and the glued text exports (a fixed list: fixtures are added over time). */
const FIXTURES = [
  'seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004',
  'html-2019-colspan', 'pt-czj-2019-html', 'pt-shs-2025-html', 'pt-zrz-2024-html',
  'pt-gaj-2021', 'pt-hzs-2019', 'pt-jjf-2023', 'pt-jjp-2021', 'pt-jtj-2020', 'pt-nyn-2020',
];

interface Sample {
  name: string;
  layout: string;
  text: string;
}

const samples: Sample[] = [];

beforeAll(async () => {
  for (const name of FIXTURES) {
    samples.push({ name, layout: fixtureLayout(name), text: (await normalize(fixtureInput(name))).text });
  }
});

describe('builtinAdapters', () => {
  it('lists html, tsv, pipe, markdown, layout, glued, lines in that order (earlier wins a tie)', () => {
    expect(builtinAdapters.map((a) => a.name)).toEqual(['html', 'tsv', 'pipe', 'markdown', 'layout', 'glued', 'lines']);
    expect(builtinAdapters).toEqual([htmlAdapter, tsvAdapter, pipeAdapter, markdownAdapter, layoutAdapter, gluedAdapter, linesAdapter]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(builtinAdapters)).toBe(true);
  });

  it('covers the five seeds, the HTML pages and the glued text exports', () => {
    const byLayout = (layout: string): string[] => samples.filter((s) => s.layout === layout).map((s) => s.name);
    expect(byLayout('lines')).toEqual(['seed-000', 'seed-004']);
    expect(byLayout('pipe')).toEqual(['seed-001', 'seed-003']);
    expect(byLayout('tsv')).toEqual(['seed-002']);
    expect(byLayout('html')).toEqual(['html-2019-colspan', 'pt-czj-2019-html', 'pt-shs-2025-html', 'pt-zrz-2024-html']);
    expect(byLayout('glued')).toEqual(['pt-gaj-2021', 'pt-hzs-2019', 'pt-jjf-2023', 'pt-jjp-2021', 'pt-jtj-2020', 'pt-nyn-2020']);
  });

  it('gives every fixture its own adapter a confidence strictly above every other adapter', () => {
    for (const sample of samples) {
      const scores = builtinAdapters.map((a) => [a.name, a.detect(sample.text)] as const);
      const own = scores.find(([name]) => name === sample.layout)![1];
      for (const [name, score] of scores) {
        if (name !== sample.layout) expect(score, `${sample.name}: ${name} vs ${sample.layout}`).toBeLessThan(own);
      }
    }
  });

  it('ranks, for every adapter, its own fixtures above all the others', () => {
    for (const adapter of builtinAdapters) {
      const own = samples.filter((s) => s.layout === adapter.name).map((s) => adapter.detect(s.text));
      // markdown and layout inputs live in fixtures/markdown and fixtures/pdf (their own tests)
      if (own.length === 0) continue;
      const others = samples.filter((s) => s.layout !== adapter.name).map((s) => adapter.detect(s.text));
      expect(Math.max(...own), adapter.name).toBeGreaterThan(Math.max(...others));
    }
  });

  it('returns confidences between 0 and 1 on every fixture', () => {
    for (const sample of samples) {
      for (const adapter of builtinAdapters) {
        const score = adapter.detect(sample.text);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the one-cell-per-line seed 000 a clearly higher lines confidence than the table seeds', () => {
    const score = (name: string): number => linesAdapter.detect(samples.find((s) => s.name === name)!.text);
    expect(score('seed-000')).toBeGreaterThan(0.5);
    for (const name of ['seed-001', 'seed-002', 'seed-003']) expect(score(name)).toBeLessThan(score('seed-000'));
  });
});
