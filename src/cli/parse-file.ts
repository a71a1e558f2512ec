/**
 * The work done for one input file, in a worker thread: bytes → report. Text and HTML are
 * decoded and parsed; a PDF (by its `%PDF-` signature) goes to `zfxxgk/pdf`.
 */
import { decodeWithCharset } from '../decode/charset.js';
import { isPdf } from '../pdf/is-pdf.js';
import { ReportParseError } from '../errors.js';
import { parseReport } from '../parse.js';
import type { Report } from '../types.js';
import { describeDecoding } from './describe-decoding.js';

export interface ParseFileOptions {
  /** force a table reader (checked against the built-in names before any file is read) */
  layout?: string | undefined;
  /** true for .html/.htm/.shtml/.xhtml, undefined when the name says nothing (sniff the bytes) */
  html?: boolean | undefined;
  /** add report.sources */
  sources?: boolean;
  /** PDFs: give up after this many milliseconds (the worker's own limit stops everything else) */
  timeoutMs?: number;
}

export interface ParsedFile {
  report: Report;
  /** how the bytes were decoded, for --verbose */
  decoding: string;
}

/** A failure with a stable code, printed as `<file>: <code>: <message>`. */
export class FileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
  }
}

interface PdfModule {
  parsePdf(data: Uint8Array, options?: { sources?: boolean; timeoutMs?: number }): Promise<Report>;
}

/**
 * zfxxgk/pdf, loaded on the first PDF: the built dist/pdf.js next to dist/cli.js and
 * dist/cli-worker.js (it imports pdf.js, the optional peer `pdfjs-dist`, itself). A path, not a
 * bare specifier, so the bundler leaves it out of the command line's own files.
 */
async function loadPdf(name: string): Promise<PdfModule> {
  try {
    return (await import(new URL('./pdf.js', import.meta.url).href)) as PdfModule;
  } catch (error) {
    throw new FileError('PDF_NOT_SUPPORTED', `${name} is a PDF: PDF input needs zfxxgk/pdf with pdfjs-dist installed (or extract its text first): ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function parseFile(bytes: Uint8Array, name: string, options: ParseFileOptions = {}): Promise<ParsedFile> {
  if (isPdf(bytes)) {
    const { parsePdf } = await loadPdf(name);
    const report = await parsePdf(bytes, { ...(options.sources === true ? { sources: true } : {}), ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) });
    return { report, decoding: 'PDF (zfxxgk/pdf)' };
  }
  const decoded = decodeWithCharset(bytes, options.html);
  const report = await parseReport(decoded.text, {
    ...(options.layout === undefined ? {} : { layout: options.layout }),
    ...(options.sources === true ? { sources: true } : {}),
  });
  return { report, decoding: describeDecoding(decoded) };
}

/** `CODE`, `message` of any error a parse can throw. */
export function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof ReportParseError || error instanceof FileError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) };
}
