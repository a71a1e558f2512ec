import type { Applications, Cell, Edition } from '../types.js';
import { applicationRow, setCounts } from '../report/empty.js';
import type { Warnings } from '../warnings.js';
import { APPLICATION_ROWS, applicationRowOf, applicationRowPaths, COUNT_COLUMNS, countColumnOf, rowTotalHolds } from '../table-model/index.js';
import { quote } from '../warnings.js';
import { cellNumber } from './assign.js';
import { hasExplicitBlank, type StreamCell } from './cells.js';
import { GridColumns, positionBy } from './grid-columns.js';
import { alignByOrder, type Anchor, anchorsAgree, isJoined, readingsInOrder, type ValueRun, valueRuns, wasTransposed } from './align-rows.js';
import { placeRow } from './place-row.js';
import { type Orphan, readByScan, type ScannedRow, scanRows, warnExtraRow, warnOrphans } from './scan.js';

const COLUMN_KEYS = COUNT_COLUMNS.map((column) => column.key);
const ROWS_2021 = applicationRowPaths('2021');
const ROWS_2019 = applicationRowPaths('2019');
/** Each row's field paths (`applications.newReceived.naturalPerson` …), built once. */
const FIELD_PATHS = new Map<string, readonly string[]>();
const fieldPathsOf = (row: string): readonly string[] => FIELD_PATHS.get(row) ?? FIELD_PATHS.set(row, COLUMN_KEYS.map((column) => `applications.${row}.${column}`)).get(row)!;


export interface ApplicationsScan {
  /** the section's cell stream */
  cells: readonly StreamCell[];
  rows: Map<string, ScannedRow>;
  /** the rows were read by whole-table order (align-rows.ts), one VALUE_INFERRED for all */
  inOrder: boolean;
  /**
   * the table writes blank cells (as empty fields or blank lines); when it writes none, blanks
   * may have vanished (one-cell-per-line text, PDF reading order) and a row's count proves less
   */
  explicitBlanks: boolean;
  grid: GridColumns;
  orphans: Orphan[];
  evidence2021: number;
  evidence2019: number;
}

/**
 * Which table 三 row a label starts. `其他` and a bare `总计` are also column headers,
 * so they are rows only where the table's order puts them (after （六）/ the (五) rows).
 */
function matchApplicationRow(key: string, previous: string | null): string | null {
  const row = applicationRowOf(key);
  if (row !== null) {
    if (row === 'otherDisposal.other' && !(previous?.startsWith('otherDisposal.') || key.startsWith('3'))) return null;
    return row;
  }
  if (/^总计$|^合计$/.test(key) && previous !== null && /^(otherDisposal|notProcessed)\./.test(previous)) return 'totalProcessed';
  return null;
}

export function scanApplications(cells: readonly StreamCell[], warnings: Warnings): ApplicationsScan {
  const { rows, orphans } = scanRows(cells, matchApplicationRow, warnings, 'applications');
  const grid = new GridColumns(cells);
  const explicitBlanks = hasExplicitBlank(cells);
  let evidence2021 = 0;
  let evidence2019 = 0;
  if (rows.has('otherDisposal.overdueCorrection') || rows.has('otherDisposal.overdueFee')) evidence2021 += 2;
  else if (hasValues(rows.get('otherDisposal.total'))) evidence2019 += 2;
  return { cells, rows, inOrder: false, orphans, grid, explicitBlanks, evidence2021, evidence2019 };
}

/**
 * One cell per line with no blank cell anywhere: a row whose count matches may still hide a
 * vanished blank next to a number wrapped in two, so it is kept only when its own total holds —
 * and then that identity is no evidence (VALUE_INFERRED).
 */
