import type { ActiveDisclosure, Edition } from '../types.js';
import type { Warnings } from '../warnings.js';
import { alignRow } from './align.js';
import { cellNumber } from './assign.js';
import type { StreamCell } from './cells.js';
import { ACTIVE_COLUMNS_2019, ACTIVE_COLUMNS_2021, ACTIVE_HEADERS_2019, ACTIVE_HEADERS_2021, type ActiveRow, activeRowOf, PROCUREMENT_UNIT_HEADER } from './labels.js';
import { type Orphan, type ScannedRow, scanRows, warnOrphans } from './scan.js';

const ROW_ORDER: readonly ActiveRow[] = ['rules', 'normativeDocuments', 'licensing', 'otherServices', 'penalty', 'coercion', 'fees', 'procurement'];

export interface ActiveScan {
  rows: Map<ActiveRow, ScannedRow>;
  orphans: Orphan[];
  /** edition evidence: +1 per 2021-only header, -1 per 2019-only header or row */
  evidence2021: number;
  evidence2019: number;
  procurementUnit: string | null;
}

export function scanActiveDisclosure(cells: readonly StreamCell[], warnings: Warnings): ActiveScan {
  const { rows, orphans, labels } = scanRows(cells, activeRowOf, warnings, 'activeDisclosure');
  let evidence2021 = 0;
  let evidence2019 = 0;
  let procurementUnit: string | null = null;
  for (const label of labels) {
    if (ACTIVE_HEADERS_2021.test(label.key)) evidence2021++;
    if (ACTIVE_HEADERS_2019.test(label.key)) evidence2019++;
    const unit = PROCUREMENT_UNIT_HEADER.exec(label.key);
    if (unit) procurementUnit = unit[1]!;
  }
  if (rows.has('otherServices') || rows.has('procurement')) evidence2019 += 2;
  return { rows, orphans, evidence2021, evidence2019, procurementUnit };
}

/** Fills table 二 for the edition, warning on every row or cell it cannot place. */
export function placeActiveDisclosure(scan: ActiveScan, edition: Exclude<Edition, 'unknown'>, target: ActiveDisclosure, warnings: Warnings): void {
  const columns = edition === '2021' ? ACTIVE_COLUMNS_2021 : ACTIVE_COLUMNS_2019;
  const fields = target as unknown as Record<ActiveRow, Record<string, number | string | null>>;
  for (const row of ROW_ORDER) {
    const path = `activeDisclosure.${row}`;
    const scanned = scan.rows.get(row);
    const names = columns[row];
    if (names === null) {
      if (scanned && scanned.values.some((v) => v.value.kind !== 'blank')) {
        const quoted = scanned.values.filter((v) => v.value.kind !== 'blank').map((v) => `「${v.text}」`).join('');
        warnings.add('EXTRA_ROW', `${path}：${edition}年版表格没有「${scanned.label.text}」行，未读取其数值${quoted}`, { path, line: scanned.label.line });
      }
      continue;
    }
    if (!scanned) {
      warnings.add('ROW_MISSING', `${path}：未找到此行`, { path });
      continue;
    }
    const placed = alignRow(scanned.values, names.length, path, warnings);
    names.forEach((name, i) => {
      fields[row][name] = cellNumber(placed[i] ?? null, `${path}.${name}`, warnings);
    });
    if (row === 'procurement') {
      const amount = placed[1];
      const unit = amount && amount.value.kind === 'number' ? amount.value.unit : null;
      target.procurement.amountUnit = unit === '元' || unit === '万元' ? unit : scan.procurementUnit;
    }
  }
  warnOrphans(scan.orphans, 'activeDisclosure', warnings);
}
