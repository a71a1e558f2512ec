/**
 * The loop every command shares: expand the inputs, read each one, parse it in a worker
 * (`--jobs` at a time, each with its memory and time budget), and hand the reports on in
 * input order. A file that cannot be read or parsed, for any reason, is one line on stderr;
 * the others continue.
 */
import type { Report } from '../types.js';
import { oneLine, reason } from './errors.js';
import { type Input, expandInputs, readInput } from './inputs.js';
import { type PoolLimits, WorkerPool } from './pool.js';

export type { PoolLimits };
import type { Status } from './progress.js';
import type { ResultMessage } from './worker-protocol.js';

export interface RunOptions extends PoolLimits {
  layout?: string | undefined;
  /** ask the parser for report.sources */
  sources?: boolean;
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
  /** called once the inputs are known, before the first is read; `unreadable`: arguments or entries that could not be read */
  begin?(inputs: readonly Input[], fromDirectory: boolean, unreadable: number): Promise<void> | void;
  /** called for every parsed report, in input order; a thrown error is reported against the input */
  report(input: Input, report: Report): Promise<void> | void;
  /** a message to report instead of a generic one for errors thrown by `report` */
  describeError?(input: Input, error: unknown): string | undefined;
}

/** The worker entry next to this file once built (dist/cli.js → dist/cli-worker.js). */
const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

type Outcome = { kind: 'unreadable'; message: string } | { kind: 'parsed'; result: ResultMessage };

async function readAndParse(input: Input, pool: WorkerPool, layout: string | undefined, sources: boolean): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(input);
  } catch (error) {
    return { kind: 'unreadable', message: `cannot read ${input.name}: ${reason(error)}` };
  }
  return { kind: 'parsed', result: await pool.run({ name: input.name, bytes, html: input.html, layout, sources }) };
}

export async function run(args: readonly string[], options: RunOptions, hooks: RunHooks): Promise<RunResult> {
  const { status } = options;
  const expanded = await expandInputs(args);
  let failures = expanded.errors.length;
  for (const line of expanded.errors) status.print(line);
  if (options.verbose) for (const line of expanded.skipped) status.print(line);
  await hooks.begin?.(expanded.inputs, expanded.fromDirectory, expanded.errors.length);

  const { inputs } = expanded;
  const pool = new WorkerPool(WORKER_URL, options);
  // Files are read and parsed ahead of the one being printed, but only a few jobs' worth:
  // reports wait here until every earlier input is out, so the window bounds memory.
  const window = Math.max(1, options.jobs) * 2;
  const started = new Map<number, Promise<Outcome>>();
  let next = 0;
  if (expanded.fromDirectory) status.start(inputs.length);
  try {
    for (let i = 0; i < inputs.length; i++) {
      while (next < inputs.length && next < i + window) {
        started.set(next, readAndParse(inputs[next]!, pool, options.layout, options.sources === true));
        next++;
      }
      const input = inputs[i]!;
      const outcome = await started.get(i)!;
      started.delete(i);
      let failed = true;
      if (outcome.kind === 'unreadable') status.print(outcome.message);
      else if (!outcome.result.ok) status.print(`${input.name}: ${outcome.result.code}: ${oneLine(outcome.result.message)}`);
      else {
        if (options.verbose) status.print(`${input.name}: read as ${outcome.result.decoding}`);
        try {
          await hooks.report(input, outcome.result.report);
          failed = false;
        } catch (error) {
          status.print(hooks.describeError?.(input, error) ?? `${input.name}: ${reason(error)}`);
        }
      }
      if (failed) failures++;
      status.tick(failed);
    }
  } finally {
    status.stop();
    await pool.close();
  }
  return { failures, fromDirectory: expanded.fromDirectory };
}
