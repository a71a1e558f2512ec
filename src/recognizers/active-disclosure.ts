import type { ActiveDisclosure, Edition } from '../types.js';
import type { Warnings } from '../warnings.js';
import { ACTIVE_AMOUNT_UNIT, ACTIVE_ROWS, activeColumnOf, activeHeaderEdition, type ActiveRowKey, activeRowOf, PROCUREMENT_UNIT_HEADER } from '../table-model/index.js';
import { cellNumber } from './assign.js';
import { hasExplicitBlank, type StreamCell } from './cells.js';
import { GridColumns, positionBy } from './grid-columns.js';
import { placeRow } from './place-row.js';
import { readingsInOrder } from './align-rows.js';
import { type Orphan, readByScan, type ScannedRow, scanRows, warnExtraRow, warnOrphans } from './scan.js';

type ActiveRow = ActiveRowKey;

/** Table 二 column headers of each edition (one function each, so grid lookups are cached per matcher). */
const HEADER_OF = {
  2021: (key: string): string | null => activeColumnOf(key, '2021'),
  2019: (key: string): string | null => activeColumnOf(key, '2019'),
} as const;

interface RowFields {
  /** column keys, in order */
  names: readonly string[];
  /** `activeDisclosure.<row>.<column>` */
  paths: readonly string[];
  /** the unit a column fixes (`万元`), where it fixes one */
  units: readonly (string | undefined)[];
}

/** Each row's fields in each edition that has the row, built once. */
const ROW_FIELDS = new Map<(typeof ACTIVE_ROWS)[number], Partial<Record<Exclude<Edition, 'unknown'>, RowFields>>>();
for (const definition of ACTIVE_ROWS) {
  const byEdition: Partial<Record<Exclude<Edition, 'unknown'>, RowFields>> = {};
  for (const edition of ['2021', '2019'] as const) {
    const columns = definition.columns[edition];
    if (columns === null) continue;
    const names = columns.map((column) => column.key);
    const paths = names.map((name) => `activeDisclosure.${definition.key}.${name}`);
    const units = names.map((name) => ACTIVE_AMOUNT_UNIT[`${definition.key}.${name}`]);
    byEdition[edition] = { names, paths, units };
  }
  ROW_FIELDS.set(definition, byEdition);
}

export interface ActiveScan {
  /** the section's cell stream */
  cells: readonly StreamCell[];
  rows: Map<ActiveRow, ScannedRow>;
  /** the rows were read by whole-table order, one VALUE_INFERRED for all */
  inOrder: boolean;
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
  return { cells, rows, inOrder: false, orphans, grid: new GridColumns(cells), evidence2021, evidence2019, procurementUnit };
}

/**
 * PDF reading-order text where values stand apart from their labels (a value printed above its
 * label marks the whole table as uncertain in the scan): table 二 has no arithmetic, so the
 * whole-table order (align-rows.ts) is taken only when the numbers are exactly the edition's
 * cells, no cell is blank, at least half the rows' labels are found and each of those stands
 * next to its own row's values (from inside the row before to right after its own), and no row
 * the scan read cleanly reads otherwise.
 */
function readInOrder(scan: ActiveScan, edition: Exclude<Edition, 'unknown'>, warnings: Warnings): void {
  const definitions = ACTIVE_ROWS.filter((definition) => definition.columns[edition] !== null);
  const widths = definitions.map((definition) => definition.columns[edition]!.length);
  const clean = !scan.orphans.some((orphan) => orphan.cell.value.kind !== 'blank') && definitions.every((definition, r) => readByScan(scan.rows.get(definition.key), widths[r]!));
  if (clean || hasExplicitBlank(scan.cells)) return;
  const total = widths.reduce((a, b) => a + b, 0);
  const readings = readingsInOrder(scan.cells, 1, total, { joins: false });
  if (readings.length !== 1) return;
  const values = readings[0]![0]!;
  const starts = widths.map((_, r) => widths.slice(0, r).reduce((a, b) => a + b, 0));
  const rows = definitions.map((_, r) => values.slice(starts[r], starts[r]! + widths[r]!));
  // Each recognised label near its values, counted in value cells ahead of it in the stream.
  const taken = new Set(values);
  const labelAt = new Map<StreamCell, number>();
  let seen = 0;
  for (const cell of scan.cells) {
    if (taken.has(cell)) seen++;
    else if (cell.label) labelAt.set(cell, seen);
  }
  let named = 0;
  for (const [r, definition] of definitions.entries()) {
    const scanned = scan.rows.get(definition.key);
    if (scanned === undefined) continue;
    const at = labelAt.get(scanned.label);
    const from = r > 0 ? starts[r]! - widths[r - 1]! + 1 : 0;
    if (at === undefined || at < from || at > starts[r]! + widths[r]!) return;
    if (readByScan(scanned, widths[r]!) && scanned.values.some((cell, c) => cell !== rows[r]![c])) return;
    named++;
  }
  if (named * 2 < definitions.length) return;
  scan.rows = new Map(definitions.map((definition, r) => [definition.key, { label: scan.rows.get(definition.key)?.label ?? rows[r]![0]!, values: rows[r]! }]));
  scan.orphans = [];
  scan.inOrder = true;
  warnings.add('VALUE_INFERRED', `activeDisclosure：按阅读顺序放置${total}个数值，与行标签位置相符`, { path: 'activeDisclosure', line: values[0]!.line });
}

/** Fills table 二 for the edition, warning on every row or cell it cannot place. */
export function placeActiveDisclosure(scan: ActiveScan, edition: Exclude<Edition, 'unknown'>, target: ActiveDisclosure, warnings: Warnings): void {
  const fields = target as unknown as Record<ActiveRow, Record<string, number | string | null>>;
  readInOrder(scan, edition, warnings);
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
    const { names, paths, units } = ROW_FIELDS.get(definition)![edition]!;
    const positionOf = positionBy(scan.grid, HEADER_OF[edition], names);
    const placed = scan.inOrder ? scanned.values : placeRow(scanned.values, names.length, path, warnings, { positionOf });
    for (let i = 0; i < names.length; i++) {
      const cell = placed[i] ?? null;
      const fieldPath = paths[i]!;
      const unit = cell?.value.kind === 'number' ? cell.value.unit : null;
      const fixed = units[i];
      // A unit written in a cell whose column fixes another (`3500元` under 万元): never a number in the wrong unit.
      if (fixed !== undefined && unit !== null && unit !== fixed) {
        warnings.add('UNIT_IN_CELL', `${fieldPath}：「${cell!.text}」单位为${unit}，本栏为${fixed}，未取值`, { path: fieldPath, line: cell!.line });
        fields[row][names[i]!] = null;
        continue;
      }
      fields[row][names[i]!] = cellNumber(cell, fieldPath, warnings);
    }
    if (row === 'procurement') {
      const amount = placed[1];
      const unit = amount && amount.value.kind === 'number' ? amount.value.unit : null;
      target.procurement.amountUnit = unit === '元' || unit === '万元' ? unit : scan.procurementUnit;
    }
  }
  warnOrphans(scan.orphans, 'activeDisclosure', warnings);
}
