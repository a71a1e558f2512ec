import type { Applications, Edition } from '../types.js';
import { applicationRow } from '../report/empty.js';
import type { Warnings } from '../warnings.js';
import { alignRow } from './align.js';
import { cellNumber } from './assign.js';
import type { StreamCell } from './cells.js';
import { APPLICATION_ROWS, APPLICATION_ROWS_2019, APPLICATION_ROWS_2021, COUNT_COLUMNS } from './labels.js';
import { type ScannedRow, scanRows, warnOrphans } from './scan.js';

export interface ApplicationsScan {
  rows: Map<string, ScannedRow>;
  orphans: StreamCell[];
  evidence2021: number;
  evidence2019: number;
}

/**
 * Which table 三 row a label starts. `其他` and a bare `总计` are also column headers,
 * so they are rows only where the table's order puts them (after （六）/ the (五) rows).
 */
function matchApplicationRow(key: string, previous: string | null): string | null {
  for (const [row, pattern] of APPLICATION_ROWS) {
    if (!pattern.test(key)) continue;
    if (row === 'otherDisposal.other' && !(previous?.startsWith('otherDisposal.') || key.startsWith('3'))) return null;
    return row;
  }
  if (/^总计$|^合计$/.test(key) && previous !== null && /^(otherDisposal|notProcessed)\./.test(previous)) return 'totalProcessed';
  return null;
}

export function scanApplications(cells: readonly StreamCell[], warnings: Warnings): ApplicationsScan {
  const { rows, orphans } = scanRows(cells, matchApplicationRow, warnings, 'applications');
  const hasValues = (row: string): boolean => rows.get(row)?.values.some((v) => v.value.kind !== 'blank') ?? false;
  let evidence2021 = 0;
  let evidence2019 = 0;
  if (rows.has('otherDisposal.overdueCorrection') || rows.has('otherDisposal.overdueFee')) evidence2021 += 2;
  else if (hasValues('otherDisposal.total')) evidence2019 += 2;
  return { rows, orphans, evidence2021, evidence2019 };
}

/** Fills table 三 for the edition: seven columns per row, by position. */
export function placeApplications(scan: ApplicationsScan, edition: Exclude<Edition, 'unknown'>, target: Applications, warnings: Warnings): void {
  const expected: readonly string[] = edition === '2021' ? APPLICATION_ROWS_2021 : APPLICATION_ROWS_2019;
  for (const row of expected) {
    const path = `applications.${row}`;
    const scanned = scan.rows.get(row);
    if (!scanned) {
      warnings.add('ROW_MISSING', `${path}：未找到此行`, { path });
      continue;
    }
    const placed = alignRow(scanned.values, COUNT_COLUMNS.length, path, warnings, { lastIsTotal: true });
    const counts = applicationRow(target, row);
    COUNT_COLUMNS.forEach((column, i) => {
      counts[column] = cellNumber(placed[i] ?? null, `${path}.${column}`, warnings);
    });
  }
  for (const [row, scanned] of scan.rows) {
    if (expected.includes(row)) continue;
    const values = scanned.values.filter((v) => v.value.kind !== 'blank');
    if (values.length === 0) continue; // （六）其他处理 as a group title in the 2021 table
    const path = `applications.${row}`;
    const quoted = values.map((v) => `「${v.text}」`).join('');
    warnings.add('EXTRA_ROW', `${path}：${edition}年版表格没有「${scanned.label.text}」行，未读取其数值${quoted}`, { path, line: scanned.label.line });
  }
  warnOrphans(scan.orphans, 'applications', warnings);
}
