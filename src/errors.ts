/** Stable codes of {@link ReportParseError}. */
export type ReportParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_REPORT'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'ADAPTER_FAILED'
  | 'UNKNOWN_LAYOUT'
  | 'HTML_UNREADABLE'
  | 'INVALID_REPORT'
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

/** Marks instances, so `instanceof` holds across the separately built `zfxxgk` and `zfxxgk/pdf` entries. */
const BRAND = Symbol.for('zfxxgk.ReportParseError');

/**
 * Thrown for input that is not a report at all, bad options, or a broken custom adapter.
 * `HTML_UNREADABLE`: an HTML page the parser could not turn into a tree (the nesting is
 * bounded first, so this is a last guard). `INVALID_REPORT`: `validate()` was given
 * something that is not a `Report`.
 */
export class ReportParseError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === ReportParseError && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true);
  }

  readonly code: ReportParseErrorCode;
  /** the adapter involved, for ADAPTER_FAILED / UNKNOWN_LAYOUT */
  readonly adapter: string | undefined;

  constructor(code: ReportParseErrorCode, message: string, options?: { adapter?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReportParseError';
    this.code = code;
    this.adapter = options?.adapter;
    Object.defineProperty(this, BRAND, { value: true });
  }
}
