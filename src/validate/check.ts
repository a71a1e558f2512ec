/**
 * Builds the `Check` of an identity "left = right" and its Chinese message.
 * Rules collect the operand values and hand them over with precomputed label pieces
 * (`terms()`); all summation goes through `sumCells`.
 *
 * Message shape: `<scope>：<left>，但<right>` (fail), `…，<right>，相符` (pass),
 * `…，<right>，有空白单元格，无法核对` (unknown), where a side reads
 * `甲(1)+乙(2)=3` (or `甲(1)` for one term) and a blank cell shows as `空`.
 */
import { sameNumber, sumCells, type Value } from './sum.js';
import type { Check, CheckCode, CheckStatus } from './types.js';

const SMALL: readonly string[] = Array.from({ length: 1024 }, (_, i) => String(i));

/** How a value is printed: `空` for a blank cell. */
export function show(v: Value): string {
  if (v === null) return '空';
  return v >= 0 && v < 1024 && (v | 0) === v ? SMALL[v]! : String(v);
}

/**
 * The labels of one side, pre-joined for fast messages: `heads[i]` is what comes
 * before value i (`甲(`, `)+乙(`, …). Build once at module load.
 */
export interface Terms {
  readonly heads: readonly string[];
}

export function terms(labels: readonly string[]): Terms {
  return { heads: labels.map((l, i) => (i === 0 ? '' : ')+') + l + '(') };
}

function side(t: Terms, values: readonly Value[], sum: Value): string {
  const heads = t.heads;
  let s = '';
  for (let i = 0; i < heads.length; i++) s += heads[i]! + show(values[i] ?? null);
  s += ')';
  if (heads.length > 1) s += sum === null ? '=?' : '=' + show(sum);
  return s;
}

function hasNull(values: readonly Value[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === null) return true;
  return false;
}

/** One side of an identity: its terms and their values (a value may be a subtotal). */
export interface Side {
  readonly terms: Terms;
  readonly values: readonly Value[];
  /** set when a value is a subtotal that counted a blank cell as 0 */
  readonly blanks?: boolean;
}

/**
 * Compares Σleft with Σright. `leftIsExpected` says which side is the computed one
 * (`expected`); the other is `actual`. `prefix` is the scope followed by `：`.
 * `paths` is copied, so callers pass a precomputed array.
 */
export function compare(
  code: CheckCode,
  prefix: string,
  left: Side,
  right: Side,
  leftIsExpected: boolean,
  paths: readonly string[],
  zero: boolean,
): Check {
  const l = sumCells(left.values, zero);
  const r = sumCells(right.values, zero);
  let status: CheckStatus;
  let message = prefix + side(left.terms, left.values, l);
  if (l === null || r === null) {
    status = 'unknown';
    message += '，' + side(right.terms, right.values, r) + '，有空白单元格，无法核对';
  } else if (sameNumber(l, r)) {
    status = 'pass';
    message += '，' + side(right.terms, right.values, r) + '，相符';
  } else {
    status = 'fail';
    message += '，但' + side(right.terms, right.values, r);
  }
  if (
    zero &&
    (left.blanks === true || right.blanks === true || hasNull(left.values) || hasNull(right.values))
  ) {
    message += '（空白按0计）';
  }
  return {
    code,
    status,
    message,
    paths: paths.slice(),
    expected: leftIsExpected ? l : r,
    actual: leftIsExpected ? r : l,
  };
}
