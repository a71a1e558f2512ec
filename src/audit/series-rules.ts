/**
 * The identities between two consecutive years of one organization:
 *
 * - SERIES_CARRY_OVER (per column of 三): year N's 四、结转下年度继续办理 = year N+1's
 *   二、上年结转. Both editions print these rows, so this holds across the edition change.
 * - SERIES_STOCK (规章, 行政规范性文件; both years in the 2021 edition): N's 现行有效件数 +
 *   N+1's 本年制发件数 − N+1's 本年废止件数 = N+1's 现行有效件数. Advisory: documents also
 *   lapse without a repeal, so a difference is reported as `advisory`, never `fail`.
 * - SERIES_PREVIOUS_YEAR (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费;
 *   both years in the 2019 edition): N's 上一年项目数量 + N's 本年增/减 = N+1's 上一年项目数量.
 */
import type { Report } from '../types.js';
import { COLUMN_LABELS, COLUMNS, ROW_LABELS } from '../validate/labels.js';
import { num, sameNumber, type Value } from '../validate/sum.js';
import type { SeriesCheck, SeriesCheckCode, SeriesCheckStatus } from './types.js';

export const SERIES_CARRY_OVER = 'SERIES_CARRY_OVER';
export const SERIES_STOCK = 'SERIES_STOCK';
export const SERIES_PREVIOUS_YEAR = 'SERIES_PREVIOUS_YEAR';

/** One report placed in its series: where it is in the caller's array, and its year. */
export interface Placed {
  readonly report: Report;
  readonly index: number;
  readonly year: number;
}

/** An operand: the report it is read from, its path, its label in messages, its sign. */
interface Term {
  readonly from: Placed;
  readonly path: string;
  readonly label: string;
  readonly value: Value;
  readonly minus?: boolean;
}

function show(v: Value): string {
  return v === null ? '空' : String(v);
}

function sum(terms: readonly Term[], zero: boolean): Value {
  let s = 0;
  for (const t of terms) {
    if (t.value === null) {
      if (!zero) return null;
    } else s += t.minus === true ? -t.value : t.value;
  }
  return s;
}

function side(terms: readonly Term[], total: Value, parts: string[]): void {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (i > 0) parts.push(t.minus === true ? '−' : '+');
    parts.push(String(t.from.year), '年', t.label, '(', show(t.value), ')');
  }
  if (terms.length > 1) parts.push(total === null ? '=?' : '=' + show(total));
}

/**
 * Compares Σcomputed (the earlier statements) with the stated value. A difference gives
 * `miss` (fail, or advisory for the stock check). The message is joined once (a flat
 * string): a series of 1,000 reports returns ~10,000 checks, and their size is its cost.
 */
function compare(
  code: SeriesCheckCode,
  organization: string,
  scope: string,
  computed: readonly Term[],
  stated: Term,
  zero: boolean,
  miss: SeriesCheckStatus,
  note = '',
): SeriesCheck {
  const expected = sum(computed, zero);
  const actual = zero && stated.value === null ? 0 : stated.value;
  const stat = [stated];
  let status: SeriesCheckStatus;
  const parts: string[] = [scope, '：'];
  side(computed, expected, parts);
  if (expected === null || actual === null) {
    status = 'unknown';
    parts.push('，');
    side(stat, actual, parts);
    parts.push('，有空白单元格，无法核对');
  } else if (sameNumber(expected, actual)) {
    status = 'pass';
    parts.push('，');
    side(stat, actual, parts);
    parts.push('，相符');
  } else {
    status = miss;
    parts.push('，但');
    side(stat, actual, parts);
    parts.push(note);
  }
  const paths: string[] = [];
  const reports: number[] = [];
  let blank = stated.value === null;
  for (const t of computed) {
    paths.push(t.path);
    reports.push(t.from.index);
    if (t.value === null) blank = true;
  }
  paths.push(stated.path);
  reports.push(stated.from.index);
  if (zero && blank) parts.push('（空白按0计）');
  // computed terms read the earlier year (and the stated one's), the stated term the later one
  const first = computed[0]!.from.year;
  const years = first === stated.from.year ? [first] : [first, stated.from.year];
  return { code, status, message: parts.join(''), paths, reports, expected, actual, organization, years };
}

/** A field of a report: its path, label in messages, and a precompiled reader. */
interface Field {
  readonly path: string;
  readonly label: string;
  readonly minus: boolean;
  readonly get: (r: Report) => unknown;
}

function field(path: string, label: string, minus = false): Field {
  const keys = path.split('.');
  const get = (r: Report): unknown => {
    let v: unknown = r;
    for (const key of keys) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return v;
  };
  return { path, label, minus, get };
}

function cell(from: Placed, f: Field): Term {
  return { from, path: f.path, label: f.label, value: num(f.get(from.report)), minus: f.minus };
}

const CARRIED_FORWARD = ROW_LABELS['carriedForward']!;
const CARRIED_OVER = ROW_LABELS['carriedOver']!;

/** SERIES_CARRY_OVER, one per column in table order. */
const CARRY = /* @__PURE__ */ COLUMNS.map((column) => ({
  scope: `${COLUMN_LABELS[column]}列`,
  forward: field(`applications.carriedForward.${column}`, CARRIED_FORWARD),
  over: field(`applications.carriedOver.${column}`, CARRIED_OVER),
}));

export function carryOver(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const c of CARRY) {
    out.push(compare(SERIES_CARRY_OVER, organization, c.scope, [cell(a, c.forward)], cell(b, c.over), zero, 'fail'));
  }
}

const STOCK_ROWS = [
  ['rules', '规章'],
  ['normativeDocuments', '行政规范性文件'],
] as const;

const LAPSE_NOTE = '（文件也可能因有效期届满等原因失效，仅供参考）';

/** SERIES_STOCK for 规章 and 行政规范性文件 (both reports in the 2021 edition). */
const STOCK = /* @__PURE__ */ STOCK_ROWS.map(([row, label]) => ({
  label,
  inForce: field(`activeDisclosure.${row}.inForce`, '现行有效件数'),
  issued: field(`activeDisclosure.${row}.issued`, '本年制发件数'),
  repealed: field(`activeDisclosure.${row}.repealed`, '本年废止件数', true),
}));

export function stock(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const f of STOCK) {
    out.push(
      compare(
        SERIES_STOCK,
        organization,
        f.label,
        [cell(a, f.inForce), cell(b, f.issued), cell(b, f.repealed)],
        cell(b, f.inForce),
        zero,
        'advisory',
        LAPSE_NOTE,
      ),
    );
  }
}

const ITEM_ROWS = [
  ['licensing', '行政许可'],
  ['otherServices', '其他对外管理服务事项'],
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['fees', '行政事业性收费'],
] as const;

/** SERIES_PREVIOUS_YEAR for the five rows with 上一年项目数量 (both reports in the 2019 edition). */
const ITEMS = /* @__PURE__ */ ITEM_ROWS.map(([row, label]) => ({
  label,
  previous: field(`activeDisclosure.${row}.previousYear`, '上一年项目数量'),
  change: field(`activeDisclosure.${row}.change`, '本年增/减'),
}));

export function previousYear(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const f of ITEMS) {
    out.push(
      compare(SERIES_PREVIOUS_YEAR, organization, f.label, [cell(a, f.previous), cell(a, f.change)], cell(b, f.previous), zero, 'fail'),
    );
  }
}
