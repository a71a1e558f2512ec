/**
 * `zfxxgk parse`: reports as JSON (bare, NDJSON or an indented array), as CSV, or as one
 * JSON file per input below --out.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Report } from '../index.js';
import { csvColumns, csvLine, csvRow } from './csv.js';
import { reason } from './errors.js';
import type { Input } from './inputs.js';
import type { Output } from './output.js';
import type { Status } from './progress.js';
import { run } from './run.js';

export interface ParseCommandOptions {
  format: 'json' | 'csv';
  pretty: boolean;
  out: string | undefined;
  layout: string | undefined;
  verbose: boolean;
}

/** Failure to write below --out, worded by the caller's error hook. */
class WriteError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

/** Returns the number of inputs that could not be read, parsed or written. */
export async function parseCommand(args: readonly string[], options: ParseCommandOptions, output: Output, status: Status): Promise<number> {
  const { format, pretty, out } = options;
  const stringify = (value: unknown): string => (pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
  const columns = csvColumns();
  // The shape depends on the arguments, not on how many inputs happen to succeed.
  let bare = false;
  let items = 0;
  const written = new Map<string, string>();

  const result = await run(args, { ...options, status }, {
    async begin(_inputs, fromDirectory) {
      bare = args.length === 1 && !fromDirectory;
      if (out !== undefined) {
        try {
          await mkdir(out, { recursive: true });
        } catch (error) {
          throw new Error(`cannot write ${out}: ${reason(error)}`);
        }
      } else if (format === 'csv') await output.write(csvLine(columns));
      else if (pretty && !bare) await output.write('[');
    },
    async report(input: Input, report: Report) {
      if (out !== undefined) {
        const path = join(out, `${input.outStem}.json`);
        const previous = written.get(path);
        if (previous !== undefined) throw new WriteError(path, `it is already the output of ${previous}`);
        written.set(path, input.name);
        try {
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, `${stringify(report)}\n`);
        } catch (error) {
          throw new WriteError(path, reason(error));
        }
        if (options.verbose) status.print(`${input.name}: wrote ${path}`);
      } else if (format === 'csv') {
        await output.write(csvRow(columns, input.name, report));
      } else if (bare) {
        await output.write(`${stringify(report)}\n`);
      } else if (pretty) {
        await output.write(`${items === 0 ? '\n' : ',\n'}${indent(stringify({ file: input.name, report }))}`);
      } else {
        await output.write(`${stringify({ file: input.name, report })}\n`);
      }
      items++;
    },
    describeError(input, error) {
      return error instanceof WriteError ? `cannot write ${error.path} for ${input.name}: ${error.message}` : undefined;
    },
  });

  if (out === undefined && format === 'json' && pretty && !bare) await output.write(items === 0 ? ']\n' : '\n]\n');
  return result.failures;
}
