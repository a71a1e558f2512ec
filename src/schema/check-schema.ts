/**
 * Schema conformance of a `Report`, using the precompiled validator generated from
 * `schema/report.schema.json` (no ajv and no code generation at run time, so it works under a
 * strict Content-Security-Policy and in browsers).
 *
 * This is about the *shape* only: every key present, no extra keys, cells `number | null`,
 * fields of the other edition `null`. Whether the numbers add up (or are negative, fractional…)
 * is `validate()`'s job.
 */
import type { Report } from '../types.js';
import validateReport, { type ValidationError } from './validate.generated.js';

/** One way in which a value does not match `schema/report.schema.json`. */
export interface SchemaProblem {
  /** dotted path of the offending value, e.g. `applications.newReceived.total`; `''` for the report itself */
  path: string;
  /** the schema keyword that failed: `type`, `required`, `additionalProperties`, `enum`, `pattern`, … */
  keyword: string;
  /** what is wrong, in English */
  message: string;
}

/** Thrown by {@link assertSchema}. Seeing it from `parseReport()` means a bug in the parser. */
export class ReportSchemaError extends Error {
  readonly code = 'SCHEMA_VIOLATION';
  readonly problems: SchemaProblem[];

  constructor(problems: SchemaProblem[]) {
    const lines = problems.map((p) => `  ${p.path === '' ? '(report)' : p.path}: ${p.message} [${p.keyword}]`);
    super(
      `Report does not match schema/report.schema.json (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.name = 'ReportSchemaError';
    this.problems = problems;
  }
}

const SOURCE_KEYS = new Set(['text', 'line', 'column', 'page', 'box']);
const positive = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;

/** `$defs.fieldSource` of the schema, checked by hand (see scripts/build-schema.mjs). */
function sourceProblems(sources: unknown): SchemaProblem[] {
  if (sources === null || typeof sources !== 'object') return [];
  const problems: SchemaProblem[] = [];
  for (const [field, entry] of Object.entries(sources as Record<string, Record<string, unknown>>)) {
    const path = `sources.${field}`;
    const bad = (keyword: string, message: string): void => void problems.push({ path, keyword, message });
    if (typeof entry.text !== 'string') bad('required', 'must have text (a string)');
    if (!positive(entry.line)) bad('required', 'must have line (an integer ≥ 1)');
    if (entry.column !== undefined && !positive(entry.column)) bad('type', 'column must be an integer ≥ 1');
    if (entry.page !== undefined && !positive(entry.page)) bad('type', 'page must be an integer ≥ 1');
    if (entry.box !== undefined && !(Array.isArray(entry.box) && entry.box.length === 4 && entry.box.every((v) => typeof v === 'number'))) bad('type', 'box must be four numbers');
    for (const key of Object.keys(entry)) if (!SOURCE_KEYS.has(key)) bad('additionalProperties', `must NOT have additional property '${key}'`);
  }
  return problems;
}

/** Returns `[]` when `report` matches the schema, else every problem found. */
export function checkSchema(report: unknown): SchemaProblem[] {
  const sources = report !== null && typeof report === 'object' ? sourceProblems((report as { sources?: unknown }).sources) : [];
  if (validateReport(report)) return sources;
  const errors = validateReport.errors ?? [];
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    // An `if`/`then` failure is always reported again, more precisely, by the `then` branch's own
    // errors (allErrors mode), so the generic "must match \"then\" schema" adds nothing.
    if (error.keyword === 'if') continue;
    problems.push({ path: toDottedPath(error.instancePath), keyword: error.keyword, message: describe(error, report) });
  }
  return [...problems, ...sources];
}

/** Throws a {@link ReportSchemaError} listing every problem unless `report` matches the schema. */
export function assertSchema(report: unknown): asserts report is Report {
  const problems = checkSchema(report);
  if (problems.length > 0) throw new ReportSchemaError(problems);
}

/** `/a/b~1c/0` → `a.b/c.0` (JSON Pointer segments decoded and joined with dots). */
function toDottedPath(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function describe(error: ValidationError, report: unknown): string {
  const message = error.message ?? `must pass "${error.keyword}"`;
  const params = error.params;
  if (error.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') {
    return `must NOT have the property '${params['additionalProperty']}' (not part of the report model)`;
  }
  if (error.schemaPath.startsWith('#/$defs/absent/')) {
    const edition = editionOf(report);
    const other = edition === '2021' ? '2019' : edition === '2019' ? '2021' : 'other';
    return `${message}: the field belongs only to the ${other} edition, and meta.edition is "${edition}"`;
  }
  return message;
}

function editionOf(report: unknown): string {
  if (typeof report !== 'object' || report === null) return '?';
  const meta: unknown = (report as { meta?: unknown }).meta;
  if (typeof meta !== 'object' || meta === null) return '?';
  const edition: unknown = (meta as { edition?: unknown }).edition;
  return typeof edition === 'string' ? edition : '?';
}
