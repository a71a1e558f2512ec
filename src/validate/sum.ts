/**
 * The one shared piece of arithmetic: reading a cell and summing cells with nulls.
 * Every rule sums through `sumCells`, so the null policy lives in exactly one place.
 */

import type { Counts, Outcomes } from '../types.js';

export type Value = number | null;

/** A cell as a number, or null for anything else (null, undefined, a stray string). */
export function num(v: unknown): Value {
  return typeof v === 'number' ? v : null;
}

/**
 * Σ values[from..to). A null operand makes the sum null, unless `zero` is set, in which
 * case it counts as 0. An empty range sums to 0.
 */
export function sumCells(values: readonly Value[], zero: boolean, from = 0, to = values.length): Value {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      if (!zero) return null;
    } else {
      sum += v;
    }
  }
  return sum;
}

/**
 * Equality of two sums. Counts are integers, so this is exact for every well-formed
 * report; the tiny relative tolerance only keeps float noise from decimal garbage
 * (already reported by NOT_INTEGER) from failing a second identity.
 */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The seven cells of a table-三 row as numbers or null, in `COLUMNS` order
 * (naturalPerson, commercial, research, socialWelfare, legalService, otherOrg, total).
 * Named property reads keep this monomorphic; rules index the result by column.
 */
export function readCounts(c: Counts | undefined): Value[] {
  if (c === undefined || c === null) return [null, null, null, null, null, null, null];
  return [
    num(c.naturalPerson),
    num(c.commercial),
    num(c.research),
    num(c.socialWelfare),
    num(c.legalService),
    num(c.otherOrg),
    num(c.total),
  ];
}

/** The five cells of a table-四 group, in `OUTCOMES` order (upheld, corrected, other, pending, total). */
export function readOutcomes(o: Outcomes | undefined): Value[] {
  if (o === undefined || o === null) return [null, null, null, null, null];
  return [num(o.upheld), num(o.corrected), num(o.other), num(o.pending), num(o.total)];
}
