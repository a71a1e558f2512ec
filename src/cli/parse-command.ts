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
import { type PoolLimits, run } from './run.js';

/**
 * How JSON reports are printed: `auto` — the bare report when the run has exactly one
 * input (a file, or a folder holding one report file), else NDJSON; `ndjson` — always one
 * `{file, report}` per line; `json` — always one JSON array of `{file, report}`.
 */
export type JsonShape = 'auto' | 'ndjson' | 'json';

export interface ParseCommandOptions extends PoolLimits {
  format: 'json' | 'csv';
  shape: JsonShape;
  pretty: boolean;
  /** start CSV with a UTF-8 byte order mark (Excel needs it to read UTF-8) */
  bom: boolean;
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
  // The shape depends on the inputs found, not on how many of them happen to succeed.
  let bare = false;
  let array = false;
  let items = 0;
  const written = new Map<string, string>();

  const result = await run(args, { ...options, status }, {
    async begin(inputs, _fromDirectory, unreadable) {
      // A path that cannot be read still counts: `parse missing.txt ok.txt` stays NDJSON.
      bare = options.shape === 'auto' && inputs.length + unreadable === 1;
      array = options.shape === 'json' || (options.shape === 'auto' && !bare && pretty);
      if (out !== undefined) {
        try {
          await mkdir(out, { recursive: true });
        } catch (error) {
          throw new Error(`cannot write ${out}: ${reason(error)}`);
        }
      } else if (format === 'csv') await output.write(`${options.bom ? '\ufeff' : ''}${csvLine(columns)}`);
      else if (array) await output.write('[');
    },
    async report(input: Input, report: Report) {
      if (out !== undefined) {
        const path = join(out, `${input.outPath}.json`);
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
      } else if (array) {
        const item = stringify({ file: input.name, report });
        await output.write(`${items === 0 ? '\n' : ',\n'}${pretty ? indent(item) : item}`);
      } else {
        await output.write(`${stringify({ file: input.name, report })}\n`);
      }
      items++;
    },
    describeError(input, error) {
      return error instanceof WriteError ? `cannot write ${error.path} for ${input.name}: ${error.message}` : undefined;
    },
  });

  if (out === undefined && format === 'json' && array) await output.write(items === 0 ? ']\n' : '\n]\n');
  return result.failures;
}
