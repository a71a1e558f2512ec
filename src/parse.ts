import { adapterList, chooseAdapter, describe, readWith } from './adapters/choose.js';
import { mojibakeHint } from './decode/mojibake.js';
import { ReportParseError } from './errors.js';
import type { Adapter } from './model.js';
import { normalize } from './normalize/index.js';
import { forgetLines } from './adapters/text-lines.js';
import { reportFromBlocks } from './report/from-blocks.js';
import type { Report } from './types.js';

/** Options of one parse. */
export interface ParseOptions {
  /** force the adapter with this name (`html`, `tsv`, `pipe`, `lines`, `glued`, or a custom one) */
  layout?: string;
  /** extra adapters, tried before the built-ins (winning ties); one named like a built-in replaces it */
  adapters?: readonly Adapter[];
  /** add `report.sources`: for every number, the text, line and column it was read from */
  sources?: boolean;
}

/** The configuration of a parser made once with {@link createParser}. */
export interface ParserOptions {
  /** extra adapters, tried before the built-ins (winning ties); one named like a built-in replaces it */
  adapters?: readonly Adapter[];
  /** built-in adapters to leave out, by name (`['glued']`) */
  disable?: readonly string[];
}

/** A parser with its adapters checked and frozen once. */
export interface Parser {
  /** the adapters in detection order (custom first, then the built-ins left) */
  readonly adapters: readonly Adapter[];
  parse(input: string, options?: { layout?: string; sources?: boolean }): Promise<Report>;
}

const MAX_INPUT = 64 * 1024 * 1024;
const PDF_HINT = 'this is a PDF: use parsePdf from zfxxgk/pdf (or extract its text first)';

function startsWithPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

const PARSE_KEYS = new Set(['layout', 'adapters', 'sources']);
const PARSER_KEYS = new Set(['adapters', 'disable']);

/** Reads an options object once (a throwing getter or a revoked proxy is the caller's error), refusing unknown keys. */
function readOptions(options: unknown, allowed: ReadonlySet<string>, what: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', `${what} must be an object`);
  const out: Record<string, unknown> = {};
  try {
    for (const key of Object.keys(options)) {
      if (!allowed.has(key)) throw new ReportParseError('INVALID_OPTIONS', `${what} has an unknown key "${key}" (known: ${[...allowed].join(', ')})`);
      out[key] = (options as Record<string, unknown>)[key];
    }
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('INVALID_OPTIONS', `${what} could not be read: ${describe(error)}`, { cause: error });
  }
  return out;
}

function checkInput(input: unknown): asserts input is string {
  if (input instanceof Uint8Array) {
    const hint = startsWithPdf(input) ? PDF_HINT : 'decode the bytes with decode() from zfxxgk first (it detects UTF-8, GBK/GB18030 and the charset a page declares)';
    throw new ReportParseError('INVALID_INPUT', `parseReport() takes the report as a string, not bytes: ${hint}`);
  }
  if (typeof input !== 'string') throw new ReportParseError('INVALID_INPUT', 'parseReport() takes the report as a string');
  if (input.trim() === '') throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (input.length > MAX_INPUT) throw new ReportParseError('INVALID_INPUT', `the input is ${input.length} characters; the limit is ${MAX_INPUT}`);
  if (input.trimStart().startsWith('%PDF-')) throw new ReportParseError('INVALID_INPUT', PDF_HINT);
}

async function run(adapters: readonly Adapter[], input: string, layout: unknown, sources: unknown): Promise<Report> {
  if (sources !== undefined && typeof sources !== 'boolean') throw new ReportParseError('INVALID_OPTIONS', 'options.sources must be true or false');
  const normalized = await normalize(input);
  let read;
  let adapter;
  try {
    adapter = chooseAdapter(adapters, normalized.text, layout);
    read = readWith(adapter, normalized.text);
  } finally {
    forgetLines();
  }
  try {
    return reportFromBlocks(read, { layout: adapter.name, script: normalized.script, text: normalized.text, sources: sources === true });
  } catch (error) {
    // Only a text that is no report is looked at for mojibake: the check costs nothing on the rest.
    const mojibake = error instanceof ReportParseError && error.code === 'NOT_A_REPORT' ? mojibakeHint(input) : null;
    if (mojibake !== null) throw new ReportParseError('NOT_A_REPORT', `the input is not readable text: ${mojibake}`, { cause: error });
    throw error;
  }
}

/**
 * A parser whose adapters are checked and frozen once, for many parses:
 *
 *     const parser = createParser({ adapters: [myAdapter], disable: ['glued'] });
 *     const report = await parser.parse(text);
 */
export function createParser(options?: ParserOptions): Parser {
  const config = readOptions(options, PARSER_KEYS, 'createParser() options');
  const adapters = Object.freeze(adapterList(config['adapters'], config['disable']));
  return Object.freeze({
    adapters,
    async parse(input: string, parseOptions?: { layout?: string; sources?: boolean }): Promise<Report> {
      checkInput(input);
      const { layout, sources } = readOptions(parseOptions, new Set(['layout', 'sources']), 'parse() options');
      return run(adapters, input, layout, sources);
    },
  });
}

/**
 * Parses one report into the fixed `Report` shape.
 *
 * normalize → adapter (detect, read) → sections → recognizers → meta and text → schema
 * check. Content problems become `warnings`; only input that is not a report at all,
 * bad options or a broken adapter throw a {@link ReportParseError}.
 */
export async function parseReport(input: string, options: ParseOptions = {}): Promise<Report> {
  checkInput(input);
  const { layout, adapters, sources } = readOptions(options, PARSE_KEYS, 'options');
  return run(adapters === undefined ? (defaultAdapters ??= Object.freeze(adapterList(undefined))) : adapterList(adapters), input, layout, sources);
}

/** The built-in adapters, checked once: most calls pass no adapters of their own. */
let defaultAdapters: readonly Adapter[] | undefined;
