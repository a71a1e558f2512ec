/**
 * Splitting a glued digit run into cells — only when the split is certain.
 *
 *     一、本年新收政府信息公开申请数量1400000 14   (7 cells, Σ six applicant cells = 总计)
 *       → 14|0|0|0|0|0|14 is the only cut: certain
 *     行政规范性文件1077                        (3 cells, no sum)
 *       → 1|0|77 or 10|7|7: ambiguous, never guessed
 *
 * Rules: whitespace between tokens is a cell boundary; a cell has no leading zero unless
 * it is `0`; `+`/`-` starts a cell; a decimal point stays inside its cell; a unit (元,
 * 万元) belongs to the token's last cell; no cell is longer than 16 characters. Every cut into exactly `n` cells is enumerated;
 * when more than one remains, `sumCheck` (the row's own totals) may settle it. The search
 * is bounded: running out of budget counts as ambiguous.
 */
const CELL = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const UNIT = /(万元|元)$/;
const BUDGET = 200_000;
/** Longest cell tried: no count or amount in these tables has more characters. */
const MAX_CELL = 16;

export type SplitResult =
  /** one cut into n cells, and no cut into fewer cells (so no blank cell can have vanished) */
  | { kind: 'certain'; cells: string[] }
  /**
   * several cuts into n cells, or one cut while a cut into fewer cells exists too (a blank
   * cell may have vanished): for the table's identities to settle, or null. `complete`:
   * every n-cut is listed (the search did not stop at its cap).
   */
  | { kind: 'candidates'; splits: string[][]; complete: boolean }
  /** no cut into n cells: more digits than the row has cells, or invalid pieces */
  | { kind: 'impossible' };

interface Token {
  digits: string;
  unit: string;
  /** digits only (no sign, no decimal point): every piece without a leading zero is a cell */
  plain: boolean;
}

/** Most candidate cuts kept for one row; more counts as "many" and is never settled. */
const MAX_CANDIDATES = 64;

function enumerate(tokens: readonly Token[], n: number, limit: number): { found: string[][]; exhausted: boolean } {
  const found: string[][] = [];
  const cells: string[] = [];
  let steps = 0;
  let exhausted = false;
  const charsLeft: number[] = [];
  for (let i = tokens.length - 1, sum = 0; i >= 0; i--) charsLeft[i] = sum += tokens[i]!.digits.length;
  const walk = (t: number, p: number): void => {
    if (found.length > limit || exhausted) return;
    if (++steps > BUDGET) {
      exhausted = true;
      return;
    }
    if (t === tokens.length) {
      if (cells.length === n) found.push([...cells]);
      return;
    }
    const token = tokens[t]!;
    const digits = token.digits;
    const left = n - cells.length;
    const tokensLeft = tokens.length - t;
    if (left < tokensLeft) return; // every remaining token needs a cell
    if (left > charsLeft[t]! - p) return; // every cell needs a character
    const last = Math.min(digits.length, p + MAX_CELL);
    for (let e = p + 1; e <= last; e++) {
      if (!token.plain && e < digits.length && (digits[e] === '.' || digits[e - 1] === '.')) continue;
      // A cell starting with 0 is `0` itself or a decimal `0.x`: no longer integer piece can be valid.
      if (e > p + 1 && digits[p] === '0' && digits[p + 1] !== '.') break;
      const piece = digits.slice(p, e);
      if (!token.plain && !CELL.test(piece)) {
        if (/[+-]/.test(piece.slice(1))) break; // a sign inside: no longer piece can be valid
        continue;
      }
      cells.push(e === digits.length ? piece + token.unit : piece);
      if (e === digits.length) walk(t + 1, 0);
      else walk(t, e);
      cells.pop();
      if (found.length > limit || exhausted) return;
    }
  };
  walk(0, 0);
  return { found, exhausted: exhausted || found.length > limit };
}

/** Splits the whitespace tokens of one row's run into `n` cells, listing every possible cut. */
export function splitRun(rawTokens: readonly string[], n: number): SplitResult {
  const tokens = rawTokens.map((raw): Token => {
    const unit = UNIT.exec(raw)?.[1] ?? '';
    const digits = raw.slice(0, raw.length - unit.length);
    return { digits, unit, plain: /^\d+$/.test(digits) };
  });
  const digits = tokens.reduce((sum, t) => sum + t.digits.length, 0);
  if (digits < n || tokens.length > n) return { kind: 'impossible' };
  if (digits === n && tokens.every((t) => t.plain)) return oneDigitEach(tokens, n);
  const cuts = enumerate(tokens, n, MAX_CANDIDATES);
  if (!cuts.exhausted && cuts.found.length === 0) return { kind: 'impossible' };
  if (!cuts.exhausted && cuts.found.length === 1) {
    // A blank cell leaves no trace in glued text: one cut into n cells is certain only when
    // the run cannot also be read as fewer cells (`106` is 1|0|6, or 10|6 with a blank).
    // Checking n − 1 cells is enough: a cut into fewer cells has a cell of two or more digits,
    // and splitting off its last digit gives a cut with one cell more, down to n − 1.
    const fewer = n - 1 >= tokens.length && enumerate(tokens, n - 1, 0).found.length > 0;
    if (!fewer) return { kind: 'certain', cells: cuts.found[0]! };
  }
  return { kind: 'candidates', splits: cuts.exhausted ? cuts.found.slice(0, MAX_CANDIDATES) : cuts.found, complete: !cuts.exhausted };
}

/** Σ six applicant cells = 总计 (table 三). */
/**
 * As many digits as cells, digits only (most glued rows: `0000000`): the one cut gives every
 * digit its own cell, and a cut into n − 1 cells exists exactly where a digit other than 0 has
 * another digit of its run after it (`10` may be one cell). Same answer as the search, at once.
 */
function oneDigitEach(tokens: readonly Token[], n: number): SplitResult {
  const cells: string[] = [];
  let fewer = false;
  for (const { digits, unit } of tokens) {
    for (let i = 0; i < digits.length; i++) {
      const last = i === digits.length - 1;
      cells.push(last ? digits[i]! + unit : digits[i]!);
      if (!last && digits[i] !== '0') fewer = true;
    }
  }
  if (fewer && n - 1 >= tokens.length) return { kind: 'candidates', splits: [cells], complete: true };
  return { kind: 'certain', cells };
}
