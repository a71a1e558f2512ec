/**
 * Every Chinese label validate() prints, and the fixed key lists it walks.
 *
 * Labels are the wording of the national table formats (国办公开办函〔2021〕30号 and
 * 〔2019〕60号), shortened where the full label is a sentence. Row paths are relative
 * to `applications`; column keys are those of `Counts`.
 */
import type {
  ActiveDisclosure,
  Applications,
  Counts,
  CountsColumn,
  Outcomes,
  ReviewLitigation,
  Report,
} from '../types.js';

import { ACTIVE_ROWS, APPLICATION_ROWS, COUNT_COLUMNS, DISPOSAL_GROUPS, OUTCOMES as OUTCOME_DEFS, REVIEW_GROUPS as GROUP_DEFS } from '../table-model/index.js';

// Everything here is derived from the table model (src/table-model/): the wording and the
// key lists live there once.

// ---------------------------------------------------------------------------
// Table 三: columns

/** All seven columns, in table order. */
export const COLUMNS: readonly CountsColumn[] = COUNT_COLUMNS.map((c) => c.key as CountsColumn);

/** The six applicant columns, in table order (总计 excluded). */
export const APPLICANT_COLUMNS: readonly CountsColumn[] = COLUMNS.filter((c) => c !== 'total');

export const COLUMN_LABELS: Readonly<Record<CountsColumn, string>> = Object.fromEntries(COUNT_COLUMNS.map((c) => [c.key, c.short ?? c.label])) as Record<CountsColumn, string>;

// ---------------------------------------------------------------------------
// Table 三: rows

/** Row path (relative to `applications`) → label as validate() prints it. */
export const ROW_LABELS: Readonly<Record<string, string>> = Object.fromEntries(APPLICATION_ROWS.map((row) => [row.path, row.short]));

export type RowPath = string;

/** Labels of the disposal groups 三、（三）…（六）, used when a message shows subtotals. */
export const DISPOSAL_GROUP_LABELS = DISPOSAL_GROUPS;

/** One row of table 三: its path, label and accessor. */
export interface RowDef {
  /** path relative to `applications`, e.g. `denied.stateSecret` */
  readonly path: RowPath;
  readonly label: string;
  readonly get: (a: Applications | undefined) => Counts | undefined;
}

/** A row's accessor from its path (`denied.stateSecret` → applications.denied.stateSecret), null-safe. */
function row(path: RowPath): RowDef {
  const keys = path.split('.');
  return {
    path,
    label: ROW_LABELS[path]!,
    get: (a) => {
      let node: unknown = a;
      for (const key of keys) node = node === null || node === undefined ? undefined : (node as Record<string, unknown>)[key];
      return node as Counts | undefined;
    },
  };
}

const rowsOf = (group: string): readonly RowDef[] => APPLICATION_ROWS.filter((r) => r.path.startsWith(`${group}.`) && r.editions.includes('2021')).map((r) => row(r.path));

export const ROW = {
  newReceived: row('newReceived'),
  carriedOver: row('carriedOver'),
  granted: row('granted'),
  partiallyGranted: row('partiallyGranted'),
  totalProcessed: row('totalProcessed'),
  carriedForward: row('carriedForward'),
} as const;

export const DENIED_ROWS: readonly RowDef[] = rowsOf('denied');
export const UNABLE_ROWS: readonly RowDef[] = rowsOf('unableToProvide');
export const NOT_PROCESSED_ROWS: readonly RowDef[] = rowsOf('notProcessed');
/** （六） in the 2021 edition: three rows. */
export const OTHER_DISPOSAL_ROWS_2021: readonly RowDef[] = rowsOf('otherDisposal');
/** （六） in the 2019 edition: the single 其他处理 row. */
export const OTHER_DISPOSAL_ROWS_2019: readonly RowDef[] = [row('otherDisposal.total')];

/** One block of addends of （七）总计. */
export interface RowBlock {
  readonly label: string;
  readonly rows: readonly RowDef[];
}

/** The addends of （七）总计, as blocks (三、（一）…（六）), for one edition. */
export function disposalBlocks(otherDisposal: readonly RowDef[]): readonly RowBlock[] {
  return [
    { label: ROW.granted.label, rows: [ROW.granted] },
    { label: ROW.partiallyGranted.label, rows: [ROW.partiallyGranted] },
    { label: DISPOSAL_GROUP_LABELS.denied, rows: DENIED_ROWS },
    { label: DISPOSAL_GROUP_LABELS.unableToProvide, rows: UNABLE_ROWS },
    { label: DISPOSAL_GROUP_LABELS.notProcessed, rows: NOT_PROCESSED_ROWS },
    { label: DISPOSAL_GROUP_LABELS.otherDisposal, rows: otherDisposal },
  ];
}

function tableRows(otherDisposal: readonly RowDef[]): readonly RowDef[] {
  return [
    ROW.newReceived,
    ROW.carriedOver,
    ROW.granted,
    ROW.partiallyGranted,
    ...DENIED_ROWS,
    ...UNABLE_ROWS,
    ...NOT_PROCESSED_ROWS,
    ...otherDisposal,
    ROW.totalProcessed,
    ROW.carriedForward,
  ];
}

