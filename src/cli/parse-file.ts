/**
 * The work done for one input file, in a worker thread: bytes → text → report. The one
 * place a new input kind (PDF through `zfxxgk/pdf`) is added, as one more branch.
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

export async function parseFile(bytes: Uint8Array, name: string, options: ParseFileOptions = {}): Promise<ParsedFile> {
  if (isPdf(bytes)) {
    // zfxxgk/pdf is loaded only for PDFs; it loads pdf.js (an optional peer) and says what to install when it is missing.
    const { parsePdf } = await import('../pdf/index.js');
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
