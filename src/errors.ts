/** Stable codes of {@link ReportParseError}. */
export type ReportParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_REPORT'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'ADAPTER_FAILED'
  | 'UNKNOWN_LAYOUT'
  // zfxxgk/pdf only:
  /** pdf.js is not installed (or `options.pdfjs` is not pdf.js) */
  | 'PDF_ENGINE_MISSING'
  /** not a PDF, truncated or damaged beyond reading */
  | 'PDF_INVALID'
  /** needs a password to open */
  | 'PDF_ENCRYPTED'
  /** no text layer (a scan): nothing to read without OCR */
  | 'PDF_NO_TEXT'
  /** text without Unicode maps: what pdf.js reads is not the printed text */
  | 'PDF_GARBLED_TEXT'
  /** more bytes, pages or drawing operators than the limits allow */
  | 'PDF_TOO_LARGE'
  /** reading took longer than `options.timeoutMs` */
  | 'PDF_TIMEOUT';

/** Thrown for input that is not a report at all, bad options, or a broken custom adapter. */
export class ReportParseError extends Error {
  readonly code: ReportParseErrorCode;
  /** the adapter involved, for ADAPTER_FAILED / UNKNOWN_LAYOUT */
  readonly adapter: string | undefined;

  constructor(code: ReportParseErrorCode, message: string, options?: { adapter?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReportParseError';
    this.code = code;
    this.adapter = options?.adapter;
  }
}
