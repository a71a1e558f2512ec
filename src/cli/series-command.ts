/**
 * `zfxxgk validate --series <inputs>`: parse every input, then check consecutive years of
 * each organization against each other (validateSeries) and print every check that failed
 * or is advisory; with --verbose also the unknown ones (missing years, blank cells).
 */
import { type Report, type SeriesCheck, validateSeries } from '../index.js';
import { oneLine } from './errors.js';
import type { Output } from './output.js';
import type { Status } from './progress.js';
import { type PoolLimits, run } from './run.js';

export interface SeriesCommandOptions extends PoolLimits {
  nulls: 'unknown' | 'zero';
  layout: string | undefined;
  verbose: boolean;
}

export interface SeriesCommandResult {
  failures: number;
  /** series checks that failed */
  failed: number;
}

/** `<files>: CODE [status] message (expected X, actual Y)` */
export function describeSeriesCheck(check: SeriesCheck, names: readonly string[]): string {
  const files = [...new Set(check.reports.map((i) => names[i] ?? `#${i}`))].join(' → ');
  const tag = check.status === 'fail' ? '' : ` [${check.status}]`;
  const sides = check.expected === null && check.actual === null ? '' : ` (expected ${check.expected}, actual ${check.actual})`;
  return `${files}: ${check.code}${tag} ${oneLine(check.message)}${sides}`;
}

export async function seriesCommand(args: readonly string[], options: SeriesCommandOptions, output: Output, status: Status): Promise<SeriesCommandResult> {
  const names: string[] = [];
  const reports: Report[] = [];
  const result = await run(args, { ...options, status }, {
    report(input, report) {
      names.push(input.name);
      reports.push(report);
    },
  });
  const { checks } = validateSeries(reports, { nulls: options.nulls });
  let failed = 0;
  for (const check of checks) {
    if (check.status === 'fail') failed++;
    if (check.status === 'fail' || check.status === 'advisory' || (options.verbose && check.status === 'unknown')) {
      await output.write(`${describeSeriesCheck(check, names)}\n`);
    }
  }
  if (options.verbose) {
    const count = (s: string) => checks.filter((c) => c.status === s).length;
    status.print(`series: ${reports.length} reports, ${checks.length} checks, ${count('pass')} passed, ${failed} failed, ${count('advisory')} advisory, ${count('unknown')} unknown`);
  }
  return { failures: result.failures, failed };
}
