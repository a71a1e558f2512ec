import type { ReviewLitigation } from '../types.js';
import { quote, type Warnings } from '../warnings.js';
import { groupTotalsHold, OUTCOMES, outcomeOf, REVIEW_GROUPS, reviewGroupOf } from '../table-model/index.js';
import { cellNumber } from './assign.js';
import { hasExplicitBlank, type StreamCell } from './cells.js';
import { columnsUnder, GridColumns } from './grid-columns.js';
import { placeRow } from './place-row.js';
import { readingsInOrder } from './align-rows.js';

const GROUP_KEYS = REVIEW_GROUPS.map((group) => group.key);
const OUTCOME_KEYS = OUTCOMES.map((outcome) => outcome.key);


/** The cell's (group, outcome) from the two header rows above it, as an index 0–14. */
function positionIn(grid: GridColumns): (cell: StreamCell) => number | null | undefined {
  return (cell) => {
    if (cell.col === undefined) return undefined;
    const groups = grid.columnsAbove(cell, reviewGroupOf);
    const outcomes = grid.columnsAbove(cell, outcomeOf);
    if (groups === null || outcomes === null) return undefined;
    const group = columnsUnder(cell, groups);
    const outcome = columnsUnder(cell, outcomes);
    if (group.length !== 1 || outcome.length !== 1) return null;
    return GROUP_KEYS.indexOf(group[0]!.key) * 5 + OUTCOME_KEYS.indexOf(outcome[0]!.key);
  };
}

/**
 * PDF reading order breaks the one data row of 四 between header words (`总计` printed beside
 * its number, vertical headers): when the section holds exactly 15 numbers, each group's four
 * outcomes are equal (mostly all 0) and its 总计 is their sum, they are the row in order —
 * no other order reads differently (VALUE_INFERRED).
 */
function inOrder(cells: readonly StreamCell[], warnings: Warnings): StreamCell[] | null {
  const accepted = readingsInOrder(cells, 1, 15).filter(([row]) => {
    const n = row!.map((cell) => (cell.value.kind === 'number' ? cell.value.value : Number.NaN));
    // A group's total cannot tell its outcomes apart (cells of one row can come out of order),
    // so each group's four outcomes must be equal: then every order reads the same.
    for (let g = 0; g < 15; g += 5) if (n[g + 1] !== n[g] || n[g + 2] !== n[g] || n[g + 3] !== n[g]) return false;
    return groupTotalsHold(n);
  });
  if (accepted.length !== 1) return null;
  const row = accepted[0]![0]!;
  warnings.add('VALUE_INFERRED', 'reviewLitigation：按阅读顺序放置15个数值，各组结果数相同、总计相符（不作核对依据）', { path: 'reviewLitigation', line: row[0]!.line, via: ['REVIEW_LITIGATION_TOTAL'] });
  return row;
}

/**
 * One cell per line with no blank cell anywhere: fifteen numbers may still hide a vanished
 * blank made up for by a stray or wrapped number, so they stand only where each group's 总计
 * holds — and then that identity is no evidence (VALUE_INFERRED).
 */
function checkedByTotals(placed: (StreamCell | null)[], warnings: Warnings): (StreamCell | null)[] {
  if (placed.every((cell) => cell === null)) return placed;
  const n = placed.map((cell) => (cell?.value.kind === 'number' ? cell.value.value : Number.NaN));
  const line = placed.find((cell) => cell !== null)?.line;
  if (!groupTotalsHold(n)) {
    const quoted = quote(placed.filter((cell): cell is StreamCell => cell !== null).map((cell) => cell.text));
    warnings.add('CELL_UNPLACED', `reviewLitigation：空白单元格可能已删去，${quoted}各组总计不符或无法核对，未取值`, { path: 'reviewLitigation', line });
    return placed.map(() => null);
  }
  warnings.add('VALUE_INFERRED', 'reviewLitigation：空白单元格可能已删去，15个数值因各组总计相符按序放置（不作核对依据）', { path: 'reviewLitigation', line, via: ['REVIEW_LITIGATION_TOTAL'] });
  return placed;
}

/**
 * Table 四 has no row labels: its 15 numbers follow the header cells, usually as one row
 * (行政复议 5 · 未经复议直接起诉 5 · 复议后起诉 5). The numbers are the longest run of value
 * cells in the section; any other value cell is named in a warning.
 */
export function placeReviewLitigation(cells: readonly StreamCell[], target: ReviewLitigation, warnings: Warnings): boolean {
  const runs: StreamCell[][] = [];
  let run: StreamCell[] = [];
  for (const cell of cells) {
    if (cell.label) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(cell);
  }
  if (run.length > 0) runs.push(run);
  const filled = (r: StreamCell[]): number => r.filter((c) => c.value.kind !== 'blank').length;
  let best: StreamCell[] = [];
  for (const r of runs) if (filled(r) > filled(best)) best = r;
  if (filled(best) === 0) {
    const hasLabels = cells.some((c) => c.label);
    if (!hasLabels) return false;
    for (const group of GROUP_KEYS) {
      warnings.add('CELL_MISSING', `reviewLitigation.${group}：没有读到任何数值`, { path: `reviewLitigation.${group}` });
    }
    return true;
  }
  const ordered = best.length === 15 ? null : inOrder(cells, warnings);
  if (ordered !== null) best = ordered;
  let placed = ordered ?? placeRow(best, 15, 'reviewLitigation', warnings, { positionOf: positionIn(new GridColumns(cells)) });
  if (ordered === null && best.every((cell) => cell.alone) && !hasExplicitBlank(cells)) {
    placed = checkedByTotals(placed, warnings);
  }
  const groups = target as unknown as Record<string, Record<string, number | null>>;
  GROUP_KEYS.forEach((group, g) => {
    OUTCOME_KEYS.forEach((outcome, o) => {
      groups[group]![outcome] = cellNumber(placed[g * 5 + o] ?? null, `reviewLitigation.${group}.${outcome}`, warnings);
    });
  });
  // Read in order, every value of the section is placed.
  for (const r of ordered === null ? runs : []) {
    if (r === best) continue;
    for (const cell of r) {
      if (cell.value.kind === 'blank') continue;
      warnings.add('CELL_UNPLACED', `reviewLitigation：数值「${cell.text}」不在表格的数值行中`, { path: 'reviewLitigation', line: cell.line });
    }
  }
  return true;
}
