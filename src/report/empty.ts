import { ACTIVE_ROWS, APPLICATION_ROWS, COUNT_COLUMNS, OUTCOMES, REVIEW_GROUPS } from '../table-model/index.js';
import type { ActiveDisclosure, Applications, Counts, Report, ReviewLitigation } from '../types.js';

/**
 * A report with every field present and null: the fixed shape parsing fills in, built from the
 * table model (a test holds it, `types.ts` and the JSON Schema to the same keys).
 * Fields are only ever set through the fixed key lists of the recognizers, never through
 * keys read from the input, so no label can reach an object prototype.
 */
const nulls = (keys: readonly string[]): Record<string, null> => Object.fromEntries(keys.map((key) => [key, null]));

export function emptyCounts(): Counts {
  return nulls(COUNT_COLUMNS.map((c) => c.key)) as unknown as Counts;
}

/** Every table 二 row with the fields of both editions (the shape is fixed), plus the procurement unit. */
export function emptyActiveDisclosure(): ActiveDisclosure {
  const out: Record<string, Record<string, null>> = {};
  for (const row of ACTIVE_ROWS) {
    const keys = [...new Set([...(row.columns['2021'] ?? []), ...(row.columns['2019'] ?? [])].map((c) => c.key))];
    out[row.key] = nulls(row.key === 'procurement' ? [...keys, 'amountUnit'] : keys);
  }
  return out as unknown as ActiveDisclosure;
}

/** Every table 三 row of both editions, nested by its path (`denied.stateSecret`). */
export function emptyApplications(): Applications {
  const out: Record<string, unknown> = {};
  for (const { path } of APPLICATION_ROWS) {
    const [group, rowKey] = path.split('.') as [string, string | undefined];
    if (rowKey === undefined) out[group] = emptyCounts();
    else ((out[group] ??= {}) as Record<string, unknown>)[rowKey] = emptyCounts();
  }
  return out as unknown as Applications;
}

export function emptyReviewLitigation(): ReviewLitigation {
  return Object.fromEntries(REVIEW_GROUPS.map((g) => [g.key, nulls(OUTCOMES.map((o) => o.key))])) as unknown as ReviewLitigation;
}

export function emptyReport(layout: string): Report {
  return {
    meta: { title: null, organization: null, year: null, edition: 'unknown', layout, script: 'simplified' },
    text: { overview: null, problems: null, other: null },
    activeDisclosure: emptyActiveDisclosure(),
    applications: emptyApplications(),
    reviewLitigation: emptyReviewLitigation(),
    warnings: [],
  };
}

/** The row object of table 三 at a fixed row path such as `denied.stateSecret`. */
export function applicationRow(applications: Applications, rowPath: string): Counts {
  const [group, row] = rowPath.split('.') as [string, string | undefined];
  const holder = applications as unknown as Record<string, unknown>;
  if (!Object.hasOwn(holder, group)) throw new Error(`unknown row path ${rowPath}`);
  const first = holder[group] as Record<string, unknown>;
  if (row === undefined) return first as unknown as Counts;
  if (!Object.hasOwn(first, row)) throw new Error(`unknown row path ${rowPath}`);
  return first[row] as Counts;
}
