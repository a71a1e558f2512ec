import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, parseReport, validate } from '../src/index.js';
import { FIXTURES, comparable, loadFixtures } from './fixture-helpers.js';
import { diffReport } from './report-diff.js';

const fixtures = loadFixtures();
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

describe('fixtures', () => {
  it('should include the five seeds and at least eight corpus reports', () => {
    const names = fixtures.map((f) => f.name);
    for (const seed of SEEDS) expect(names).toContain(seed);
    expect(names.filter((n) => n.startsWith('pt-')).length).toBeGreaterThanOrEqual(8);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('should put no wrong number in any field (a number that differs from the source, or one where the source has none)', async () => {
        const report = await parseReport(fixture.input);
        const diff = diffReport(report as unknown as Record<string, unknown>, fixture.expected);
        expect([...diff.wrong, ...diff.invented]).toEqual([]);
      });

      it('should parse to its hand-written expected.json (every number recovered, text and meta)', async () => {
        const report = await parseReport(fixture.input);
        expect(comparable(report as unknown as Record<string, unknown>)).toEqual(comparable(fixture.expected));
      });

      it('should raise exactly the warnings its warnings.json lists (code and path, in order)', async () => {
        const report = await parseReport(fixture.input);
        const got = report.warnings.map((w) => (w.path === undefined ? { code: w.code } : { code: w.code, path: w.path }));
        expect(got).toEqual(fixture.warnings);
      });

      it('should give a schema-valid report whose warnings name a known field or table', async () => {
        const report = await parseReport(fixture.input);
        expect(checkSchema(report)).toEqual([]);
        for (const warning of report.warnings) {
          if (warning.path === undefined) continue;
          let node: unknown = report;
          for (const key of warning.path.split('.')) node = (node as Record<string, unknown>)[key];
          expect(node, warning.path).not.toBeUndefined();
        }
      });
    });
  }
});

describe('the seeds (issue acceptance)', () => {
  const seed = (name: string): string => readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');

  it('should read each seed with the adapter for its shape', async () => {
    const layouts = [];
    for (const name of SEEDS) layouts.push((await parseReport(seed(name))).meta.layout);
    expect(layouts).toEqual(['lines', 'pipe', 'tsv', 'pipe', 'lines']);
  });

  it('should find no arithmetic failure in any seed, by default and with nulls as zero', async () => {
    for (const name of SEEDS) {
      const report = await parseReport(seed(name));
      expect(validate(report).issues, name).toEqual([]);
      expect(validate(report, { nulls: 'zero' }).issues, name).toEqual([]);
    }
  });

  it('should keep seed 000 positional blanks as null, never 0', async () => {
    const report = await parseReport(seed('seed-000'));
    expect(report.applications.newReceived).toEqual({ naturalPerson: 0, commercial: 0, research: 0, socialWelfare: null, legalService: null, otherOrg: null, total: null });
    expect(report.activeDisclosure.fees.amount).toBeNull();
  });

  it('should leave a seed 002 lone value null where padding leaves its column open, and place it where the row has seven fields', async () => {
    const report = await parseReport(seed('seed-002'));
    expect(report.applications.granted).toEqual({ naturalPerson: null, commercial: null, research: null, socialWelfare: null, legalService: null, otherOrg: null, total: null });
    expect(report.applications.denied.securityStability.total).toBe(0);
    expect(report.warnings.find((w) => w.path === 'applications.granted')?.code).toBe('CELL_UNPLACED');
  });

  it('should simplify seed 004, strip its pinyin and keep licensing 70 with the lost cells null and warned', async () => {
    const report = await parseReport(seed('seed-004'));
    expect(report.meta.script).toBe('traditional');
    expect(JSON.stringify(report.text)).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(report.text.overview).toContain('政府信息公开');
    expect(report.activeDisclosure.licensing.decisions).toBe(70);
    expect(report.applications.newReceived.total).toBeNull();
    expect(report.warnings.some((w) => w.code === 'CELL_MISSING' && w.path === 'applications.newReceived')).toBe(true);
  });

  it('should fail exactly the identities a changed cell takes part in', async () => {
    const text = seed('seed-003').replace('一、本年新收政府信息公开申请数量 | 0 |', '一、本年新收政府信息公开申请数量 | 5 |');
    const result = validate(await parseReport(text));
    const failed = result.issues.map((c) => `${c.code} ${c.paths[0]}`).sort();
    expect(failed).toEqual(['APPLICATIONS_BALANCE applications.newReceived.naturalPerson', 'APPLICATIONS_ROW_TOTAL applications.newReceived.total']);
  });
});
