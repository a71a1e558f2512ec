/**
 * Identity 3 (APPLICATIONS_ROW_TOTAL), table 三 per row of the edition:
 *   total = naturalPerson + commercial + research + socialWelfare + legalService + otherOrg
 * 2021 (and unknown): 25 rows, otherDisposal.total excluded;
 * 2019: 23 rows, the three 2021 otherDisposal rows excluded.
 * expected = the sum, actual = total. paths: total, then the six columns in table order.
 */
import { compare, terms } from '../check.js';
import { APPLICANT_COLUMNS, COLUMN_LABELS, ROWS_2019, ROWS_2021, type RowDef } from '../labels.js';
import { readCounts } from '../sum.js';
import type { RuleContext } from './context.js';

export const APPLICATIONS_ROW_TOTAL = 'APPLICATIONS_ROW_TOTAL';

interface RowLayout {
  readonly row: RowDef;
  readonly prefix: string;
  readonly paths: readonly string[];
}

function layout(rows: readonly RowDef[]): readonly RowLayout[] {
  return rows.map((row) => ({
    row,
    prefix: row.label + '行：',
    paths: [`applications.${row.path}.total`, ...APPLICANT_COLUMNS.map((c) => `applications.${row.path}.${c}`)],
  }));
}

const LAYOUT_2021 = layout(ROWS_2021);
const LAYOUT_2019 = layout(ROWS_2019);
const STATED = terms([COLUMN_LABELS.total]);
const PARTS = terms(APPLICANT_COLUMNS.map((c) => COLUMN_LABELS[c]));

export function checkRowTotals(ctx: RuleContext): void {
  const apps = ctx.report.applications;
  const rows = ctx.singleOtherDisposal ? LAYOUT_2019 : LAYOUT_2021;
  for (const { row, prefix, paths } of rows) {
    const cells = readCounts(row.get(apps)); // six applicant columns, then total
    const total = cells[6]!;
    const parts = cells.slice(0, 6);
    ctx.out.push(
      compare(
        APPLICATIONS_ROW_TOTAL,
        prefix,
        { terms: STATED, values: [total] },
        { terms: PARTS, values: parts },
        false,
        paths,
        ctx.zero,
      ),
    );
  }
}
