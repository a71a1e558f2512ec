import { adapterList, chooseAdapter, describe, readWith } from './adapters/choose.js';
import { ReportParseError } from './errors.js';
import type { Adapter } from './model.js';
import { normalize } from './normalize/index.js';
import { reportFromBlocks } from './report/from-blocks.js';
import type { Report } from './types.js';
export interface ParseOptions {
  /** force the adapter with this name (`html`, `tsv`, `pipe`, `lines`, `glued`, or a custom one) */
  layout?: string;
  /** extra adapters, tried before the built-ins (and winning ties against them) */
  adapters?: readonly Adapter[];
}

const MAX_INPUT = 64 * 1024 * 1024;

/**
 * Parses one report into the fixed `Report` shape.
 *
 * normalize → adapter (detect, read) → sections → recognizers → meta and text → schema
 * check. Content problems become `warnings`; only input that is not a report at all,
 * bad options or a broken adapter throw a {@link ReportParseError}.
 */
export async function parseReport(input: string, options: ParseOptions = {}): Promise<Report> {
  if (typeof input !== 'string') throw new ReportParseError('INVALID_INPUT', 'parseReport() takes the report as a string');
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', 'options must be an object');
  if (input.trim() === '') throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (input.length > MAX_INPUT) throw new ReportParseError('INVALID_INPUT', `the input is ${input.length} characters; the limit is ${MAX_INPUT}`);
  // Options are read once, here: a throwing getter or a revoked proxy is the caller's error.
  let layout: unknown;
  let custom: unknown;
  try {
    ({ layout, adapters: custom } = options);
  } catch (error) {
    throw new ReportParseError('INVALID_OPTIONS', `options could not be read: ${describe(error)}`, { cause: error });
  }
  const adapters = adapterList(custom);

  const normalized = await normalize(input);
  const adapter = chooseAdapter(adapters, normalized.text, layout);
  const read = readWith(adapter, normalized.text);

  return reportFromBlocks(read, { layout: adapter.name, script: normalized.script, text: normalized.text, kind: adapter.name === 'lines' || adapter.name === 'glued' ? 'stream' : 'grid' });
}
