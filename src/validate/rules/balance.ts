/**
 * Identity 1 (APPLICATIONS_BALANCE), table 三 per column:
 *   newReceived + carriedOver = totalProcessed + carriedForward
 * expected = newReceived + carriedOver, actual = totalProcessed + carriedForward.
 * paths: newReceived, carriedOver, totalProcessed, carriedForward (of that column).
 */
import { compare, terms } from '../check.js';
import { COLUMN_LABELS, COLUMNS, ROW } from '../labels.js';
import { readCounts } from '../sum.js';
import type { RuleContext } from './context.js';

export const APPLICATIONS_BALANCE = 'APPLICATIONS_BALANCE';

const LEFT = terms([ROW.newReceived.label, ROW.carriedOver.label]);
const RIGHT = terms([ROW.totalProcessed.label, ROW.carriedForward.label]);

const PATHS = COLUMNS.map((c) =>
  [ROW.newReceived, ROW.carriedOver, ROW.totalProcessed, ROW.carriedForward].map(
    (r) => `applications.${r.path}.${c}`,
  ),
);
const PREFIXES = COLUMNS.map((c) => COLUMN_LABELS[c] + '列：');

export function checkBalance(ctx: RuleContext): void {
  const apps = ctx.report.applications;
  const newReceived = readCounts(ROW.newReceived.get(apps));
  const carriedOver = readCounts(ROW.carriedOver.get(apps));
  const totalProcessed = readCounts(ROW.totalProcessed.get(apps));
  const carriedForward = readCounts(ROW.carriedForward.get(apps));
  for (let i = 0; i < COLUMNS.length; i++) {
    ctx.out.push(
      compare(
        APPLICATIONS_BALANCE,
        PREFIXES[i]!,
        { terms: LEFT, values: [newReceived[i]!, carriedOver[i]!] },
        { terms: RIGHT, values: [totalProcessed[i]!, carriedForward[i]!] },
        true,
        PATHS[i]!,
        ctx.zero,
      ),
    );
  }
}
