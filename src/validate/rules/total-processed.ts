/**
 * Identity 2 (APPLICATIONS_TOTAL_PROCESSED), table 三 per column:
 *   totalProcessed = granted + partiallyGranted + Σdenied.* + ΣunableToProvide.*
 *                    + ΣnotProcessed.* + ΣotherDisposal.*
 * where otherDisposal is overdueCorrection/overdueFee/other (2021 and unknown editions)
 * or the single otherDisposal.total row (2019).
 * expected = the sum, actual = totalProcessed.
 * paths: totalProcessed, then every addend in table order.
 * The message shows the six blocks （一）…（六） as subtotals.
 */
import { compare, terms, type Terms } from '../check.js';
import {
  COLUMN_LABELS,
  COLUMNS,
  OTHER_DISPOSAL_ROWS_2019,
  OTHER_DISPOSAL_ROWS_2021,
  ROW,
  disposalBlocks,
  type RowDef,
} from '../labels.js';
import { readCounts, sumCells, type Value } from '../sum.js';
import type { RuleContext } from './context.js';

export const APPLICATIONS_TOTAL_PROCESSED = 'APPLICATIONS_TOTAL_PROCESSED';

interface Layout {
  /** every addend row, in table order */
  readonly rows: readonly RowDef[];
  /** block i covers rows[ends[i-1] .. ends[i]) */
  readonly ends: readonly number[];
  readonly blockTerms: Terms;
  /** per column: totalProcessed path, then the addends */
  readonly paths: readonly (readonly string[])[];
}

function layout(otherDisposal: readonly RowDef[]): Layout {
  const blocks = disposalBlocks(otherDisposal);
  const rows = blocks.flatMap((b) => b.rows);
  const ends: number[] = [];
  let end = 0;
  for (const b of blocks) ends.push((end += b.rows.length));
  return {
    rows,
    ends,
    blockTerms: terms(blocks.map((b) => b.label)),
    paths: COLUMNS.map((c) => [
      `applications.${ROW.totalProcessed.path}.${c}`,
      ...rows.map((r) => `applications.${r.path}.${c}`),
    ]),
  };
}

const LAYOUT_2021 = layout(OTHER_DISPOSAL_ROWS_2021);
const LAYOUT_2019 = layout(OTHER_DISPOSAL_ROWS_2019);
const STATED = terms([ROW.totalProcessed.label]);
const PREFIXES = COLUMNS.map((c) => COLUMN_LABELS[c] + '列：');

export function checkTotalProcessed(ctx: RuleContext): void {
  const apps = ctx.report.applications;
  const { rows, ends, blockTerms, paths } = ctx.singleOtherDisposal ? LAYOUT_2019 : LAYOUT_2021;
  const totalProcessed = readCounts(ROW.totalProcessed.get(apps));
  const counts = rows.map((r) => readCounts(r.get(apps)));
  for (let i = 0; i < COLUMNS.length; i++) {
    const cells: Value[] = [];
    let blanks = false;
    for (const row of counts) {
      const v = row[i]!;
      if (v === null) blanks = true;
      cells.push(v);
    }
    const subtotals: Value[] = [];
    let from = 0;
    for (const end of ends) {
      subtotals.push(sumCells(cells, ctx.zero, from, end));
      from = end;
    }
    ctx.out.push(
      compare(
        APPLICATIONS_TOTAL_PROCESSED,
        PREFIXES[i]!,
        { terms: STATED, values: [totalProcessed[i]!] },
        { terms: blockTerms, values: subtotals, blanks },
        false,
        paths[i]!,
        ctx.zero,
      ),
    );
  }
}
