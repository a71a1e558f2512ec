/**
 * The loop every command shares: expand the inputs, read and decode each one, parse it,
 * and hand the report on. A file that cannot be read or parsed is reported on stderr and
 * skipped; the others continue.
 */
import { type Report, ReportParseError, parseReport } from '../index.js';
import { decodeWithCharset } from '../decode/charset.js';
import { describeDecoding } from './describe-decoding.js';
import { oneLine, reason } from './errors.js';
import { type Input, expandInputs, readInput } from './inputs.js';
import type { Status } from './progress.js';

export interface RunOptions {
  layout?: string | undefined;
  verbose: boolean;
  status: Status;
}

export interface RunResult {
  /** inputs (or arguments) that could not be read or parsed */
  failures: number;
  /** whether any argument was a directory */
  fromDirectory: boolean;
}

export interface RunHooks {
  /** called once the inputs are known, before the first is read */
  begin?(inputs: readonly Input[], fromDirectory: boolean): Promise<void> | void;
  /** called for every parsed report; a thrown error is reported against the input */
  report(input: Input, report: Report): Promise<void> | void;
  /** a message to report instead of a generic one for errors thrown by `report` */
  describeError?(input: Input, error: unknown): string | undefined;
}

function parseFailure(input: Input, error: unknown): string {
  if (error instanceof ReportParseError) return `${input.name}: ${error.code}: ${oneLine(error.message)}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${input.name}: INTERNAL_ERROR: ${oneLine(message)}`;
}

export async function run(args: readonly string[], options: RunOptions, hooks: RunHooks): Promise<RunResult> {
  const { status } = options;
  const expanded = await expandInputs(args);
  let failures = expanded.errors.length;
  for (const line of expanded.errors) status.print(line);
  await hooks.begin?.(expanded.inputs, expanded.fromDirectory);

  if (expanded.fromDirectory) status.start(expanded.inputs.length);
  for (const input of expanded.inputs) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = await readInput(input);
      } catch (error) {
        status.print(`cannot read ${input.name}: ${reason(error)}`);
        failures++;
        continue;
      }
      const decoded = decodeWithCharset(bytes, input.html);
      if (options.verbose) status.print(`${input.name}: read as ${describeDecoding(decoded)}`);

      let report: Report;
      try {
        report = await parseReport(decoded.text, options.layout === undefined ? {} : { layout: options.layout });
      } catch (error) {
        status.print(parseFailure(input, error));
        failures++;
        continue;
      }
      try {
        await hooks.report(input, report);
      } catch (error) {
        status.print(hooks.describeError?.(input, error) ?? `${input.name}: ${reason(error)}`);
        failures++;
      }
    } finally {
      status.tick();
    }
  }
  status.stop();
  return { failures, fromDirectory: expanded.fromDirectory };
}
