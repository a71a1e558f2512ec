import type { ReviewLitigation } from '../types.js';
import type { Warnings } from '../warnings.js';
import { alignRow } from './align.js';
import { cellNumber } from './assign.js';
import type { StreamCell } from './cells.js';
import { OUTCOMES, REVIEW_GROUPS } from './labels.js';

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
    for (const group of REVIEW_GROUPS) {
      warnings.add('CELL_MISSING', `reviewLitigation.${group}：没有读到任何数值`, { path: `reviewLitigation.${group}` });
    }
    return true;
  }
  const placed = alignRow(best, 15, 'reviewLitigation', warnings);
  REVIEW_GROUPS.forEach((group, g) => {
    OUTCOMES.forEach((outcome, o) => {
      target[group][outcome] = cellNumber(placed[g * 5 + o] ?? null, `reviewLitigation.${group}.${outcome}`, warnings);
    });
  });
  for (const r of runs) {
    if (r === best) continue;
    for (const cell of r) {
      if (cell.value.kind === 'blank') continue;
      warnings.add('CELL_UNPLACED', `reviewLitigation：数值「${cell.text}」不在表格的数值行中`, { path: 'reviewLitigation', line: cell.line });
    }
  }
  return true;
}
