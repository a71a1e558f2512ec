/**
 * Bounds on what one table may hold, shared by the adapters that build tables. Report
 * tables are small (section 三, the largest, has 9 columns and about 250 cells); past these
 * bounds the input is a separator run or garbage, and one object per field of a
 * multi-megabyte row would cost tens of bytes per input character.
 */

/** Cells read from one row; the rest are dropped with a note. */
export const MAX_ROW_CELLS = 64;

/** Cells read from one table; later rows are dropped with a note. */
export const MAX_TABLE_CELLS = 10_000;
