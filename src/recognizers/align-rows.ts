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
export function valueRuns(orphans: readonly { cell: StreamCell; after: StreamCell | null; at: number }[]): ValueRun[] {
  const runs: ValueRun[] = [];
  for (const { cell, after, at } of orphans) {
    const last = runs[runs.length - 1];
    if (last && last.label === after) last.cells.push(cell);
    else runs.push({ label: after, cells: [cell], at });
  }
  return runs;
}

/**
 * Whole-table order, for PDF reading-order text: labels come apart from their values (a label
 * after its values, a value inside a wrapped label), but the values keep the table's order.
 * When a table's value cells are exactly `rows × width` numbers, the k-th is row ⌊k / width⌋,
 * column k mod width. A number too wide for its cell wraps (`29` printed as `2` over `9`): the
 * pieces are lines of one block (no blank line between them), so when there are more numbers
 * than cells, each way of joining that many adjacent pieces is a reading too.
 *
 * Column-by-column runs (transposeBlocks) give a second reading.
 *
 * Returns every distinct reading (none when a value cell is not a plain number, or when the joins to
 * try exceed `limit`); the caller keeps the one its table's identities accept, and refuses when
 * none or several do — a vanished blank made up for by a stray number is refused that way.
 */
export function readingsInOrder(cells: readonly StreamCell[], rows: number, width: number, options: { joins?: boolean; limit?: number } = {}): StreamCell[][][] {
  const limit = options.limit ?? 5_000;
  const values: StreamCell[] = [];
  for (const cell of cells) {
    if (cell.label || cell.lead || cell.header) continue;
    // Grid positions, blank cells, placeholders: this is not the shape the rule is for.
    if (cell.value.kind !== 'number' || cell.col !== undefined) return [];
    values.push(cell);
  }
  const joins = values.length - rows * width;
  // Without identities to choose among joins (table 二), only an exact count reads.
  if (joins < 0 || (joins > 0 && options.joins === false)) return [];
  // Where a piece may continue the one before: the next line of the same block, digits only, and
  // the number not starting with 0.
  const joinable: number[] = [];
  for (let k = 1; k < values.length; k++) {
    const before = values[k - 1]!;
    const piece = values[k]!;
    if (piece.line === before.line + 1 && DIGITS.test(before.text) && DIGITS.test(piece.text) && before.text[0] !== '0') joinable.push(k);
  }
  if (joins > joinable.length || choose(joinable.length, joins) > limit) return [];
  if (joins === 0) {
    // The reading as printed, and the one with column runs turned back unless it reads the same.
    const readings = new Map<string, StreamCell[][]>();
    const add = (cells: readonly StreamCell[]): StreamCell[][] | undefined => {
      const key = cells.map((cell) => cell.text).join(' ');
      if (readings.has(key)) return undefined;
      const reading = chunk(cells, width);
      readings.set(key, reading);
      return reading;
    };
    add(values);
    const transposed = transposeBlocks(values, width);
    if (transposed !== values) {
      const reading = add(transposed);
      if (reading !== undefined) TRANSPOSED.add(reading);
    }
    return [...readings.values()];
  }
  // Every way of choosing `joins` of the joinable pieces, in order. No two choices give the same
  // reading: where they first differ, one joins a piece to the number before it and the other
  // starts a number with it. So each is a reading of its own, and needs no key.
  const out: StreamCell[][][] = [];
  const joinAt = new Uint8Array(values.length);
  const pick = (from: number, left: number): void => {
    if (left === 0) {
      out.push(chunk(joinPieces(values, joinAt), width));
      return;
    }
    for (let i = from; i <= joinable.length - left; i++) {
      // Two joins in a row make a three-line number: allowed, the pieces are consecutive.
      joinAt[joinable[i]!] = 1;
      pick(i + 1, left - 1);
      joinAt[joinable[i]!] = 0;
    }
  };
  pick(0, joins);
  return out;
}

const DIGITS = /^\d+$/;

/** Readings that turned column-by-column runs back into rows, and numbers joined from wrapped pieces: for the warning. */
const TRANSPOSED = new WeakSet<StreamCell[][]>();
const JOINED = new WeakSet<StreamCell>();
export const wasTransposed = (reading: StreamCell[][]): boolean => TRANSPOSED.has(reading);
export const isJoined = (cell: StreamCell): boolean => JOINED.has(cell);

function choose(n: number, k: number): number {
  let out = 1;
  for (let i = 0; i < k; i++) out = (out * (n - i)) / (i + 1);
  return out;
}

/**
 * WPS pages can give a run of rows column by column: `width` blocks (lines with no blank line
 * between them) of k numbers each, the first column's k rows, then the second's… Such a run,
 * starting at a row boundary, is turned back into rows; everything else stays as it is.
 */
function transposeBlocks(values: readonly StreamCell[], width: number): readonly StreamCell[] {
  // The blocks as where each starts (the next one's start ends it): no array per block.
  const starts: number[] = [];
  for (let k = 0; k < values.length; k++) if (k === 0 || values[k]!.line !== values[k - 1]!.line + 1) starts.push(k);
  if (starts.length === values.length) return values; // every number its own block: nothing to turn
  const count = starts.length;
  starts.push(values.length);
  const size = (b: number): number => starts[b + 1]! - starts[b]!;
  // Blocks b … b + width - 1 as the columns of k rows, at a row boundary.
  const isColumnRun = (b: number, k: number, read: number): boolean => {
    if (k < 2 || read % width !== 0 || b + width > count) return false;
    for (let c = b; c < b + width; c++) if (size(c) !== k) return false;
    return true;
  };
  // The cells in their new order, made only once a run turns (most tables have none).
  let out: StreamCell[] | null = null;
  let read = 0;
  for (let b = 0; b < count; ) {
    const k = size(b);
    if (isColumnRun(b, k, read)) {
      out ??= values.slice(0, read);
      for (let r = 0; r < k; r++) for (let c = b; c < b + width; c++) out.push(values[starts[c]! + r]!);
      b += width;
      read += k * width;
    } else {
      if (out !== null) for (let i = starts[b]!; i < starts[b + 1]!; i++) out.push(values[i]!);
      read += k;
      b++;
    }
  }
  return out ?? values;
}

/** The value cells with each chosen piece (`joinAt[k]` 1) joined to the one before it. */
function joinPieces(values: readonly StreamCell[], joinAt: Uint8Array): StreamCell[] {
  const out: StreamCell[] = [];
  for (let k = 0; k < values.length; k++) {
    const cell = values[k]!;
    if (joinAt[k] !== 1) {
      out.push(cell);
      continue;
    }
    const first = out.pop()!;
    const text = first.text + cell.text;
    const joined: StreamCell = { ...first, text, key: text, value: { kind: 'number', value: Number(text), unit: null } };
    JOINED.add(joined);
    out.push(joined);
  }
  return out;
}

function chunk(values: readonly StreamCell[], width: number): StreamCell[][] {
  const out: StreamCell[][] = [];
  for (let k = 0; k < values.length; k += width) out.push(values.slice(k, k + width));
  return out;
}

/**
 * Whether the recognised labels can back a whole-table order reading: reading order moves
 * labels about (a label printed after its values, a LibreOffice page giving all its labels
 * first), so their positions prove nothing; but they must name at least half the rows of
 * the order — it is this table, in this edition, not another one.
 */
export function anchorsAgree(order: readonly string[], anchors: readonly string[]): boolean {
  const named = new Set(anchors.filter((path) => order.includes(path)));
  return named.size * 2 >= order.length;
}
