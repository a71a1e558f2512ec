/**
 * The flow of data stays visible in the imports: normalize → table model → adapters → grid /
 * stream → recognizers → report → validate. A layer imports only from layers before it, and
 * there is no import cycle anywhere in src/. (A dependency-graph check without a tool: the
 * imports are read from the source text.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../src/index.js';
import { emptyReport } from '../src/report/empty.js';
import { ACTIVE_ROWS, APPLICATION_ROWS, COUNT_COLUMNS, OUTCOMES, REVIEW_GROUPS } from '../src/table-model/index.js';
import { ACTIVE_ROW_LABELS_2019, ROW_LABELS } from '../src/validate/labels.js';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** file (relative to src) → the src files it imports (type imports included: they are dependencies too). */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
      targets.push(relative(SRC, resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'))));
    }
    out.set(relative(SRC, file), targets);
  }
  return out;
}

const layerOf = (file: string): string => (file.includes('/') ? file.split('/')[0]! : file.replace(/\.ts$/, ''));

/** What each layer may import from (besides itself). Shared leaf modules first. */
const ALLOWED: Record<string, readonly string[]> = {
  // normalize reads the `Script` type only
  normalize: ['types'],
  'table-model': ['normalize'],
  errors: [],
  'warning-codes': [],
  types: ['table-model', 'warning-codes'],
  warnings: ['table-model', 'types', 'warning-codes'],
  model: ['table-model'],
  decode: ['errors'],
  html: ['model', 'normalize', 'adapters'],
  adapters: ['model', 'normalize', 'table-model', 'warnings', 'errors', 'html', 'types'],
  sections: ['model', 'normalize', 'table-model', 'warnings'],
  recognizers: ['model', 'normalize', 'table-model', 'warnings', 'types', 'report', 'sections'],
  report: ['model', 'normalize', 'table-model', 'warnings', 'types', 'recognizers', 'sections', 'schema', 'errors'],
  schema: ['types', 'errors'],
  validate: ['types', 'table-model', 'errors', 'schema', 'warnings'],
};

describe('architecture', () => {
  const imports = graph();

  it('adapters import nothing from sections, recognizers, report or validate', () => {
    const bad = [...imports].filter(([file]) => layerOf(file) === 'adapters').flatMap(([file, to]) => to.filter((t) => ['sections', 'recognizers', 'report', 'validate'].includes(layerOf(t))).map((t) => `${file} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('each layer imports only from the layers before it', () => {
    const bad: string[] = [];
    for (const [file, targets] of imports) {
      const layer = layerOf(file);
      const allowed = ALLOWED[layer];
      if (allowed === undefined) continue; // the entry points (index, parse, cli, pdf) may import anything
      for (const target of targets) {
        const to = layerOf(target);
        if (to !== layer && !allowed.includes(to)) bad.push(`${file} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) if (imports.has(next)) walk(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of imports.keys()) walk(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('one table model', () => {
  it('builds the empty report the JSON Schema accepts, field for field', () => {
    expect(checkSchema(emptyReport('html'))).toEqual([]);
  });

  it('has exactly the fields the table model names (rows, columns, both editions)', () => {
    const report = emptyReport('html');
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(report.activeDisclosure)).toEqual(ACTIVE_ROWS.map((r) => r.key).sort());
    for (const row of ACTIVE_ROWS) {
      const fields = new Set([...(row.columns['2021'] ?? []), ...(row.columns['2019'] ?? [])].map((c) => c.key));
      if (row.key === 'procurement') fields.add('amountUnit');
      expect(keys(report.activeDisclosure[row.key]), row.key).toEqual([...fields].sort());
    }
    const paths: string[] = [];
    for (const [group, value] of Object.entries(report.applications)) {
      if ('naturalPerson' in value) paths.push(group);
      else for (const row of Object.keys(value)) paths.push(`${group}.${row}`);
    }
    expect(paths.sort()).toEqual(APPLICATION_ROWS.map((r) => r.path).sort());
    expect(keys(report.applications.newReceived)).toEqual(COUNT_COLUMNS.map((c) => c.key).sort());
    expect(keys(report.reviewLitigation)).toEqual(REVIEW_GROUPS.map((g) => g.key).sort());
    expect(keys(report.reviewLitigation.review)).toEqual(OUTCOMES.map((o) => o.key).sort());
  });

  it('gives validate() its row and column wording', () => {
    expect(Object.keys(ROW_LABELS)).toEqual(APPLICATION_ROWS.map((row) => row.path));
    expect(ACTIVE_ROW_LABELS_2019['normativeDocuments']).toBe(ACTIVE_ROWS.find((r) => r.key === 'normativeDocuments')!.label2019);
  });

  it('keeps no second copy of the row vocabulary in src/ (the model is the only place a row keyword is written)', () => {
    const owners = files(SRC).filter((file) => readFileSync(file, 'utf8').includes('第三方合法权益'));
    expect(owners.map((f) => relative(SRC, f))).toEqual(['table-model/tables.ts']);
  });
});
