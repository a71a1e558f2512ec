#!/usr/bin/env node
/**
 * `zfxxgk`: the command line. Argument parsing and dispatch only; see help.ts for the
 * interface and the other files here for each concern.
 *
 * Exit codes: 0 ok, 1 validate found a failed check, 2 usage error, 3 an input could not
 * be read, parsed or written (3 takes precedence over 1).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

import { builtinAdapters } from '../adapters/index.js';
import { UsageError, oneLine } from './errors.js';
import { HELP } from './help.js';
import { Output } from './output.js';
import { parseCommand } from './parse-command.js';
import { Status } from './progress.js';
import { validateCommand } from './validate-command.js';
import { seriesCommand } from './series-command.js';
import { auditCommand } from './audit-command.js';
import { packageVersion } from './version.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_IO = 3;

const OPTIONS = {
  format: { type: 'string' },
  pretty: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  nulls: { type: 'string' },
  layout: { type: 'string' },
  series: { type: 'boolean' },
  html: { type: 'string' },
  'no-bom': { type: 'boolean' },
  ndjson: { type: 'boolean' },
  json: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  'max-memory': { type: 'string' },
  timeout: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Which command accepts which option (help, version, verbose and the worker limits are accepted everywhere). */
const ACCEPTS: Record<string, readonly string[]> = {
  parse: ['format', 'pretty', 'out', 'layout', 'no-bom', 'ndjson', 'json'],
  validate: ['nulls', 'layout', 'series'],
  audit: ['nulls', 'layout', 'html'],
};
const COMMAND_OPTIONS = ['format', 'pretty', 'out', 'nulls', 'layout', 'no-bom', 'ndjson', 'json', 'series', 'html'] as const;

/** The table readers --layout may name (the command line has no custom adapters). */
const LAYOUTS = builtinAdapters.map((adapter) => adapter.name);

const DEFAULT_MEMORY_MB = 2048;
const DEFAULT_TIMEOUT_S = 120;

/** A positive whole number option, or its default. */
function count(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not '${value}'`);
  return n;
}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not '${value}'`);
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    // parseArgs explains itself in one sentence and then suggests `--`; keep the sentence.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(oneLine(message).replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;

  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command: parse, validate or audit');
  const accepted = Object.hasOwn(ACCEPTS, command) ? ACCEPTS[command] : undefined;
  if (accepted === undefined) throw new UsageError(`unknown command '${command}': use parse, validate or audit`);
  for (const name of COMMAND_OPTIONS) {
    if (values[name] !== undefined && !accepted.includes(name)) throw new UsageError(`--${name} is not an option of ${command}`);
  }
  if (inputs.length === 0) throw new UsageError(`${command}: no input given (a file, a directory, or - for standard input)`);
  if (inputs.filter((arg) => arg === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  if (values.layout !== undefined && !LAYOUTS.includes(values.layout)) {
    throw new UsageError(`unknown --layout '${values.layout}': use ${LAYOUTS.join(', ')}`);
  }
  const limits = {
    jobs: count('jobs', values.jobs, availableParallelism(), 256),
    memoryMb: count('max-memory', values['max-memory'], DEFAULT_MEMORY_MB, 1_048_576),
    timeoutMs: count('timeout', values.timeout, DEFAULT_TIMEOUT_S, 86_400) * 1000,
  };

  const status = new Status(process.stderr);
  const output = new Output(process.stdout, status);
  const verbose = values.verbose === true;

  if (command === 'parse') {
    const format = choice('format', values.format, ['json', 'csv'] as const, 'json');
    if (values.out !== undefined && format === 'csv') throw new UsageError('--out writes JSON files; it cannot be combined with --format csv');
    if (values.out !== undefined && values.out === '') throw new UsageError('--out needs a directory');
    if (values.ndjson && values.json) throw new UsageError('--ndjson and --json cannot be combined');
    if ((values.ndjson || values.json) && (format === 'csv' || values.out !== undefined)) throw new UsageError(`--${values.ndjson ? 'ndjson' : 'json'} shapes the JSON printed on stdout; it cannot be combined with --format csv or --out`);
    if (values.ndjson && values.pretty) throw new UsageError('--ndjson prints one report per line; it cannot be combined with --pretty');
    if (values['no-bom'] && format !== 'csv') throw new UsageError('--no-bom applies to --format csv only');
    const shape = values.ndjson ? 'ndjson' : values.json ? 'json' : 'auto';
    const failures = await parseCommand(
      inputs,
      { format, shape, pretty: values.pretty === true, bom: values['no-bom'] !== true, out: values.out, layout: values.layout, verbose, ...limits },
      output,
      status,
    );
    return failures > 0 ? EXIT_IO : EXIT_OK;
  }

  const nulls = choice('nulls', values.nulls, ['unknown', 'zero'] as const, 'unknown');
  if (command === 'audit') {
    if (values.html === undefined || values.html === '') throw new UsageError('audit needs --html <file>');
    const result = await auditCommand(inputs, { html: values.html, nulls, layout: values.layout, verbose, ...limits }, status);
    return result.failures > 0 ? EXIT_IO : EXIT_OK;
  }
  if (values.series === true) {
    const result = await seriesCommand(inputs, { nulls, layout: values.layout, verbose, ...limits }, output, status);
    if (result.failures > 0) return EXIT_IO;
    return result.failed > 0 ? EXIT_INVALID : EXIT_OK;
  }
  const result = await validateCommand(inputs, { nulls, layout: values.layout, verbose, ...limits }, output, status);
  if (result.failures > 0) return EXIT_IO;
  return result.invalid > 0 ? EXIT_INVALID : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`zfxxgk: ${error.message}\nTry 'zfxxgk --help'.\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`zfxxgk: ${oneLine(message)}\n`);
      process.exitCode = EXIT_IO;
    }
  },
);
