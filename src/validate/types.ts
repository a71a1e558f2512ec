/**
 * Public types of `validate()`.
 *
 * A `Check` is one identity (or one value rule) applied to one column, row, group or
 * cell of the report. `code` is stable; `message` is Chinese prose for people.
 */

export type CheckStatus = 'pass' | 'fail' | 'unknown';

/** Stable check codes. */
export type CheckCode =
  | 'APPLICATIONS_BALANCE'
  | 'APPLICATIONS_TOTAL_PROCESSED'
  | 'APPLICATIONS_ROW_TOTAL'
  | 'REVIEW_LITIGATION_TOTAL'
  | 'NEGATIVE_VALUE'
  | 'NOT_INTEGER';

export interface Check {
  /** Which identity or value rule this is. */
  code: CheckCode;
  /** `pass`/`fail` when every operand is a number (or nulls count as 0), else `unknown`. */
  status: CheckStatus;
  /** Chinese description naming rows and columns in the report's own words. */
  message: string;
  /**
   * Dotted field paths of every operand. For sum checks the stated total comes first,
   * then the addends in table order; for APPLICATIONS_BALANCE the order is
   * newReceived, carriedOver, totalProcessed, carriedForward (the identity as printed).
   * Value checks have exactly one path: the cell.
   */
  paths: string[];
  /** The side the identity computes (a sum); null when it cannot be computed. Always null for value checks. */
  expected: number | null;
  /** The side the report states (for value checks: the value itself); null when it cannot be computed. */
  actual: number | null;
}

export type ValidationIssue = Check;

export interface ValidateOptions {
  /**
   * How a null (blank) operand is treated:
   * - `'unknown'` (default): any check with a null operand is `unknown`; null cells get no value check;
   * - `'zero'`: null counts as 0, so every check is `pass` or `fail`.
   */
  nulls?: 'unknown' | 'zero';
}

export interface ValidationResult {
  /** True when no check failed (unknown checks do not make a report invalid). */
  ok: boolean;
  /** Every check that was run, in a fixed order (see `validate`). */
  checks: Check[];
  /** The failed checks, in the same order. */
  issues: Check[];
}
