import type { ActiveDisclosure, Edition } from '../types.js';
import type { Warnings } from '../warnings.js';
import { ACTIVE_AMOUNT_UNIT, ACTIVE_ROWS, activeColumnOf, activeHeaderEdition, type ActiveRowKey, activeRowOf, PROCUREMENT_UNIT_HEADER } from '../table-model/index.js';
import { cellNumber } from './assign.js';
import type { StreamCell } from './cells.js';
import { GridColumns, positionBy } from './grid-columns.js';
import { placeRow } from './place-row.js';
import { type Orphan, type ScannedRow, scanRows, warnExtraRow, warnOrphans } from './scan.js';

type ActiveRow = ActiveRowKey;

/** Table 二 column headers of each edition (one function each, so grid lookups are cached per matcher). */
const HEADER_OF = {
  2021: (key: string): string | null => activeColumnOf(key, '2021'),
  2019: (key: string): string | null => activeColumnOf(key, '2019'),
} as const;

export interface ActiveScan {
  rows: Map<ActiveRow, ScannedRow>;
  orphans: Orphan[];
  grid: GridColumns;
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
    const edition = activeHeaderEdition(label.key);
    if (edition === '2021') evidence2021++;
    if (edition === '2019') evidence2019++;
    const unit = PROCUREMENT_UNIT_HEADER.exec(label.key);
    if (unit) procurementUnit = unit[1]!;
  }
  if (rows.has('otherServices') || rows.has('procurement')) evidence2019 += 2;
  return { rows, orphans, grid: new GridColumns(cells), evidence2021, evidence2019, procurementUnit };
}

/** Fills table 二 for the edition, warning on every row or cell it cannot place. */
export function placeActiveDisclosure(scan: ActiveScan, edition: Exclude<Edition, 'unknown'>, target: ActiveDisclosure, warnings: Warnings): void {
  const fields = target as unknown as Record<ActiveRow, Record<string, number | string | null>>;
  for (const definition of ACTIVE_ROWS) {
    const row = definition.key;
    const path = `activeDisclosure.${row}`;
    const scanned = scan.rows.get(row);
    const columns = definition.columns[edition];
    if (columns === null) {
      if (scanned) warnExtraRow(path, edition, scanned, warnings);
      continue;
    }
    if (!scanned) {
      warnings.add('ROW_MISSING', `${path}：未找到此行`, { path });
      continue;
    }
    const names = columns.map((column) => column.key);
    const positionOf = positionBy(scan.grid, HEADER_OF[edition], names);
    const placed = placeRow(scanned.values, names.length, path, warnings, { positionOf });
    names.forEach((name, i) => {
      const cell = placed[i] ?? null;
      const fieldPath = `${path}.${name}`;
      const unit = cell?.value.kind === 'number' ? cell.value.unit : null;
      const fixed = ACTIVE_AMOUNT_UNIT[`${row}.${name}`];
      // A unit written in a cell whose column fixes another (`3500元` under 万元): never a number in the wrong unit.
      if (fixed !== undefined && unit !== null && unit !== fixed) {
        warnings.add('UNIT_IN_CELL', `${fieldPath}：「${cell!.text}」单位为${unit}，本栏为${fixed}，未取值`, { path: fieldPath, line: cell!.line });
        fields[row][name] = null;
        return;
      }
      fields[row][name] = cellNumber(cell, fieldPath, warnings);
    });
    if (row === 'procurement') {
      const amount = placed[1];
      const unit = amount && amount.value.kind === 'number' ? amount.value.unit : null;
      target.procurement.amountUnit = unit === '元' || unit === '万元' ? unit : scan.procurementUnit;
    }
  }
  warnOrphans(scan.orphans, 'activeDisclosure', warnings);
}
