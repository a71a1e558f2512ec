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
import type { SeriesCheck, SeriesCheckStatus } from './types.js';

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

function side(terms: readonly Term[], total: Value): string {
  let s = '';
  terms.forEach((t, i) => {
    if (i > 0) s += t.minus === true ? '−' : '+';
    s += `${t.from.year}年${t.label}(${show(t.value)})`;
  });
  if (terms.length > 1) s += total === null ? '=?' : '=' + show(total);
  return s;
}

/**
 * Compares Σcomputed (the earlier statements) with the stated value. A difference gives
 * `miss` (fail, or advisory for the stock check).
 */
function compare(
  code: string,
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
  let status: SeriesCheckStatus;
  let message = `${scope}：${side(computed, expected)}，`;
  if (expected === null || actual === null) {
    status = 'unknown';
    message += `${side([stated], actual)}，有空白单元格，无法核对`;
  } else if (sameNumber(expected, actual)) {
    status = 'pass';
    message += `${side([stated], actual)}，相符`;
  } else {
    status = miss;
    message = message.slice(0, -1) + `，但${side([stated], actual)}` + note;
  }
  const all = [...computed, stated];
  if (zero && all.some((t) => t.value === null)) message += '（空白按0计）';
  const years = [...new Set(all.map((t) => t.from.year))].sort((a, b) => a - b);
  return {
    code,
    status,
    message,
    paths: all.map((t) => t.path),
    reports: all.map((t) => t.from.index),
    expected,
    actual,
    organization,
    years,
  };
}

function cell(from: Placed, path: string, label: string, minus = false): Term {
  let v: unknown = from.report;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return { from, path, label, value: num(v), minus };
}

const CARRIED_FORWARD = ROW_LABELS.carriedForward;
const CARRIED_OVER = ROW_LABELS.carriedOver;

/** SERIES_CARRY_OVER, one per column in table order. */
export function carryOver(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const column of COLUMNS) {
    out.push(
      compare(
        SERIES_CARRY_OVER,
        organization,
        `${COLUMN_LABELS[column]}列`,
        [cell(a, `applications.carriedForward.${column}`, CARRIED_FORWARD)],
        cell(b, `applications.carriedOver.${column}`, CARRIED_OVER),
        zero,
        'fail',
      ),
    );
  }
}

const STOCK_ROWS = [
  ['rules', '规章'],
  ['normativeDocuments', '行政规范性文件'],
] as const;

const LAPSE_NOTE = '（文件也可能因有效期届满等原因失效，仅供参考）';

/** SERIES_STOCK for 规章 and 行政规范性文件 (both reports in the 2021 edition). */
export function stock(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const [row, label] of STOCK_ROWS) {
    const base = `activeDisclosure.${row}`;
    out.push(
      compare(
        SERIES_STOCK,
        organization,
        label,
        [
          cell(a, `${base}.inForce`, '现行有效件数'),
          cell(b, `${base}.issued`, '本年制发件数'),
          cell(b, `${base}.repealed`, '本年废止件数', true),
        ],
        cell(b, `${base}.inForce`, '现行有效件数'),
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
export function previousYear(a: Placed, b: Placed, organization: string, zero: boolean, out: SeriesCheck[]): void {
  for (const [row, label] of ITEM_ROWS) {
    const base = `activeDisclosure.${row}`;
    out.push(
      compare(
        SERIES_PREVIOUS_YEAR,
        organization,
        label,
        [cell(a, `${base}.previousYear`, '上一年项目数量'), cell(a, `${base}.change`, '本年增/减')],
        cell(b, `${base}.previousYear`, '上一年项目数量'),
        zero,
        'fail',
      ),
    );
  }
}