/** The 25 rows of the 2021 table, in table order. */
export const ROWS_2021: readonly RowDef[] = tableRows(OTHER_DISPOSAL_ROWS_2021);
/** The 23 rows of the 2019 table, in table order. */
export const ROWS_2019: readonly RowDef[] = tableRows(OTHER_DISPOSAL_ROWS_2019);

// ---------------------------------------------------------------------------
// Table 四

export type ReviewGroup = keyof ReviewLitigation;
export type Outcome = keyof Outcomes;

export const REVIEW_GROUPS: readonly ReviewGroup[] = GROUP_DEFS.map((g) => g.key as ReviewGroup);

export const REVIEW_GROUP_LABELS: Readonly<Record<ReviewGroup, string>> = Object.fromEntries(GROUP_DEFS.map((g) => [g.key, g.short ?? g.label])) as Record<ReviewGroup, string>;

/** All five cells of a group, in table order. */
export const OUTCOMES: readonly Outcome[] = OUTCOME_DEFS.map((o) => o.key as Outcome);
/** The four outcomes summed into 总计, in table order. */
export const OUTCOME_PARTS: readonly Outcome[] = OUTCOMES.filter((o) => o !== 'total');

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = Object.fromEntries(OUTCOME_DEFS.map((o) => [o.key, o.short ?? o.label])) as Record<Outcome, string>;

// ---------------------------------------------------------------------------
// Table 二

/** count: non-negative integer; amount: non-negative number; change: integer, may be negative. */
export type ValueKind = 'count' | 'amount' | 'change';

/** One cell of table 二 that value checks read. */
export interface ActiveCellDef {
  /** full dotted path */
  readonly path: string;
  /** `行 · 列` label */
  readonly label: string;
  readonly kind: ValueKind;
  readonly get: (d: ActiveDisclosure | undefined) => unknown;
}

const activeLabels = (edition: '2021' | '2019'): Record<string, string> =>
  Object.fromEntries(ACTIVE_ROWS.filter((r) => r.columns[edition] !== null).map((r) => [r.key, edition === '2019' ? (r.label2019 ?? r.label) : r.label]));
const columnLabels = (edition: '2021' | '2019'): Record<string, string> =>
  Object.fromEntries(ACTIVE_ROWS.flatMap((r) => r.columns[edition] ?? []).map((c) => [c.key, c.short ?? c.label]));

export const ACTIVE_ROW_LABELS_2021: Readonly<Record<string, string>> = activeLabels('2021');
export const ACTIVE_ROW_LABELS_2019: Readonly<Record<string, string>> = activeLabels('2019');
export const ACTIVE_COLUMN_LABELS_2021: Readonly<Record<string, string>> = columnLabels('2021');
export const ACTIVE_COLUMN_LABELS_2019: Readonly<Record<string, string>> = columnLabels('2019');

type Labels = Readonly<Record<string, string>>;

/**
 * Builds the table-二 cell list of one edition from (row, columns) pairs; the kind
 * follows the column (`change` may be negative, `amount` may be decimal, the rest are
 * counts). The accessor reads `activeDisclosure[row][column]`.
 */
function activeCells(
  rowLabels: Labels,
  columnLabels: Labels,
  spec: readonly (readonly [row: keyof ActiveDisclosure, columns: readonly string[]])[],
): readonly ActiveCellDef[] {
  const out: ActiveCellDef[] = [];
  for (const [rowKey, columns] of spec) {
    for (const column of columns) {
      out.push({
        path: `activeDisclosure.${rowKey}.${column}`,
        label: `${rowLabels[rowKey] ?? rowKey}·${columnLabels[column] ?? column}`,
        kind: column === 'change' ? 'change' : column === 'amount' ? 'amount' : 'count',
        get: (d) => (d?.[rowKey] as Readonly<Record<string, unknown>> | undefined)?.[column],
      });
    }
  }
  return out;
}

const cellSpec = (edition: '2021' | '2019'): (readonly [keyof ActiveDisclosure, readonly string[]])[] =>
  ACTIVE_ROWS.filter((r) => r.columns[edition] !== null).map((r) => [r.key, r.columns[edition]!.map((c) => c.key)] as const);

/** Table 二 cells of the 2021 edition (10). */
export const ACTIVE_CELLS_2021: readonly ActiveCellDef[] = activeCells(ACTIVE_ROW_LABELS_2021, ACTIVE_COLUMN_LABELS_2021, cellSpec('2021'));

/** Table 二 cells of the 2019 edition (22). */
export const ACTIVE_CELLS_2019: readonly ActiveCellDef[] = activeCells(ACTIVE_ROW_LABELS_2019, ACTIVE_COLUMN_LABELS_2019, cellSpec('2019'));

/** A 2021-edition report on the older template: the single （六）其他处理 row holds numbers, the three sub-rows none. */
export function printsSingleOtherDisposal(report: Report): boolean {
  const other = report.applications?.otherDisposal;
  if (!other) return false;
  const filled = (row: Counts | undefined): boolean => row !== undefined && row !== null && Object.values(row).some((v) => typeof v === 'number');
  return filled(other.total) && !filled(other.overdueCorrection) && !filled(other.overdueFee) && !filled(other.other);
}
