/**
 * Identity 4 (REVIEW_LITIGATION_TOTAL), table 四 per group
 * (review, litigationDirect, litigationAfterReview):
 *   total = upheld + corrected + other + pending
 * expected = the sum, actual = total. paths: total, upheld, corrected, other, pending.
 */
import { compare, terms } from '../check.js';
import { OUTCOME_LABELS, OUTCOME_PARTS, REVIEW_GROUP_LABELS, REVIEW_GROUPS } from '../labels.js';
import { readOutcomes } from '../sum.js';
import type { RuleContext } from './context.js';

export const REVIEW_LITIGATION_TOTAL = 'REVIEW_LITIGATION_TOTAL';

const STATED = terms([OUTCOME_LABELS.total]);
const PARTS = terms(OUTCOME_PARTS.map((o) => OUTCOME_LABELS[o]));
const PREFIXES = REVIEW_GROUPS.map((g) => REVIEW_GROUP_LABELS[g] + '：');
const PATHS = REVIEW_GROUPS.map((g) => [
  `reviewLitigation.${g}.total`,
  ...OUTCOME_PARTS.map((o) => `reviewLitigation.${g}.${o}`),
]);

export function checkReviewLitigation(ctx: RuleContext): void {
  const rl = ctx.report.reviewLitigation;
  for (let i = 0; i < REVIEW_GROUPS.length; i++) {
    const cells = readOutcomes(rl?.[REVIEW_GROUPS[i]!]); // upheld, corrected, other, pending, total
    const total = cells[4]!;
    const parts = cells.slice(0, 4);
    ctx.out.push(
      compare(
        REVIEW_LITIGATION_TOTAL,
        PREFIXES[i]!,
        { terms: STATED, values: [total] },
        { terms: PARTS, values: parts },
        false,
        PATHS[i]!,
        ctx.zero,
      ),
    );
  }
}