function checkedByTotal(placed: (StreamCell | null)[], path: string, warnings: Warnings): (StreamCell | null)[] {
  if (placed.every((cell) => cell === null)) return placed;
  const values = placed.map((cell) => (cell?.value.kind === 'number' ? cell.value.value : null));
  const line = placed.find((cell) => cell !== null)?.line;
  const quoted = quote(placed.filter((cell): cell is StreamCell => cell !== null).map((cell) => cell.text));
  if (values.some((v) => v === null) || values.slice(0, 6).reduce((a, b) => a! + b!, 0) !== values[6]) {
    warnings.add('CELL_UNPLACED', `${path}：空白单元格可能已删去，${quoted}合计不符或无法核对，未取值`, { path, line });
    return placed.map(() => null);
  }
  warnings.add('VALUE_INFERRED', `${path}：空白单元格可能已删去，本行${quoted}因合计相符按序放置（不作核对依据）`, { path, line, via: ['APPLICATIONS_ROW_TOTAL'] });
  return placed;
}

/**
 * Value rows whose label was not recognised, named by the table's row order (align-rows.ts):
 * seven cells, and a row total that holds where all seven are numbers. They join the scan as
 * rows, with VALUE_INFERRED saying so; their cells leave the unclaimed ones.
 */
function alignUnlabelled(scan: ApplicationsScan, order: readonly string[], warnings: Warnings): void {
  if (!scan.orphans.some((orphan) => orphan.cell.value.kind !== 'blank')) return;
  const runs = valueRuns(scan.orphans).filter((run) => run.cells.some((cell) => cell.value.kind !== 'blank'));
  if (runs.length === 0) return;
  // At most one anchor per row of the order: a search of the stream each, no index of it.
  const anchors: Anchor[] = [];
  for (const [path, row] of scan.rows) if (order.includes(path)) anchors.push({ path, at: scan.cells.indexOf(row.label) });
  const complete = (run: ValueRun): boolean => {
    if (run.cells.length !== COLUMN_KEYS.length || run.cells.some((cell) => cell.value.kind === 'text')) return false;
    const numbers = run.cells.map((cell) => (cell.value.kind === 'number' ? cell.value.value : null));
    return numbers.some((v) => v === null) || numbers.slice(0, 6).reduce((a, b) => a! + b!, 0) === numbers[6];
  };
  const aligned = alignByOrder(order, anchors, runs, complete);
  for (const [path, { run, after, before }] of aligned) {
    const label = run.label ?? run.cells[0]!;
    scan.rows.set(path, { label, values: run.cells });
    const checked = run.cells.every((cell) => cell.value.kind === 'number');
    const named = run.label ? `行标签「${run.label.text}」未能识别` : '这一行没有行标签';
    warnings.add('VALUE_INFERRED', `applications.${path}：${named}，位于 ${after} 与 ${before} 之间，只缺此一行${checked ? '且合计相符' : ''}，按行序推定`, { path: `applications.${path}`, line: label.line, via: checked ? ['APPLICATIONS_ROW_TOTAL'] : undefined });
    const taken = new Set(run.cells);
    scan.orphans = scan.orphans.filter((orphan) => !taken.has(orphan.cell));
  }
}

function hasValues(row: ScannedRow | undefined): boolean {
  return row?.values.some((v) => v.value.kind !== 'blank') ?? false;
}

function trimTrailingBlanks(values: readonly StreamCell[]): StreamCell[] {
  let end = values.length;
  while (end > 0 && values[end - 1]!.value.kind === 'blank') end--;
  return values.slice(0, end);
}

const numberOf = (cell: StreamCell): number | null => (cell.value.kind === 'number' ? cell.value.value : null);
const numberOrNaN = (cell: StreamCell): number => (cell.value.kind === 'number' ? cell.value.value : Number.NaN);

/**
 * An extra 法人或其他组织 subtotal column (eight value columns): most rows hold eight cells.
 * Its position is where the data says — the column equal, on every complete row, to the
 * sum of the five organisation columns (right after 自然人, or right before 总计). Returns
 * the column to drop, or null when there is no such column or its place is not certain.
 */
