/**
 * The checks the audit functions return. They have the shape of `validate()`'s checks
 * (code, status, message, paths, expected, actual) plus what they span: several reports
 * (series) or a quoted sentence (prose).
 */
import type { Report } from '../types.js';
import type { Check, CheckStatus } from '../validate/index.js';

/**
 * `advisory`: an identity that real reports may break for a lawful reason (documents also
 * lapse without a repeal). It never makes `ok` false.
 */
export type SeriesCheckStatus = CheckStatus | 'advisory';

/** Stable codes of validateSeries() checks. */
export type SeriesCheckCode =
  | 'SERIES_CARRY_OVER'
  | 'SERIES_STOCK'
  | 'SERIES_PREVIOUS_YEAR'
  | 'SERIES_MISSING_YEAR'
  | 'SERIES_DUPLICATE'
  | 'SERIES_NO_KEY';

/** One check between the reports of one organization. */
export interface SeriesCheck extends Omit<Check, 'status' | 'code'> {
  code: SeriesCheckCode;
  status: SeriesCheckStatus;
  /** the group key (normalized organization, or the caller's key) */
  organization: string;
  /** the years involved, earlier first */
  years: number[];
  /** for every entry of `paths`, the index (into the array given to validateSeries) of the report it belongs to */
  reports: number[];
}

export interface SeriesOptions {
  /**
   * The grouping key of a report; null leaves the report out (it gets a SERIES_NO_KEY check).
   * Default: `meta.organization` with whitespace and width differences removed.
   */
  key?: (report: Report, index: number) => string | null;
  /** As in validate(): `'zero'` counts a blank cell as 0. Default `'unknown'`. */
  nulls?: 'unknown' | 'zero';
}

export interface SeriesResult {
  /** true when no check failed (unknown and advisory checks do not count) */
  ok: boolean;
  checks: SeriesCheck[];
}

/** Where in the report a prose statement was read. */
export type ProseSection = 'overview' | 'problems' | 'other';

/** One statement of the prose checked against the tables. */
export interface ProseCheck extends Omit<Check, 'code'> {
  code: 'PROSE_TABLE';
  /** the whole sentence, as the report's text has it */
  quote: string;
  /** the part of the sentence the number was read from (the clause) */
  clause: string;
  section: ProseSection;
}

export interface ProseResult {
  ok: boolean;
  checks: ProseCheck[];
}
