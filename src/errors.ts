/** Stable codes of {@link ReportParseError}. */
export type ReportParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_REPORT'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'ADAPTER_FAILED'
  | 'UNKNOWN_LAYOUT'
  | 'HTML_UNREADABLE'
  | 'INVALID_REPORT';

/**
 * Thrown for input that is not a report at all, bad options, or a broken custom adapter.
 * `HTML_UNREADABLE`: an HTML page the parser could not turn into a tree (the nesting is
 * bounded first, so this is a last guard). `INVALID_REPORT`: `validate()` was given
 * something that is not a `Report`.
 */
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
