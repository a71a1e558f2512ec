import type { Warning } from './types.js';

/** Every warning code the built-in pipeline emits (see fixtures/README.md and the README). */
export const WARNING_CODES = [
  'TABLE_MISSING',
  'SECTION_MISSING',
  'ROW_MISSING',
  'CELL_MISSING',
  'CELL_UNPLACED',
  'ROW_VALUE_COUNT',
  'ROW_SHIFTED',
  'PLACEHOLDER',
  'NOT_A_NUMBER',
  'NUMBER_SPLIT',
  'GLUED_AMBIGUOUS',
  'EXTRA_COLUMN',
  'EXTRA_ROW',
  'DUPLICATE_ROW',
  'META_MISSING',
  'EDITION_UNKNOWN',
  'TEXT_DROPPED',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

/** Collects the warnings of one parse, in the order they are found. */
export class Warnings {
  readonly list: Warning[] = [];

  /** A warning an adapter raised (custom adapters may use codes of their own). */
  note(code: string, message: string, where: { path?: string | undefined; line?: number | undefined } = {}): void {
    this.add(code as WarningCode, message, where);
  }

  add(code: WarningCode, message: string, where: { path?: string | undefined; line?: number | undefined } = {}): void {
    const warning: Warning = { code, message };
    if (where.path !== undefined) warning.path = where.path;
    if (where.line !== undefined && where.line >= 1) warning.line = where.line;
    this.list.push(warning);
  }
}
