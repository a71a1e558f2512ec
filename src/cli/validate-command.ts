/**
 * `zfxxgk validate`: parse each input, run validate(), print every failed check.
 */
import { type Check, validate } from '../index.js';
import { oneLine } from './errors.js';
import type { Output } from './output.js';
import type { Status } from './progress.js';
import { type PoolLimits, run } from './run.js';

export interface ValidateCommandOptions extends PoolLimits {
  nulls: 'unknown' | 'zero';
  layout: string | undefined;
  verbose: boolean;
}

export interface ValidateCommandResult {
  /** inputs that could not be read or parsed */
  failures: number;
  /** inputs with at least one failed check */
  invalid: number;
}

/** `CODE message (expected X, actual Y)`; value checks have no expected side. */
export function describeCheck(check: Check): string {
  const sides = check.expected === null ? `actual ${check.actual}` : `expected ${check.expected}, actual ${check.actual}`;
  return `${check.code} ${oneLine(check.message)} (${sides})`;
}

export async function validateCommand(args: readonly string[], options: ValidateCommandOptions, output: Output, status: Status): Promise<ValidateCommandResult> {
  let invalid = 0;
  const totals = { files: 0, pass: 0, fail: 0, unknown: 0 };
  const result = await run(args, { ...options, status }, {
    async report(input, report) {
      const { checks, issues } = validate(report, { nulls: options.nulls });
      if (issues.length > 0) invalid++;
      totals.files++;
      for (const check of checks) totals[check.status]++;
      for (const issue of issues) await output.write(`${input.name}: ${describeCheck(issue)}\n`);
      if (options.verbose) {
        const unknown = checks.filter((c) => c.status === 'unknown').length;
        status.print(`${input.name}: ${checks.length} checks, ${issues.length} failed, ${unknown} unknown (blank cells)`);
      }
    },
  });
  // Always said, so a run where every check passes is told apart from one where none could be decided.
  const failedFiles = result.failures > 0 ? `, ${result.failures} not read` : '';
  status.print(`validated ${totals.files} file${totals.files === 1 ? '' : 's'}${failedFiles}: ${totals.pass} checks passed, ${totals.fail} failed, ${totals.unknown} unknown (blank cells)`);
  return { failures: result.failures, invalid };
}
