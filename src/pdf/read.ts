import { ReportParseError } from '../errors.js';
import type { Block } from '../model.js';
import { normalize } from '../normalize/index.js';
import type { Script } from '../types.js';
import { blocksOf } from './blocks.js';
import { loadEngine, provideInProcessWorker } from './engine.js';
import { closeQuietly, pdfError } from './errors-map.js';
import { fragmentsOf } from './fragments.js';
import { type Matrix, pageLines } from './geometry.js';
import { isPdf } from './is-pdf.js';
import { withMetadataTitle } from './meta-title.js';
import type { ResolvedOptions } from './options.js';
import { layoutPage, type PageLayout } from './page-layout.js';
import { WorkerRestartedError, workerChannel } from './node-worker.js';
import type { PdfJsLoadingTask, PdfJsModule, PdfJsWorker } from './pdfjs-types.js';
import { nodeResources } from './resources.js';
import { textQuality } from './text-quality.js';

/**
 * A PDF → normalized blocks: open with pdf.js within the limits, read every page (text
 * items and drawn borders), build grids and paragraphs, check the text is real text.
 */
export interface PdfContent {
  blocks: Block[];
  /** the whole normalized text, one cell or paragraph per line */
  text: string;
  script: Script;
}

interface Pages {
  layouts: PageLayout[];
  info: unknown;
}

/** A private copy: pdf.js detaches the buffer it is given, and rejects Node Buffers. */
function bytesOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return new Uint8Array(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  throw new ReportParseError('INVALID_INPUT', 'parsePdf() takes the PDF as a Uint8Array or an ArrayBuffer');
}

async function readPages(engine: PdfJsModule, task: PdfJsLoadingTask, options: ResolvedOptions, started: number): Promise<Pages> {
  const { timings } = options;
  const doc = await task.promise;
  timings.load += performance.now() - started;
  if (doc.numPages > options.maxPages) throw new ReportParseError('PDF_TOO_LARGE', `the PDF has ${doc.numPages} pages; the limit is ${options.maxPages} (options.maxPages)`);
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
    if (operators.fnArray.length > options.maxOperators) {
      throw new ReportParseError('PDF_TOO_LARGE', `page ${number} has ${operators.fnArray.length} drawing operators; the limit is ${options.maxOperators} (options.maxOperators)`);
    }
    t = performance.now();
    layouts.push(layoutPage(number, viewport.width, viewport.height, fragmentsOf(content, view), pageLines(operators, engine.OPS, view)));
    timings.grid += performance.now() - t;
    page.cleanup?.();
  }
  timings.pages = doc.numPages;
  return { layouts, info };
}

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => void, failed?: Promise<never>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ReportParseError('PDF_TIMEOUT', `reading the PDF took longer than ${ms} ms (options.timeoutMs)`));
    }, ms);
  });
  return Promise.race(failed ? [work, deadline, failed] : [work, deadline]).finally(() => clearTimeout(timer));
}

export async function readPdf(data: unknown, options: ResolvedOptions): Promise<PdfContent> {
  try {
    return await readOnce(data, options);
  } catch (error) {
    // Another document's deadline stopped the shared worker thread under this one: once more.
    if (error instanceof ReportParseError && error.cause instanceof WorkerRestartedError) return readOnce(data, options);
    throw error;
  }
}

async function readOnce(data: unknown, options: ResolvedOptions): Promise<PdfContent> {
  const size = data instanceof Uint8Array || data instanceof ArrayBuffer ? data.byteLength : -1;
  if (size === 0) throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (size > options.maxBytes) throw new ReportParseError('PDF_TOO_LARGE', `the PDF is ${size} bytes; the limit is ${options.maxBytes} (options.maxBytes)`);
  const bytes = bytesOf(data);
  if (!isPdf(bytes)) throw new ReportParseError('PDF_INVALID', 'not a PDF: the bytes do not start with %PDF-');

  const started = performance.now();
  const engine = await loadEngine(options.pdfjs);
  const found = nodeResources();
  // Node with the installed pdf.js: its worker in a worker thread that can be stopped.
  const channel = options.pdfjs === undefined && found.workerUrl && engine.PDFWorker ? workerChannel(found.workerUrl) : undefined;
  if (!channel) await provideInProcessWorker();
  let worker: PdfJsWorker | undefined;
  let task: PdfJsLoadingTask | undefined;
  let pages: Pages;
  try {
    if (channel && engine.PDFWorker) worker = new engine.PDFWorker({ port: channel.port, verbosity: 0 });
    task = engine.getDocument({
      ...(worker ? { worker } : {}),
      data: bytes,
      cMapUrl: options.cMapUrl ?? found.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: options.standardFontDataUrl ?? found.standardFontDataUrl,
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
    const opened = task;
    const stop = (): void => {
      channel?.kill();
      void closeQuietly(opened);
    };
    pages = await withDeadline(readPages(engine, opened, options, started), options.timeoutMs, stop, channel?.failed);
  } catch (error) {
    // The thread stays for the next document unless the deadline killed it (see `stop`).
    throw pdfError(error);
  } finally {
    await closeQuietly(task);
    try {
      worker?.destroy();
    } catch {
      // already gone
    }
    channel?.close();
  }

  const t = performance.now();
  const content = await contentOf(pages);
  options.timings.rest = performance.now() - t;
  return content;
}

async function contentOf(pages: Pages): Promise<PdfContent> {
  const { blocks, lines } = blocksOf(pages.layouts);
  const quality = textQuality(lines.join('\n'));
  if (quality === 'empty') throw new ReportParseError('PDF_NO_TEXT', 'the PDF has no text layer (a scan?): it needs OCR before it can be read');
  if (quality === 'garbled') throw new ReportParseError('PDF_GARBLED_TEXT', 'the PDF\'s text is not readable (fonts without Unicode maps): it needs OCR before it can be read');

  // All texts normalized as one text (one line each), the way every other shape is.
  const normalized = await normalize(lines.join('\n'));
  const out = normalized.text.split('\n');
  const text = (line: number, raw: string): string => out[line - 1] ?? raw;
  const final: Block[] = blocks.map((block) => {
    if (block.kind === 'paragraph') return { ...block, text: text(block.line, block.text) };
    if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: text(cell.line, cell.text) }))) };
    return block;
  });
  const blank = pages.layouts.filter((l) => l.lines.length === 0 && l.tables.length === 0).map((l) => l.page);
  if (blank.length > 0) final.push({ kind: 'note', code: 'TEXT_DROPPED', message: `第 ${blank.join('、')} 页没有文字层（扫描页？），未读取`, line: 1 });
  return { blocks: withMetadataTitle(final, pages.info), text: normalized.text, script: normalized.script };
}