function subtotalColumn(rows: readonly ScannedRow[]): number | null {
  const eight = rows.map((r) => trimTrailingBlanks(r.values)).filter((v) => v.length === 8);
  if (eight.length === 0 || eight.length * 2 < rows.length) return null;
  const complete = eight.map((v) => v.map(numberOf)).filter((v): v is number[] => v.every((n) => n !== null));
  const candidates = [1, 6].filter((p) => {
    const org = p === 1 ? [2, 3, 4, 5, 6] : [1, 2, 3, 4, 5];
    return complete.length > 0 && complete.every((v) => org.reduce((sum, i) => sum + v[i]!, 0) === v[p]);
  });
  if (candidates.length === 1) return candidates[0]!;
  // Both fit (e.g. all zero): fine when dropping either gives the same cells everywhere.
  if (candidates.length === 2 && eight.every((v) => v.every((c, i) => i < 1 || i > 6 || c.text === v[1]!.text))) return 1;
  return null;
}

/** Disposal rows (（一）…（六）) of a row list: they add up to （七）总计. */
const DISPOSAL_ROWS = new Set(APPLICATION_ROWS.filter((row) => row.disposal !== undefined).map((row) => row.path));

/** Every identity of table 三 holds on these rows (given in `order`): row totals, the balance, （七）总计. */
function identitiesHold(order: readonly string[], rows: readonly number[][]): boolean {
  if (!rows.every(rowTotalHolds)) return false;
  const received = rows[order.indexOf('newReceived')];
  const carried = rows[order.indexOf('carriedOver')];
  const processed = rows[order.indexOf('totalProcessed')];
  const forward = rows[order.indexOf('carriedForward')];
  if (!received || !carried || !processed || !forward) return false;
  const disposal: number[][] = [];
  order.forEach((path, r) => {
    if (DISPOSAL_ROWS.has(path)) disposal.push(rows[r]!);
  });
  for (let c = 0; c < 7; c++) {
    if (received[c]! + carried[c]! !== processed[c]! + forward[c]!) return false;
    let disposed = 0;
    for (const row of disposal) disposed += row[c]!;
    if (disposed !== processed[c]) return false;
  }
  return true;
}

/**
 * PDF reading-order text (no blank cells, no positions) whose scan is incomplete: read the
 * whole table by order (align-rows.ts) — exactly rows × 7 numbers once wrapped pieces are
 * joined, labels naming at least half the rows, no row the scan read otherwise, and every
 * identity of the table holding, for exactly one reading. Returns the row list read, or null
 * (the scan's reading stands).
 */
function readInOrder(scan: ApplicationsScan, orders: readonly (readonly string[])[], warnings: Warnings): readonly string[] | null {
  if (scan.explicitBlanks) return null;
  const complete = !scan.orphans.some((orphan) => orphan.cell.value.kind !== 'blank');
  for (const order of orders) {
    if (complete && order.every((path) => readByScan(scan.rows.get(path), 7))) return null;
    if (!anchorsAgree(order, [...scan.rows.keys()])) continue;
    const accepted = readingsInOrder(scan.cells, order.length, 7).filter((rows) => {
      // Most readings fail a row total: tested row by row before the whole reading becomes numbers.
      if (!rows.every((row) => rowTotalHolds(row.map(numberOrNaN)))) return false;
      const numbers = rows.map((row) => row.map(numberOrNaN));
      // A row the scan read as seven numbers of its own must read the same.
      return identitiesHold(order, numbers) && !order.some((path, r) => readByScan(scan.rows.get(path), 7) && scan.rows.get(path)!.values.some((cell, c) => cell.text !== rows[r]![c]!.text));
    });
    if (accepted.length !== 1) continue;
    const rows = accepted[0]!;
    const scanned = scan.rows;
    scan.rows = new Map(order.map((path, r) => [path, { label: scanned.get(path)?.label ?? rows[r]![0]!, values: rows[r]! }]));
    scan.orphans = [];
    scan.inOrder = true;
    const joined: StreamCell[] = []; // a loop, not rows.flat(): V8's flat is slow on small arrays
    for (const row of rows) for (const cell of row) if (isJoined(cell)) joined.push(cell);
    const pieces = joined.length > 0 ? `，其中${quote(joined.map((cell) => cell.text))}由折行的数字拼合` : '';
    const byColumn = wasTransposed(rows) ? '（部分行按列印出，已按列还原）' : '';
    warnings.add('VALUE_INFERRED', `applications：按阅读顺序逐行放置${order.length}行×7个数值${byColumn}${pieces}，行合计与列勾稽均相符（不作核对依据）`, { path: 'applications', line: rows[0]![0]!.line, via: ['APPLICATIONS_ROW_TOTAL', 'APPLICATIONS_BALANCE', 'APPLICATIONS_TOTAL_PROCESSED'] });
    return order;
  }
  return null;
}

