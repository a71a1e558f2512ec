import type { StreamCell } from './cells.js';

/**
 * The row-order aligner: the edition fixes the order of a table's rows, so value rows whose
 * label was not recognised (a typo beyond the typo rule, a label lost or cut by a PDF
 * extraction) can still be named — but only when the order leaves exactly one reading:
 *
 *   - the anchors are the recognised rows; between two anchors, the rows of the model that
 *     were not found are the missing rows there;
 *   - the runs of unclaimed values between the same anchors must be exactly as many as the
 *     missing rows, each accepted by the table's own check (its cell count, its row total where
 *     it has all its numbers);
 *   - then the i-th run is the i-th missing row. Otherwise nothing is assigned.
 *
 * Used by every shape (grids and text alike): it sees only the cell stream.
 */
export interface Anchor {
  /** the row's path in the model's order list */
  path: string;
  /** its label's index in the cell stream */
  at: number;
}

export interface ValueRun {
  /** the label just before the run (not a row of the model), or null */
  label: StreamCell | null;
  cells: StreamCell[];
  /** the index of its first cell in the cell stream */
  at: number;
}

export interface Alignment {
  run: ValueRun;
  /** the anchors around it */
  after: string;
  before: string;
}

export function alignByOrder(order: readonly string[], anchors: readonly Anchor[], runs: readonly ValueRun[], accepts: (run: ValueRun) => boolean): Map<string, Alignment> {
  const out = new Map<string, Alignment>();
  const sorted = [...anchors].sort((a, b) => a.at - b.at);
  const found = new Set(anchors.map((a) => a.path));
  for (let k = 0; k + 1 < sorted.length; k++) {
    const previous = sorted[k]!;
    const next = sorted[k + 1]!;
    const from = order.indexOf(previous.path);
    const to = order.indexOf(next.path);
    if (from < 0 || to < 0 || to <= from) continue; // anchors out of the model's order: no reading is certain
    const missing = order.slice(from + 1, to).filter((path) => !found.has(path));
    const between = runs.filter((run) => run.at > previous.at && run.at < next.at);
    if (missing.length === 0 || between.length !== missing.length || !between.every(accepts)) continue;
    missing.forEach((path, i) => out.set(path, { run: between[i]!, after: previous.path, before: next.path }));
  }
  return out;
}

/** Unclaimed values in stream order, grouped by the (unrecognised) label before them. */
export function valueRuns(orphans: readonly { cell: StreamCell; after: StreamCell | null }[], indexOf: (cell: StreamCell) => number): ValueRun[] {
  const runs: ValueRun[] = [];
  for (const { cell, after } of orphans) {
    const last = runs[runs.length - 1];
    if (last && last.label === after) last.cells.push(cell);
    else runs.push({ label: after, cells: [cell], at: indexOf(cell) });
  }
  return runs;
}
