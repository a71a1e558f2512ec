/**
 * validate(report): the arithmetic the table formats themselves define (勾稽关系,
 * row and group totals, value checks). It reads the report and never changes it.
 *
 * Checks are returned in this order:
 *   1. APPLICATIONS_BALANCE          — 7, one per column of 三 (table order)
 *   2. APPLICATIONS_TOTAL_PROCESSED  — 7, one per column of 三
 *   3. APPLICATIONS_ROW_TOTAL        — one per row of 三 (2021/unknown: 25, 2019: 23)
 *   4. REVIEW_LITIGATION_TOTAL       — 3, one per group of 四
 *   5. NEGATIVE_VALUE / NOT_INTEGER  — per numeric cell of the edition, 二 then 三 then 四
 *      (counts get both, NEGATIVE_VALUE first; amounts only NEGATIVE_VALUE; 2019
 *      `change` cells only NOT_INTEGER). Null cells get none unless `nulls: 'zero'`.
 *
 * With every cell filled (or `nulls: 'zero'`), a 2021 report gets 7 + 7 + 25 + 3 + 200 + 199
 * = 441 checks and a 2019 report 7 + 7 + 23 + 3 + 193 + 197 = 430.
 *
 * An `unknown` edition is checked against the 2021 layout (three （六） rows).
 */
import { ReportParseError } from '../errors.js';
import { type SchemaProblem, checkSchema } from '../schema/check-schema.js';
import type { Report } from '../types.js';
import { checkBalance } from './rules/balance.js';
import type { RuleContext } from './rules/context.js';
import { checkReviewLitigation } from './rules/review-litigation.js';
import { checkRowTotals } from './rules/row-total.js';
import { checkTotalProcessed } from './rules/total-processed.js';
import { checkValues } from './rules/values.js';
import type { Check, ValidateOptions, ValidationResult } from './types.js';
import { discountInferred } from './inferred.js';
import { printsSingleOtherDisposal } from './labels.js';

export type {
  Check,
  CheckCode,
  CheckStatus,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from './types.js';

export { APPLICATIONS_BALANCE } from './rules/balance.js';
export { APPLICATIONS_TOTAL_PROCESSED } from './rules/total-processed.js';
export { APPLICATIONS_ROW_TOTAL } from './rules/row-total.js';
export { REVIEW_LITIGATION_TOTAL } from './rules/review-litigation.js';
export { NEGATIVE_VALUE, NOT_INTEGER } from './rules/values.js';

function nullsAsZero(options: ValidateOptions | undefined): boolean {
  const nulls = options?.nulls;
  if (nulls === undefined || nulls === 'unknown') return false;
  if (nulls === 'zero') return true;
  throw new ReportParseError('INVALID_OPTIONS', `validate(): options.nulls must be 'unknown' or 'zero', got ${typeof nulls === 'string' ? JSON.stringify(nulls) : typeof nulls}`);
}

/** Throws INVALID_REPORT unless `value` has the shape of a Report (schema/report.schema.json). */
function assertReport(value: unknown): asserts value is Report {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new ReportParseError('INVALID_REPORT', `validate() takes a Report (what parseReport returns), not ${what}`);
  }
  const wrapper = value as { file?: unknown; report?: unknown };
  if ('report' in wrapper && 'file' in wrapper && !('meta' in value)) {
    throw new ReportParseError('INVALID_REPORT', 'validate() was given the command line\'s {file, report} wrapper: pass its .report');
  }
  const problems = checkSchema(value).filter((problem) => !outsideTheTables(problem, value));
  if (problems.length > 0) {
    const first = problems.slice(0, 3).map((p) => `${p.path === '' ? '(report)' : p.path} ${p.message}`);
    throw new ReportParseError('INVALID_REPORT', `validate() takes a Report; this value does not match schema/report.schema.json (${problems.length} problem${problems.length === 1 ? '' : 's'}: ${first.join('; ')})`);
  }
}

/**
 * Schema problems validate() does not care about. It needs the shape: the objects and cells
 * present (`required`) and of the right kind (`type`). Which cells an edition fills
 * (`anyOf`, `const`…), the prose, the warnings and the meta fields other than the edition are
 * never read, and a cell holding a non-JSON number (NaN, Infinity) is exactly what the value
 * checks report.
 */
function outsideTheTables(problem: SchemaProblem, report: object): boolean {
  const path = problem.path;
  if (problem.keyword !== 'type' && problem.keyword !== 'required') return true;
  if (problem.keyword === 'required' && path === '' && /'(warnings|text)'/.test(problem.message)) return true;
  if (/^(warnings|text)(\.|$)/.test(path)) return true;
  if (path.startsWith('meta.') && path !== 'meta.edition') return true;
  return problem.keyword === 'type' && typeof valueAt(report, path) === 'number';
}

function valueAt(root: object, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * Runs every check of the report's edition. `ok` is true when no check failed;
 * `unknown` checks (a blank operand) do not fail a report. Anything that is not a Report
 * (checked against the schema) throws a {@link ReportParseError} with code `INVALID_REPORT`.
 */
export function validate(report: Report, options?: ValidateOptions): ValidationResult {
  assertReport(report);
  const checks: Check[] = [];
  const ctx: RuleContext = {
    report,
    is2019: report.meta?.edition === '2019',
    singleOtherDisposal: report.meta?.edition === '2019' || printsSingleOtherDisposal(report),
    zero: nullsAsZero(options),
    out: checks,
  };
  checkBalance(ctx);
  checkTotalProcessed(ctx);
  checkRowTotals(ctx);
  checkReviewLitigation(ctx);
  checkValues(ctx);
  discountInferred(checks, report.warnings);
  const issues: Check[] = [];
  for (const c of checks) if (c.status === 'fail') issues.push(c);
  return { ok: issues.length === 0, checks, issues };
}