/** Fills table 三 for the edition: seven columns per row, by position. */
export function placeApplications(scan: ApplicationsScan, edition: Exclude<Edition, 'unknown'>, target: Applications, warnings: Warnings): void {
  // A 2021 report printing the older single （六）其他处理 row instead of its three sub-rows.
  const noSubRows = !scan.rows.has('otherDisposal.overdueCorrection') && !scan.rows.has('otherDisposal.overdueFee');
  let mixed = edition === '2021' && noSubRows && hasValues(scan.rows.get('otherDisposal.total'));
  let expected: readonly string[] = edition === '2019' || mixed ? ROWS_2019 : ROWS_2021;
  // A 2021 report whose （六）其他处理 row lost its values to the reading order may still be the mixed template.
  const inOrder = readInOrder(scan, edition === '2021' && !mixed && noSubRows ? [expected, ROWS_2019] : [expected], warnings);
  if (inOrder !== null && inOrder !== expected) {
    expected = inOrder;
    mixed = true;
  }
  if (mixed) {
    warnings.add('MIXED_EDITION', 'applications.otherDisposal：2021年版报告用了旧模板的单行“（六）其他处理”，记入 otherDisposal.total', { path: 'applications.otherDisposal', line: scan.rows.get('otherDisposal.total')!.label.line });
  }
  alignUnlabelled(scan, expected, warnings);
  const extra = scan.inOrder ? null : subtotalColumn([...scan.rows.values()]);
  const positionOf = positionBy(scan.grid, countColumnOf, COLUMN_KEYS);
  const dropped: StreamCell[] = [];
  for (const row of expected) {
    const path = `applications.${row}`;
    const scanned = scan.rows.get(row);
    if (!scanned) {
      warnings.add('ROW_MISSING', `${path}：未找到此行`, { path });
      continue;
    }
    let values = scanned.values;
    if (extra !== null) {
      // Eight cells as given (a blank 总计 included), else eight once trailing padding is dropped.
      const eight = values.length === 8 ? values : trimTrailingBlanks(values);
      if (eight.length === 8) {
        dropped.push(eight[extra]!);
        values = eight.filter((_, i) => i !== extra);
      }
    }
    // Rows read by whole-table order are placed already (their count and identities are the proof).
    let placed = scan.inOrder ? values : placeRow(values, COLUMN_KEYS.length, path, warnings, { positionOf: extra === null ? positionOf : undefined });
    if (!scan.explicitBlanks && !scan.inOrder && values.length > 0 && values.every((cell) => cell.alone)) placed = checkedByTotal(placed, path, warnings);
    const fieldPaths = fieldPathsOf(row);
    const numbers: Cell[] = [];
    for (let i = 0; i < COLUMN_KEYS.length; i++) numbers.push(cellNumber(placed[i] ?? null, fieldPaths[i]!, warnings));
    setCounts(applicationRow(target, row), numbers);
  }
  if (extra !== null) {
    const quoted = quote(dropped.map((cell) => cell.text));
    warnings.add('EXTRA_COLUMN', `applications：表中多出一列法人或其他组织小计（第${extra + 1}个数值列），未读取：${quoted}`, { path: 'applications', line: dropped[0]?.line });
  }
  for (const [row, scanned] of scan.rows) {
    if (expected.includes(row)) continue;
    // （六）其他处理 as a group title in the 2021 table has no values: nothing to say.
    warnExtraRow(`applications.${row}`, edition, scanned, warnings);
  }
  warnOrphans(scan.orphans, 'applications', warnings);
}
