/**
 * What the page knows about each cell of one report: the checks it takes part in (table,
 * series, prose), the warnings about it or its row or table, and its source when the
 * report carries `sources` (parseReport(input, { sources: true })).
 */
import type { Report, Warning } from '../../types.js';
import type { Check } from '../../validate/index.js';
import type { ProseCheck, SeriesCheck } from '../types.js';
import type { CellState } from './labels.js';

export type AnyCheck = Check | SeriesCheck | ProseCheck;

/** Where a value came from, as `report.sources[path]` gives it. */
export interface FieldSource {
  text: string;
  line?: number;
  column?: number;
  page?: number;
  box?: unknown;
}

export interface CellIndex {
  checks(path: string): readonly AnyCheck[];
  warnings(path: string): readonly Warning[];
  source(path: string): FieldSource | null;
  state(path: string, value: unknown): CellState;
}

const VALUE_CODES = /* @__PURE__ */ new Set(['NEGATIVE_VALUE', 'NOT_INTEGER']);

/** Codes whose warning means "placed by a rule", not "doubtful". */
const INFERENCE_CODES = /* @__PURE__ */ new Set(['VALUE_INFERRED']);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The path and every prefix of it (`a.b.c` → `a.b.c`, `a.b`, `a`). */
function selfAndParents(path: string): string[] {
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('.'));
  return out;
}

export function indexReport(
  report: Report,
  reportIndex: number,
  tableChecks: readonly Check[],
  seriesChecks: readonly SeriesCheck[],
  proseChecks: readonly ProseCheck[],
): CellIndex {
  const byPath = new Map<string, AnyCheck[]>();
  for (const c of tableChecks) {
    // a passed value check (non-negative, integer) says nothing worth a line in every cell
    if (c.status === 'pass' && VALUE_CODES.has(c.code)) continue;
    for (const p of c.paths) push(byPath, p, c);
  }
  for (const c of proseChecks) for (const p of c.paths) push(byPath, p, c);
  for (const c of seriesChecks) {
    c.paths.forEach((p, i) => {
      if (c.reports[i] === reportIndex) push(byPath, p, c);
    });
  }
  const warningsByPath = new Map<string, Warning[]>();
  const warnings = Array.isArray(report?.warnings) ? report.warnings : [];
  for (const w of warnings) if (typeof w?.path === 'string') push(warningsByPath, w.path, w);
  const sources = (report as { sources?: unknown } | null)?.sources;

  const warningsOf = (path: string): Warning[] => selfAndParents(path).flatMap((p) => warningsByPath.get(p) ?? []);
  return {
    checks: (path) => byPath.get(path) ?? [],
    warnings: warningsOf,
    source(path) {
      if (sources === null || typeof sources !== 'object') return null;
      const s = (sources as Record<string, unknown>)[path];
      if (s === null || typeof s !== 'object' || typeof (s as FieldSource).text !== 'string') return null;
      return s as FieldSource;
    },
    state(path, value) {
      const checks = byPath.get(path) ?? [];
      if (checks.some((c) => c.status === 'fail')) return 'failed';
      const ws = warningsOf(path);
      if (ws.some((w) => !INFERENCE_CODES.has(w.code)) || checks.some((c) => c.status === 'advisory')) return 'warned';
      if (value !== null && value !== undefined && ws.length > 0) return 'inferred';
      if (typeof value !== 'number') return 'null';
      return 'read';
    },
  };
}
