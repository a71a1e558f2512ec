import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ActiveDisclosure,
  Applications,
  Counts,
  DecisionCounts,
  DocumentCounts,
  Fees,
  Meta,
  Outcomes,
  Procurement,
  Report,
  ReportText,
  ReviewLitigation,
  Warning,
} from '../src/types.js';
import { assertSchema, checkSchema, ReportSchemaError } from '../src/schema/check-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8'));

type Json = Record<string, any>;
const schema = readJson('schema/report.schema.json') as Json;
const generatedPath = join(root, 'src/schema/validate.generated.js');

/** A template as a complete report: `layout` filled in (the template's `""` is a placeholder) and no warnings. */
function template(edition: '2021' | '2019'): Json {
  const t = readJson(`fixtures/_templates/expected-${edition}.json`) as Json;
  t['meta'].layout = 'lines';
  t['warnings'] = [];
  return t;
}

const summary = (report: unknown) => checkSchema(report).map((p) => `${p.path} ${p.keyword}`);

describe('schema/report.schema.json accepts', () => {
  it('both all-null templates (with meta.layout filled in)', () => {
    expect(checkSchema(template('2021'))).toEqual([]);
    expect(checkSchema(template('2019'))).toEqual([]);
  });

  it('the templates as committed, apart from a placeholder meta.layout ""', () => {
    // meta.layout has minLength 1 (a parsed report always names its adapter); a template may
    // leave it "" for the fixture author to fill in.
    for (const edition of ['2021', '2019']) {
      const raw = readJson(`fixtures/_templates/expected-${edition}.json`) as Json;
      raw['warnings'] = [];
      const problems = summary(raw).filter((p) => !(raw['meta'].layout === '' && p === 'meta.layout minLength'));
      expect(problems).toEqual([]);
    }
  });

  it('every fixture expected.json (plus warnings: [])', () => {
    const dirs = readdirSync(join(root, 'fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .filter((name) => existsSync(join(root, 'fixtures', name, 'expected.json')));
    for (const name of dirs) {
      const report = readJson(`fixtures/${name}/expected.json`) as Json;
      report['warnings'] ??= [];
      expect({ name, problems: checkSchema(report) }).toEqual({ name, problems: [] });
    }
  });

  it('negative and fractional cells (flagging them is validate()\'s job)', () => {
    const r = template('2021');
    r['applications'].newReceived.naturalPerson = -3;
    r['applications'].newReceived.total = 2.5;
    r['activeDisclosure'].fees.amount = 0.35;
    expect(checkSchema(r)).toEqual([]);
    const s = template('2019');
    s['activeDisclosure'].licensing.change = -72;
    expect(checkSchema(s)).toEqual([]);
  });

  it('fields of both editions when meta.edition is "unknown"', () => {
    const r = template('2021');
    r['meta'].edition = 'unknown';
    r['activeDisclosure'].rules.issued = 1;
    r['activeDisclosure'].rules.newlyMade = 2;
    r['applications'].otherDisposal.total.total = 3;
    r['applications'].otherDisposal.other.total = 4;
    expect(checkSchema(r)).toEqual([]);
  });

  it('2021-only fields in a 2021 report and 2019-only fields in a 2019 report', () => {
    const r = template('2021');
    r['activeDisclosure'].rules.issued = 3;
    r['activeDisclosure'].fees.amount = 1.5;
    r['applications'].otherDisposal.overdueFee.total = 1;
    expect(checkSchema(r)).toEqual([]);
    const s = template('2019');
    s['activeDisclosure'].rules.newlyMade = 3;
    s['activeDisclosure'].procurement = { projects: 2, amount: 10.5, amountUnit: '万元' };
    s['activeDisclosure'].otherServices.change = -1;
    s['applications'].otherDisposal.total.total = 1;
    expect(checkSchema(s)).toEqual([]);
  });

  it('warnings with and without path/line', () => {
    const r = template('2021');
    r['warnings'] = [
      { code: 'PLACEHOLDER', message: '“—” read as null', path: 'applications.granted.total', line: 12 },
      { code: 'TEXT_DROPPED', message: 'dropped page chrome' },
    ];
    expect(checkSchema(r)).toEqual([]);
  });
});

describe('schema/report.schema.json rejects', () => {
  it('an extra key', () => {
    const r = template('2021');
    r['meta'].extra = 1;
    expect(checkSchema(r)).toEqual([
      { path: 'meta', keyword: 'additionalProperties', message: expect.stringContaining("'extra'") },
    ]);
    const s = template('2021');
    s['applications'].newReceived.subtotal = 5;
    expect(summary(s)).toEqual(['applications.newReceived additionalProperties']);
  });

  it('a missing key', () => {
    const r = template('2021');
    delete r['applications'].newReceived.total;
    expect(checkSchema(r)).toEqual([
      { path: 'applications.newReceived', keyword: 'required', message: "must have required property 'total'" },
    ]);
    const s = template('2019');
    delete s['warnings'];
    expect(summary(s)).toEqual([' required']);
  });

  it('a string in a cell', () => {
    const r = template('2021');
    r['applications'].newReceived.total = '12';
    r['reviewLitigation'].review.upheld = '—';
    expect(summary(r)).toEqual(['applications.newReceived.total type', 'reviewLitigation.review.upheld type']);
  });

  it('a 2019-only field with a value in a 2021-edition report (rules.newlyMade: 3)', () => {
    const r = template('2021');
    r['activeDisclosure'].rules.newlyMade = 3;
    const problems = checkSchema(r);
    expect(problems).toEqual([{ path: 'activeDisclosure.rules.newlyMade', keyword: 'type', message: expect.any(String) }]);
    expect(problems[0]?.message).toContain('2019 edition');
  });

  it('every 2019-only field in a 2021-edition report', () => {
    const r = template('2021');
    const ad = r['activeDisclosure'];
    for (const k of ['newlyMade', 'newlyPublished', 'totalPublished']) ad.rules[k] = ad.normativeDocuments[k] = 1;
    for (const k of ['licensing', 'penalty', 'coercion', 'fees']) ad[k].previousYear = ad[k].change = 1;
    for (const k of ['decisions', 'previousYear', 'change']) ad.otherServices[k] = 1;
    ad.procurement = { projects: 1, amount: 1, amountUnit: '元' };
    r['applications'].otherDisposal.total.naturalPerson = 1;
    r['applications'].otherDisposal.total.total = 1;
    r['applications'].otherDisposal.other.total = 1;
    expect(summary(r).sort()).toEqual(
      [
        'activeDisclosure.rules.newlyMade', 'activeDisclosure.rules.newlyPublished', 'activeDisclosure.rules.totalPublished',
        'activeDisclosure.normativeDocuments.newlyMade', 'activeDisclosure.normativeDocuments.newlyPublished',
        'activeDisclosure.normativeDocuments.totalPublished',
        'activeDisclosure.licensing.previousYear', 'activeDisclosure.licensing.change',
        'activeDisclosure.penalty.previousYear', 'activeDisclosure.penalty.change',
        'activeDisclosure.coercion.previousYear', 'activeDisclosure.coercion.change',
        'activeDisclosure.fees.previousYear', 'activeDisclosure.fees.change',
        'activeDisclosure.otherServices.decisions', 'activeDisclosure.otherServices.previousYear',
        'activeDisclosure.otherServices.change',
        'activeDisclosure.procurement.projects', 'activeDisclosure.procurement.amount',
        'activeDisclosure.procurement.amountUnit',
        'applications.otherDisposal.total.naturalPerson', 'applications.otherDisposal.total.total',
        'applications.otherDisposal.other.total',
      ].map((p) => `${p} type`).concat('applications.otherDisposal anyOf').sort(),
    );
  });

  it('accepts a 2021-edition report on the older template: the single （六）其他处理 row filled, its three sub-rows null', () => {
    const r = template('2021');
    r['applications'].otherDisposal.total.naturalPerson = 1;
    r['applications'].otherDisposal.total.total = 1;
    expect(summary(r)).toEqual([]);
  });

  it('a 2021-only field with a value in a 2019-edition report (fees.amount: 1)', () => {
    const r = template('2019');
    r['activeDisclosure'].fees.amount = 1;
    const problems = checkSchema(r);
    expect(problems).toEqual([{ path: 'activeDisclosure.fees.amount', keyword: 'type', message: expect.any(String) }]);
    expect(problems[0]?.message).toContain('2021 edition');
  });

  it('every 2021-only field in a 2019-edition report', () => {
    const r = template('2019');
    const ad = r['activeDisclosure'];
    for (const k of ['issued', 'repealed', 'inForce']) ad.rules[k] = ad.normativeDocuments[k] = 0;
    ad.fees.amount = 0;
    for (const row of ['overdueCorrection', 'overdueFee', 'other']) r['applications'].otherDisposal[row].research = 0;
    expect(summary(r).sort()).toEqual(
      [
        'activeDisclosure.rules.issued', 'activeDisclosure.rules.repealed', 'activeDisclosure.rules.inForce',
        'activeDisclosure.normativeDocuments.issued', 'activeDisclosure.normativeDocuments.repealed',
        'activeDisclosure.normativeDocuments.inForce', 'activeDisclosure.fees.amount',
        'applications.otherDisposal.overdueCorrection.research', 'applications.otherDisposal.overdueFee.research',
        'applications.otherDisposal.other.research',
      ].map((p) => `${p} type`).sort(),
    );
  });

  it('a bad warning code, a line below 1, an extra warning key, a missing message', () => {
    const r = template('2021');
    r['warnings'] = [
      { code: 'row-missing', message: 'x' },
      { code: 'ROW_MISSING', message: 'x', line: 0 },
      { code: 'ROW_MISSING', message: 'x', severity: 'high' },
      { code: 'ROW_MISSING' },
    ];
    expect(summary(r)).toEqual([
      'warnings.0.code pattern',
      'warnings.1.line minimum',
      'warnings.2 additionalProperties',
      'warnings.3 required',
    ]);
  });

  it('bad meta values', () => {
    const r = template('2021');
    r['meta'].edition = '2022';
    r['meta'].script = 'zh-Hant';
    r['meta'].year = 2022.5;
    r['meta'].title = 7;
    expect(summary(r)).toEqual(['meta.title type', 'meta.year type', 'meta.edition enum', 'meta.script enum']);
  });

  it('things that are not a report', () => {
    expect(summary(null)).toEqual([' type']);
    expect(summary([])).toEqual([' type']);
    expect(summary({})).toEqual(
      ['meta', 'text', 'activeDisclosure', 'applications', 'reviewLitigation', 'warnings'].map(() => ' required'),
    );
  });
});

describe('assertSchema', () => {
  it('returns for a valid report', () => {
    expect(() => assertSchema(template('2021'))).not.toThrow();
  });

  it('throws a ReportSchemaError listing the problems', () => {
    const r = template('2021');
    r['applications'].granted.total = '3';
    delete r['text'].other;
    let caught: unknown;
    try {
      assertSchema(r);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportSchemaError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as ReportSchemaError;
    expect(error.code).toBe('SCHEMA_VIOLATION');
    expect(error.name).toBe('ReportSchemaError');
    expect(error.problems.map((p) => p.path)).toEqual(['text', 'applications.granted.total']);
    expect(error.message).toContain('applications.granted.total');
    expect(error.message).toContain("must have required property 'other'");
  });

  it('maps JSON Pointer escapes back to key names', () => {
    const r = template('2021');
    r['meta']['a/b~c'] = 1;
    r['warnings'] = [{ code: 'X', message: 'm', ['p/q']: 1 }];
    expect(checkSchema(r).map((p) => p.path)).toEqual(['meta', 'warnings.0']);
    expect(checkSchema(r)[0]?.message).toContain("'a/b~c'");
  });
});

// ---------------------------------------------------------------------------------------------
// The schema document itself

/** Resolve a local `$ref` such as `#/$defs/counts`. */
function deref(node: Json): Json {
  let n = node;
  while (typeof n['$ref'] === 'string') {
    const ref: string = n['$ref'];
    expect(ref.startsWith('#/$defs/')).toBe(true);
    n = schema['$defs'][ref.slice('#/$defs/'.length)];
    expect(n).toBeDefined();
  }
  return n;
}

/** Every property of the data model (following properties / items / $ref from the root), by dotted path; array items are `<path>.*`. */
function modelProperties(): Map<string, Json> {
  const out = new Map<string, Json>();
  const visit = (node: Json, path: string) => {
    const n = deref(node);
    for (const [key, child] of Object.entries<Json>(n['properties'] ?? {})) {
      const p = path ? `${path}.${key}` : key;
      out.set(p, child);
      visit(child, p);
    }
    if (n['items']) {
      out.set(`${path}.*`, n['items']);
      visit(n['items'], `${path}.*`);
    }
  };
  visit(schema, '');
  return out;
}

/** The object schema (after $ref) at a model path. */
function modelAt(path: string): Json {
  const node = path === '' ? schema : modelProperties().get(path);
  expect(node, path).toBeDefined();
  return deref(node!);
}

describe('the schema document', () => {
  it('is draft 2020-12 with an absolute $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toMatch(/^https:\/\/[^#]+$/);
  });

  it('gives every property a non-empty title and description', () => {
    const props = modelProperties();
    expect(props.size).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [path, node] of props) {
      // the property's own title/description, or those of the shape it refers to
      const title = node['title'] ?? deref(node)['title'];
      const description = node['description'] ?? deref(node)['description'];
      if (typeof title !== 'string' || !title.trim()) missing.push(`${path}: title`);
      if (typeof description !== 'string' || !description.trim()) missing.push(`${path}: description`);
    }
    for (const [name, def] of Object.entries<Json>(schema['$defs'])) {
      if (typeof def['title'] !== 'string' || !def['title'].trim()) missing.push(`$defs.${name}: title`);
      if (typeof def['description'] !== 'string' || !def['description'].trim()) missing.push(`$defs.${name}: description`);
    }
    expect(missing).toEqual([]);
  });

  it('writes each description in Chinese and English', () => {
    const bad: string[] = [];
    const nodes: [string, Json][] = [['(root)', schema], ...modelProperties(), ...Object.entries<Json>(schema['$defs'])];
    for (const [path, node] of nodes) {
      const d = node['description'];
      if (typeof d !== 'string') continue;
      if (!/\p{Script=Han}/u.test(d) || !/[A-Za-z]{3,}/.test(d)) bad.push(path);
    }
    expect(bad).toEqual([]);
  });

  it('labels the rows and columns in Chinese', () => {
    const props = modelProperties();
    expect(props.get('applications.newReceived')?.['title']).toBe('一、本年新收政府信息公开申请数量');
    expect(props.get('reviewLitigation.review')?.['title']).toBe('行政复议');
    expect(schema['$defs'].counts.properties.naturalPerson.title).toBe('自然人');
    expect(schema['$defs'].outcomes.properties.upheld.title).toBe('结果维持');
  });

  it('closes every object and requires every key (the shape is fixed)', () => {
    const open: string[] = [];
    const check = (path: string, n: Json) => {
      if (n['type'] !== 'object') return;
      // `sources` is the one open object: a map from field path to a closed fieldSource.
      if (path === 'sources') {
        expect(n['additionalProperties']).toEqual({ $ref: '#/$defs/fieldSource' });
        return;
      }
      if (n['additionalProperties'] !== false) open.push(`${path}: additionalProperties`);
      const keys = Object.keys(n['properties'] ?? {});
      const optional = path === '$defs.warning' || path === 'warnings.*' ? ['path', 'line', 'via'] : path === '(root)' ? ['sources'] : path === '$defs.fieldSource' ? ['column', 'page', 'box'] : [];
      expect([...(n['required'] ?? [])].sort(), path).toEqual(keys.filter((k) => !optional.includes(k)).sort());
    };
    check('(root)', schema);
    for (const [path, node] of modelProperties()) check(path, deref(node));
    for (const name of ['counts', 'documentCounts', 'decisionCounts', 'outcomes', 'warning', 'fieldSource']) {
      check(`$defs.${name}`, schema['$defs'][name]);
    }
    expect(open).toEqual([]);
  });

  it('keeps cells as plain number | null (no minimum, no integer)', () => {
    expect(schema['$defs'].cell.type).toEqual(['number', 'null']);
    expect(Object.keys(schema['$defs'].cell).sort()).toEqual(['description', 'title', 'type']);
    expect(schema['$defs'].cell.description).toContain('validate()');
  });

  it('names only real model paths in the edition constraints', () => {
    const leaves: string[] = [];
    const collect = (n: Json, path: string) => {
      const props = n['properties'];
      if (!props) {
        leaves.push(path);
        return;
      }
      for (const [key, child] of Object.entries<Json>(props)) collect(child, path ? `${path}.${key}` : key);
    };
    for (const name of ['no2019Fields', 'no2021Fields']) collect(schema['$defs'][name], '');
    const props = modelProperties();
    expect(leaves.filter((p) => !props.has(p))).toEqual([]);
    // 2019-only: 20 cells of table 二 + the otherDisposal.total row; 2021-only: 7 cells + 3 rows
    expect(leaves.length).toBe(21 + 10);
  });

  it('has exactly the keys of src/types.ts', () => {
    // `satisfies Record<keyof T, 1>` fails to compile if a key is missing or extra,
    // so these lists are the TypeScript interfaces' keys.
    const keysOf = (o: object) => Object.keys(o).sort();
    const expected: [string, string[]][] = [
      ['', keysOf({ meta: 1, text: 1, activeDisclosure: 1, applications: 1, reviewLitigation: 1, warnings: 1, sources: 1 } satisfies Record<keyof Report, 1>)],
      ['meta', keysOf({ title: 1, organization: 1, year: 1, edition: 1, layout: 1, script: 1 } satisfies Record<keyof Meta, 1>)],
      ['text', keysOf({ overview: 1, problems: 1, other: 1 } satisfies Record<keyof ReportText, 1>)],
      ['activeDisclosure', keysOf({ rules: 1, normativeDocuments: 1, licensing: 1, otherServices: 1, penalty: 1, coercion: 1, fees: 1, procurement: 1 } satisfies Record<keyof ActiveDisclosure, 1>)],
      ['activeDisclosure.rules', keysOf({ issued: 1, repealed: 1, inForce: 1, newlyMade: 1, newlyPublished: 1, totalPublished: 1 } satisfies Record<keyof DocumentCounts, 1>)],
      ['activeDisclosure.licensing', keysOf({ decisions: 1, previousYear: 1, change: 1 } satisfies Record<keyof DecisionCounts, 1>)],
      ['activeDisclosure.fees', keysOf({ amount: 1, previousYear: 1, change: 1 } satisfies Record<keyof Fees, 1>)],
      ['activeDisclosure.procurement', keysOf({ projects: 1, amount: 1, amountUnit: 1 } satisfies Record<keyof Procurement, 1>)],
      ['applications', keysOf({ newReceived: 1, carriedOver: 1, granted: 1, partiallyGranted: 1, denied: 1, unableToProvide: 1, notProcessed: 1, otherDisposal: 1, totalProcessed: 1, carriedForward: 1 } satisfies Record<keyof Applications, 1>)],
      ['applications.denied', keysOf({ stateSecret: 1, prohibitedByLaw: 1, securityStability: 1, thirdPartyRights: 1, internalAffairs: 1, processInformation: 1, enforcementFiles: 1, administrativeQuery: 1 } satisfies Record<keyof Applications['denied'], 1>)],
      ['applications.unableToProvide', keysOf({ notHeld: 1, needsCreation: 1, unclear: 1 } satisfies Record<keyof Applications['unableToProvide'], 1>)],
      ['applications.notProcessed', keysOf({ complaint: 1, duplicate: 1, publication: 1, excessive: 1, confirmation: 1 } satisfies Record<keyof Applications['notProcessed'], 1>)],
      ['applications.otherDisposal', keysOf({ overdueCorrection: 1, overdueFee: 1, other: 1, total: 1 } satisfies Record<keyof Applications['otherDisposal'], 1>)],
      ['applications.newReceived', keysOf({ naturalPerson: 1, commercial: 1, research: 1, socialWelfare: 1, legalService: 1, otherOrg: 1, total: 1 } satisfies Record<keyof Counts, 1>)],
      ['reviewLitigation', keysOf({ review: 1, litigationDirect: 1, litigationAfterReview: 1 } satisfies Record<keyof ReviewLitigation, 1>)],
      ['reviewLitigation.review', keysOf({ upheld: 1, corrected: 1, other: 1, pending: 1, total: 1 } satisfies Record<keyof Outcomes, 1>)],
      ['warnings.*', keysOf({ code: 1, message: 1, path: 1, line: 1, via: 1 } satisfies Record<keyof Warning, 1>)],
    ];
    for (const [path, keys] of expected) {
      expect(Object.keys(modelAt(path)['properties']).sort(), path || '(root)').toEqual(keys);
    }
    // and no object was left out above: 3 + 8 (二) + 1 + 4 + 9 + 4 + 6 + 5 + 2 (三) + 4 (四) + 1 (warning) + 1 (sources)
    const objects = [...modelProperties()].filter(([, n]) => deref(n)['type'] === 'object').length;
    expect(objects).toBe(3 + 8 + 31 + 4 + 1 + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// The generated validator

describe('src/schema/validate.generated.js', () => {
  const committed = readFileSync(generatedPath, 'utf8');

  it('is exactly what scripts/build-schema.mjs generates from the committed schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-schema-'));
    try {
      const out = join(dir, 'validate.generated.js');
      execFileSync(process.execPath, [join(root, 'scripts/build-schema.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // and --check agrees (exit status 0)
    execFileSync(process.execPath, [join(root, 'scripts/build-schema.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('says it is generated', () => {
    expect(committed.split('\n')[0]).toMatch(/^\/\/ .*generated by scripts\/build-schema\.mjs.*not edit/i);
  });

  it('is self-contained: no require(, no import, no eval or new Function', () => {
    expect(committed).not.toMatch(/\brequire\s*\(/);
    expect(committed).not.toMatch(/^\s*import\b|\bimport\s*\(/m);
    expect(committed).not.toMatch(/\bnew\s+Function\b/);
    expect(committed).not.toMatch(/\beval\s*\(/);
    expect(committed).not.toMatch(/\bfrom\s*['"]/);
  });
});

describe('report.sources entries (checked by hand beside the compiled validator)', () => {
  it('accepts a well-formed entry and names each problem of a bad one', async () => {
    const { parseReport } = await import('../src/index.js');
    const { readFileSync } = await import('node:fs');
    const report = await parseReport(readFileSync(new URL('../fixtures/seed-001/input.txt', import.meta.url), 'utf8'), { sources: true });
    expect(checkSchema(report)).toEqual([]);
    const bad = structuredClone(report) as unknown as { sources: Record<string, unknown> };
    bad.sources['applications.newReceived.total'] = { text: 3, line: 0, box: [1, 2], extra: true };
    expect(checkSchema(bad).map((p) => `${p.path} ${p.keyword}`)).toEqual([
      'sources.applications.newReceived.total required',
      'sources.applications.newReceived.total required',
      'sources.applications.newReceived.total type',
      'sources.applications.newReceived.total additionalProperties',
    ]);
  });
});
