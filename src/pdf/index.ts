/**
 * zfxxgk/pdf: a report PDF → the same `Report` as every other shape.
 *
 * pdf.js (the optional peer dependency `pdfjs-dist`, or `options.pdfjs`) gives text items
 * with positions and the page's drawing operators; table grids come from the drawn borders,
 * so every value is placed by its cell, not guessed from text order. The blocks then go
 * through the one pipeline all shapes share (`reportFromBlocks`).
 */
import { ReportParseError } from '../errors.js';
import type { Block } from '../model.js';
import { normalize } from '../normalize/index.js';
import { reportFromBlocks } from '../report/from-blocks.js';
import type { Report } from '../types.js';
import { blocksOf } from './blocks.js';
import { loadEngine } from './engine.js';
import { fragmentsOf } from './fragments.js';
import { type Matrix, pageLines } from './geometry.js';
import { withMetadataTitle } from './meta-title.js';
import { closeQuietly, describe, pdfError } from './errors-map.js';
import { layoutPage, type PageLayout } from './page-layout.js';
import type { PdfJsLoadingTask, PdfJsModule } from './pdfjs-types.js';
import { nodeResources } from './resources.js';
import { textQuality } from './text-quality.js';

export { ReportParseError, type ReportParseErrorCode } from '../errors.js';
export type { Report } from '../types.js';

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
}

const DEFAULTS = { maxPages: 100, maxBytes: 64 * 1024 * 1024, maxOperators: 500_000, timeoutMs: 60_000 };
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Readers accept the header anywhere in the first KiB (some files start with junk). */
const HEADER_WINDOW = 1024;

/** Whether the bytes start like a PDF (`%PDF-` within the first KiB), whatever the file name. */
export function isPdf(bytes: Uint8Array | ArrayBuffer): boolean {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const end = Math.min(view.length - HEADER.length, HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    let match = true;
    for (let k = 0; k < HEADER.length && match; k++) if (view[i + k] !== HEADER[k]) match = false;
    if (match) return true;
  }
  return false;
}

function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ReportParseError('INVALID_OPTIONS', `options.${name} must be a positive number`);
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.endsWith('/')) throw new ReportParseError('INVALID_OPTIONS', `options.${name} must be a string ending in "/"`);
  return value;
}

/** A private copy: pdf.js detaches the buffer it is given, and rejects Node Buffers. */
function bytesOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return new Uint8Array(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  throw new ReportParseError('INVALID_INPUT', 'parsePdf() takes the PDF as a Uint8Array or an ArrayBuffer');
}

interface Read {
  layouts: PageLayout[];
  info: unknown;
}

async function readPages(engine: PdfJsModule, task: PdfJsLoadingTask, limits: { maxPages: number; maxOperators: number }, timings: PdfTimings, started: number): Promise<Read> {
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw pdfError(error);
  }
  timings.load += performance.now() - started;
  if (doc.numPages > limits.maxPages) throw new ReportParseError('PDF_TOO_LARGE', `the PDF has ${doc.numPages} pages; the limit is ${limits.maxPages} (options.maxPages)`);
  let info: unknown;
  try {
    info = (await doc.getMetadata()).info;
  } catch {
    info = undefined; // damaged metadata does not stop the reading
  }
  const layouts: PageLayout[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const view = viewport.transform.slice(0, 6) as unknown as Matrix;
    let t = performance.now();
    const content = await page.getTextContent();
    timings.text += performance.now() - t;
    t = performance.now();
    const operators = await page.getOperatorList();
    timings.operators += performance.now() - t;
    if (operators.fnArray.length > limits.maxOperators) {
      throw new ReportParseError('PDF_TOO_LARGE', `page ${number} has ${operators.fnArray.length} drawing operators; the limit is ${limits.maxOperators} (options.maxOperators)`);
    }
    t = performance.now();
    layouts.push(layoutPage(number, viewport.width, viewport.height, fragmentsOf(content, view), pageLines(operators, engine.OPS, view)));
    timings.grid += performance.now() - t;
    page.cleanup?.();
  }
  timings.pages = doc.numPages;
  return { layouts, info };
}

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ReportParseError('PDF_TIMEOUT', `reading the PDF took longer than ${ms} ms (options.timeoutMs)`));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Parses a report PDF. Throws {@link ReportParseError} with a `PDF_*` code for PDFs that
 * cannot be read (see the README), `NOT_A_REPORT` for readable PDFs that are not a report.
 */
