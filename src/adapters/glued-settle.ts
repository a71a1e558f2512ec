import { APPLICATION_ROWS, type IdentityCode } from '../table-model/index.js';
import { rowTotalHolds } from '../table-model/index.js';

/**
 * Settling the glued rows of table 三 whose digit runs have more than one possible cut, with
 * the table's own identities — jointly, because one row rarely decides alone:
 *
 *   1. each row keeps the cuts whose six applicant cells sum to its 总计 (APPLICATIONS_ROW_TOTAL);
 *   2. the open rows are searched together against, per column, 本年新收 + 上年结转 = （七）总计 +
 *      结转下年度 (APPLICATIONS_BALANCE) and （七）总计 = Σ（一）…（六） (APPLICATIONS_TOTAL_PROCESSED);
 *   3. exactly one consistent assignment settles every open row it covers; none or several
 *      settle nothing by step 2 (a row left with one cut by step 1 alone is settled by it).
 *
 * An open row whose one cut into seven cells could also be read as fewer cells (a blank
 * vanished) is settled only when that cut's own total holds.
 *
 * Every settled row names the identities it was settled by (`via`), so that validate() does
 * not count them as evidence. The search is bounded; beyond the bound nothing is settled.
 */
export interface GluedRow {
  /** the row's report path, e.g. `applications.newReceived` */
  path: string;
  /** the certain cells, or null while open */
  cells: string[] | null;
  /** the possible cuts of an open row (all of them: the split's list was complete) */
  candidates: string[][];
  /** identities that settled the row */
  via: IdentityCode[];
}

/** Most assignments the joint search tries. */
const JOINT_BUDGET = 50_000;

const values = (cells: readonly string[]): number[] => cells.map((c) => Number.parseFloat(c));

function disposalRows(present: ReadonlySet<string>): string[] | null {
  for (const edition of ['2021', '2019'] as const) {
    const rows = APPLICATION_ROWS.filter((row) => row.disposal !== undefined && row.editions.includes(edition)).map((row) => row.path);
    if (rows.every((path) => present.has(path))) return rows;
  }
  return null;
}

export function settleApplications(rows: readonly GluedRow[]): void {
  const open = rows.filter((row) => row.cells === null && row.candidates.length > 0);
  for (const row of open) {
    // An open row is not certain by its digits alone, so whatever settles it relies on this.
    row.candidates = row.candidates.filter((cut) => rowTotalHolds(values(cut)));
    row.via.push('APPLICATIONS_ROW_TOTAL');
  }
  const byPath = new Map(rows.map((row) => [row.path.replace(/^applications\./, ''), row]));
  const disposal = disposalRows(new Set(byPath.keys()));
  const balance = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];
  const useBalance = balance.every((path) => byPath.has(path));
  const useTotal = disposal !== null && byPath.has('totalProcessed');
  const searchable = open.filter((row) => row.candidates.length > 0);
  let space = 1;
  for (const row of searchable) space *= row.candidates.length;
  if ((useBalance || useTotal) && searchable.length > 0 && space <= JOINT_BUDGET && space > 1) {
    const choice = new Array<number>(searchable.length).fill(0);
    const current = (path: string): number[] | null => {
      const row = byPath.get(path)!;
      if (row.cells !== null) return values(row.cells);
      const k = searchable.indexOf(row);
      return k < 0 ? null : values(row.candidates[choice[k]!]!);
    };
    const consistent = (): boolean => {
      for (let c = 0; c < 7; c++) {
        if (useBalance) {
          const [a, b, t, f] = balance.map((p) => current(p)?.[c]);
          if (a !== undefined && b !== undefined && t !== undefined && f !== undefined && a + b !== t + f) return false;
        }
        if (useTotal) {
          const total = current('totalProcessed')?.[c];
          let sum = 0;
          for (const path of disposal!) {
            const v = current(path)?.[c];
            if (v === undefined) return true; // an open row without candidates: this identity cannot be evaluated
            sum += v;
          }
          if (total !== undefined && sum !== total) return false;
        }
      }
      return true;
    };
    let found: number[] | null = null;
    let count = 0;
    for (let n = 0; n < space && count < 2; n++) {
      let rest = n;
      for (let k = 0; k < searchable.length; k++) {
        choice[k] = rest % searchable[k]!.candidates.length;
        rest = Math.floor(rest / searchable[k]!.candidates.length);
      }
      if (consistent()) {
        count++;
        found = [...choice];
      }
    }
    if (count === 1) {
      const identities: IdentityCode[] = [...(useBalance ? ['APPLICATIONS_BALANCE' as const] : []), ...(useTotal ? ['APPLICATIONS_TOTAL_PROCESSED' as const] : [])];
      searchable.forEach((row, k) => {
        if (row.candidates.length > 1) row.via.push(...identities);
        row.candidates = [row.candidates[found![k]!]!];
      });
    }
  }
  for (const row of open) if (row.candidates.length === 1) row.cells = row.candidates[0]!;
}
