import { adapterList, chooseAdapter, describe, readWith } from './adapters/choose.js';
import { mojibakeHint } from './decode/mojibake.js';
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
const PDF_HINT = 'this is a PDF: use parsePdf from zfxxgk/pdf (or extract its text first)';

function startsWithPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/**
 * Parses one report into the fixed `Report` shape.
 *
 * normalize → adapter (detect, read) → sections → recognizers → meta and text → schema
 * check. Content problems become `warnings`; only input that is not a report at all,
 * bad options or a broken adapter throw a {@link ReportParseError}.
 */
export async function parseReport(input: string, options: ParseOptions = {}): Promise<Report> {
  if ((input as unknown) instanceof Uint8Array) {
    const hint = startsWithPdf(input as unknown as Uint8Array) ? PDF_HINT : 'decode the bytes with decode() from zfxxgk first (it detects UTF-8, GBK/GB18030 and the charset a page declares)';
    throw new ReportParseError('INVALID_INPUT', `parseReport() takes the report as a string, not bytes: ${hint}`);
  }
  if (typeof input !== 'string') throw new ReportParseError('INVALID_INPUT', 'parseReport() takes the report as a string');
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', 'options must be an object');
  if (input.trim() === '') throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (input.length > MAX_INPUT) throw new ReportParseError('INVALID_INPUT', `the input is ${input.length} characters; the limit is ${MAX_INPUT}`);
  if (input.trimStart().startsWith('%PDF-')) throw new ReportParseError('INVALID_INPUT', PDF_HINT);
  const mojibake = mojibakeHint(input);
  if (mojibake !== null) throw new ReportParseError('NOT_A_REPORT', `the input is not readable text: ${mojibake}`);
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