export async function parsePdf(data: Uint8Array | ArrayBuffer, options: PdfParseOptions = {}): Promise<Report> {
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', 'options must be an object');
  const maxPages = limit(options.maxPages, 'maxPages', DEFAULTS.maxPages);
  const maxBytes = limit(options.maxBytes, 'maxBytes', DEFAULTS.maxBytes);
  const maxOperators = limit(options.maxOperators, 'maxOperators', DEFAULTS.maxOperators);
  const timeoutMs = limit(options.timeoutMs, 'timeoutMs', DEFAULTS.timeoutMs);
  const cMapUrl = optionalString(options.cMapUrl, 'cMapUrl');
  const standardFontDataUrl = optionalString(options.standardFontDataUrl, 'standardFontDataUrl');
  const timings: PdfTimings = options.timings ?? { load: 0, text: 0, operators: 0, grid: 0, rest: 0, pages: 0 };
  Object.assign(timings, { load: 0, text: 0, operators: 0, grid: 0, rest: 0, pages: 0 });

  const size = data instanceof Uint8Array || data instanceof ArrayBuffer ? data.byteLength : -1;
  if (size === 0) throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (size > maxBytes) throw new ReportParseError('PDF_TOO_LARGE', `the PDF is ${size} bytes; the limit is ${maxBytes} (options.maxBytes)`);
  const bytes = bytesOf(data);
  if (!isPdf(bytes)) throw new ReportParseError('PDF_INVALID', 'not a PDF: the bytes do not start with %PDF-');

  const started = performance.now();
  const engine = await loadEngine(options.pdfjs);
  const found = nodeResources();
  let task: PdfJsLoadingTask;
  try {
    task = engine.getDocument({
      data: bytes,
      cMapUrl: cMapUrl ?? found.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: standardFontDataUrl ?? found.standardFontDataUrl,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Images are never decoded here, which also keeps an image decompression bomb harmless.
      maxImageSize: 1,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
    });
  } catch (error) {
    throw pdfError(error);
  }
  let read: Read;
  try {
    read = await withDeadline(readPages(engine, task, { maxPages, maxOperators }, timings, started), timeoutMs, () => void closeQuietly(task));
  } catch (error) {
    throw pdfError(error);
  } finally {
    await closeQuietly(task);
  }

  const t = performance.now();
  const report = await reportOf(read);
  timings.rest = performance.now() - t;
  return report;
}

async function reportOf(read: Read): Promise<Report> {
  const { blocks, lines } = blocksOf(read.layouts);
  const quality = textQuality(lines.join('\n'));
  if (quality === 'empty') throw new ReportParseError('PDF_NO_TEXT', 'the PDF has no text layer (a scan?): it needs OCR before it can be read');
  if (quality === 'garbled') throw new ReportParseError('PDF_GARBLED_TEXT', 'the PDF\'s text is not readable (fonts without Unicode maps): it needs OCR before it can be read');
  const blank = read.layouts.filter((l) => l.lines.length === 0 && l.tables.length === 0).map((l) => l.page);

  // All texts normalized as one text (one line each), the way every other shape is.
  const normalized = await normalize(lines.join('\n'));
  const out = normalized.text.split('\n');
  const text = (line: number, raw: string): string => out[line - 1] ?? raw;
  const final: Block[] = blocks.map((block) => {
    if (block.kind === 'paragraph') return { ...block, text: text(block.line, block.text) };
    if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: text(cell.line, cell.text) }))) };
    return block;
  });
  if (blank.length > 0) final.push({ kind: 'note', code: 'TEXT_DROPPED', message: `第 ${blank.join('、')} 页没有文字层（扫描页？），未读取`, line: 1 });
  try {
    return reportFromBlocks(withMetadataTitle(final, read.info), { layout: 'pdf', script: normalized.script, text: normalized.text, kind: 'grid' });
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('INVALID_INPUT', `the PDF's content could not be read as a report: ${describe(error)}`, { cause: error });
  }
}
