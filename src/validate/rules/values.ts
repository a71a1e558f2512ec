/**
 * Identity 5 (NEGATIVE_VALUE, NOT_INTEGER): one check per numeric cell of the edition.
 *
 * - counts (every cell of 三 and 四, and of 二 except the two below): both checks —
 *   NEGATIVE_VALUE (value ≥ 0) then NOT_INTEGER;
 * - amounts (`activeDisclosure.fees.amount` in 2021, `activeDisclosure.procurement.amount`
 *   in 2019): NEGATIVE_VALUE only (decimals allowed);
 * - 2019 `change` columns (本年增/减): NOT_INTEGER only (negative allowed).
 *
 * A null cell gives no check by default; with `nulls: 'zero'` it is 0 and passes.
 * Cells are visited in table order: 二, 三 (row by row, columns in table order), 四.
 * expected is null; actual is the value (0 for a null counted as zero); paths is [cell].
 * NaN fails both checks; ±Infinity fails NOT_INTEGER (and -Infinity NEGATIVE_VALUE).
 */
import {
  ACTIVE_CELLS_2019,
  ACTIVE_CELLS_2021,
  COLUMN_LABELS,
  COLUMNS,
  OUTCOME_LABELS,
  OUTCOMES,
  REVIEW_GROUP_LABELS,
  REVIEW_GROUPS,
  ROWS_2019,
  ROWS_2021,
  type ActiveCellDef,
  type RowDef,
  type ValueKind,
} from '../labels.js';
import { show } from '../check.js';
import { num, readCounts, readOutcomes, type Value } from '../sum.js';
import type { Check, CheckCode } from '../types.js';
import type { RuleContext } from './context.js';

export const NEGATIVE_VALUE = 'NEGATIVE_VALUE';
export const NOT_INTEGER = 'NOT_INTEGER';

/**
 * Paths and message prefixes of the cells of one row / group, in key order. The keys
 * must be in the order `readCounts` / `readOutcomes` return the values (COLUMNS / OUTCOMES).
 */
interface CellGroup {
  readonly paths: readonly string[];
  readonly prefixes: readonly string[];
}

function group<K extends string>(
  base: string,
  label: string,
  keys: readonly K[],
  keyLabels: Readonly<Record<K, string>>,
): CellGroup {
  return {
    paths: keys.map((k) => `${base}.${k}`),
    prefixes: keys.map((k) => `${label}·${keyLabels[k]}：`),
  };
}

const appRows = (rows: readonly RowDef[]) =>
  rows.map((row) => ({ row, cells: group(`applications.${row.path}`, row.label, COLUMNS, COLUMN_LABELS) }));

const APP_ROWS_2021 = appRows(ROWS_2021);
const APP_ROWS_2019 = appRows(ROWS_2019);
const REVIEW = REVIEW_GROUPS.map((g) => ({
  group: g,
  cells: group(`reviewLitigation.${g}`, REVIEW_GROUP_LABELS[g], OUTCOMES, OUTCOME_LABELS),
}));
const activeCells = (defs: readonly ActiveCellDef[]) => defs.map((def) => ({ def, prefix: def.label + '：' }));
const ACTIVE_2021 = activeCells(ACTIVE_CELLS_2021);
const ACTIVE_2019 = activeCells(ACTIVE_CELLS_2019);

const NEGATIVE_FAIL: Readonly<Record<ValueKind, string>> = {
  count: '，数量不能为负数',
  amount: '，金额不能为负数',
  change: '',
};
const NOT_INTEGER_FAIL: Readonly<Record<ValueKind, string>> = {
  count: '，数量应为整数',
  amount: '',
  change: '，增减数应为整数',
};

function make(code: CheckCode, pass: boolean, message: string, path: string, actual: number): Check {
  return { code, status: pass ? 'pass' : 'fail', message, paths: [path], expected: null, actual };
}

/** Emits the checks of one cell. */
function cell(out: Check[], value: Value, kind: ValueKind, path: string, prefix: string, zero: boolean): void {
  let v = value;
  let shown: string;
  if (v === null) {
    if (!zero) return;
    v = 0;
    shown = prefix + '空（按0计）';
  } else {
    shown = prefix + show(v);
  }
  if (kind !== 'change') {
    const ok = v >= 0; // false for NaN
    out.push(make(NEGATIVE_VALUE, ok, ok ? shown + '，非负' : shown + NEGATIVE_FAIL[kind], path, v));
  }
  if (kind !== 'amount') {
    const ok = Number.isInteger(v);
    out.push(make(NOT_INTEGER, ok, ok ? shown + '，是整数' : shown + NOT_INTEGER_FAIL[kind], path, v));
  }
}

export function checkValues(ctx: RuleContext): void {
  const { report, zero, out } = ctx;

  const active = report.activeDisclosure;
  for (const { def, prefix } of ctx.is2019 ? ACTIVE_2019 : ACTIVE_2021) {
    cell(out, num(def.get(active)), def.kind, def.path, prefix, zero);
  }

  const apps = report.applications;
  for (const { row, cells } of ctx.singleOtherDisposal ? APP_ROWS_2019 : APP_ROWS_2021) {
    const values = readCounts(row.get(apps)); // in COLUMNS order
    for (let i = 0; i < values.length; i++) {
      cell(out, values[i]!, 'count', cells.paths[i]!, cells.prefixes[i]!, zero);
    }
  }

  const rl = report.reviewLitigation;
  for (const { group: g, cells } of REVIEW) {
    const values = readOutcomes(rl?.[g]); // in OUTCOMES order
    for (let i = 0; i < values.length; i++) {
      cell(out, values[i]!, 'count', cells.paths[i]!, cells.prefixes[i]!, zero);
    }
  }
}
