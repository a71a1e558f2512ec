/** Stable codes of {@link ReportParseError}. */
export type ReportParseErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_REPORT'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'ADAPTER_FAILED'
  | 'UNKNOWN_LAYOUT';

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
