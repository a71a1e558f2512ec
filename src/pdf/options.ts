import { ReportParseError } from '../errors.js';

/** Milliseconds spent in each phase of one `parsePdf` call (filled when `options.timings` is given). */
export interface PdfTimings {
  /** importing pdf.js (first call only) and opening the document */
  load: number;
  /** pdf.js getTextContent, all pages */
  text: number;
  /** pdf.js getOperatorList, all pages */
  operators: number;
  /** borders → grids, text → cells and paragraphs */
  grid: number;
  /** normalization, sections, recognizers, schema check */
  rest: number;
  pages: number;
}

export interface PdfParseOptions {
  /** the pdf.js module; default: `import('pdfjs-dist/legacy/build/pdf.mjs')` */
  pdfjs?: unknown;
  /** where pdf.js finds its CMaps (URL or, in Node, a path), ending in `/`; found automatically in Node */
  cMapUrl?: string;
  /** where pdf.js finds its standard font data, ending in `/`; found automatically in Node */
  standardFontDataUrl?: string;
  /** refuse PDFs with more pages (default 100; reports have 3–30) */
  maxPages?: number;
  /** refuse larger files (default 64 MiB) */
  maxBytes?: number;
  /** refuse pages with more drawing operators (default 500,000) */
  maxOperators?: number;
  /** give up after this many milliseconds (default 60,000) */
  timeoutMs?: number;
  /** an object to fill with the time each phase took */
  timings?: PdfTimings;
  /** add `report.sources`: for every number, its cell's text, page and box (PDF points) */
  sources?: boolean;
}

export interface ResolvedOptions {
  pdfjs: unknown;
  cMapUrl: string | undefined;
  standardFontDataUrl: string | undefined;
  maxPages: number;
  maxBytes: number;
  maxOperators: number;
  timeoutMs: number;
  timings: PdfTimings;
  sources: boolean;
}

const DEFAULTS = { maxPages: 100, maxBytes: 64 * 1024 * 1024, maxOperators: 500_000, timeoutMs: 60_000 };

function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ReportParseError('INVALID_OPTIONS', `options.${name} must be a positive number`);
  return value;
}

function folder(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.endsWith('/')) throw new ReportParseError('INVALID_OPTIONS', `options.${name} must be a string ending in "/"`);
  return value;
}

/** Options read once, checked, with defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', 'options must be an object');
  let given: PdfParseOptions;
  try {
    given = { ...(options as PdfParseOptions) };
  } catch (error) {
    throw new ReportParseError('INVALID_OPTIONS', 'options could not be read', { cause: error });
  }
  const timings = given.timings !== undefined && typeof given.timings === 'object' && given.timings !== null ? given.timings : ({} as PdfTimings);
  Object.assign(timings, { load: 0, text: 0, operators: 0, grid: 0, rest: 0, pages: 0 });
  return {
    pdfjs: given.pdfjs,
    cMapUrl: folder(given.cMapUrl, 'cMapUrl'),
    standardFontDataUrl: folder(given.standardFontDataUrl, 'standardFontDataUrl'),
    maxPages: limit(given.maxPages, 'maxPages', DEFAULTS.maxPages),
    maxBytes: limit(given.maxBytes, 'maxBytes', DEFAULTS.maxBytes),
    maxOperators: limit(given.maxOperators, 'maxOperators', DEFAULTS.maxOperators),
    timeoutMs: limit(given.timeoutMs, 'timeoutMs', DEFAULTS.timeoutMs),
    timings,
    sources: flag(given.sources, 'sources'),
  };
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new ReportParseError('INVALID_OPTIONS', `options.${name} must be true or false`);
  return value;
}
