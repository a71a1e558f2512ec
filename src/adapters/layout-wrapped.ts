/**
 * Numbers wrapped inside a narrow cell: Word and LibreOffice print `151` as `15` over `1`
 * when the column is too narrow, so the text shows two numbers where the table has one.
 *
 * The pieces are joined only when the row's total proves it — the last column equals the
 * sum of the others with the pieces joined, and not without them. Otherwise the cell keeps
 * both pieces (`15 1`), which the recognizers report as a split number and never read.
 */
export function joinWrapped(upper: readonly (string | null)[], lower: readonly (string | null)[], rowIsUpper: boolean): { texts: string[]; joined: boolean } {
  const both = (j: number, separator: string): string => [upper[j], lower[j]].filter((t) => t).join(separator);
  const joined = upper.map((_, j) => both(j, ''));
  const spaced = upper.map((_, j) => both(j, ' '));
  const row = (rowIsUpper ? upper : lower).map((t) => t ?? '');
  if (totalHolds(joined) && !totalHolds(row)) return { texts: joined, joined: true };
  return { texts: spaced, joined: false };
}

/** A wide row's total (table 三: six applicant columns, then 总计): every cell a whole number, the last the sum of the others. */
function totalHolds(texts: readonly string[]): boolean {
  if (texts.length < 5 || texts.some((t) => !/^\d+$/.test(t))) return false;
  const numbers = texts.map(Number);
  return numbers.slice(0, -1).reduce((a, b) => a + b, 0) === numbers[numbers.length - 1];
}
