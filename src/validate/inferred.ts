import type { Warning } from '../types.js';
import type { Check } from './types.js';

/**
 * The circularity guard: where the parser placed values because an identity left exactly one
 * placement (a VALUE_INFERRED warning naming it in `via`), that identity holds by
 * construction, so a `pass` there is no evidence. Such checks become `unknown`, saying why.
 * A `fail` stays a fail (the placement could not make it hold, so the source disagrees).
 */
export function discountInferred(checks: Check[], warnings: readonly Warning[] | undefined): void {
  if (!Array.isArray(warnings)) return;
  // identity code → the paths (rows or fields) placed by it, each at its first place in the warnings
  const inferred = new Map<string, Map<string, number>>();
  for (const warning of warnings) {
    if (warning?.code !== 'VALUE_INFERRED' || typeof warning.path !== 'string' || !Array.isArray(warning.via)) continue;
    for (const code of warning.via) {
      let paths = inferred.get(code);
      if (paths === undefined) inferred.set(code, (paths = new Map()));
      if (!paths.has(warning.path)) paths.set(warning.path, paths.size);
    }
  }
  if (inferred.size === 0) return;
  for (const check of checks) {
    if (check.status !== 'pass') continue;
    const paths = inferred.get(check.code);
    if (paths === undefined) continue;
    const by = firstCovering(paths, check.paths);
    if (by === undefined) continue;
    check.status = 'unknown';
    check.message += `（${by}按此等式推定，不作核对依据）`;
  }
}

/**
 * The first of `paths` (by its place) that is one of the check's paths or a path above one
 * (`applications` above `applications.newReceived.total`). A few placed paths are compared with
 * each checked path; many (a report read by order places tens of rows by one identity) are
 * looked up with each head of the checked path cut at a dot instead.
 */
function firstCovering(paths: ReadonlyMap<string, number>, checked: readonly string[]): string | undefined {
  if (paths.size <= FEW_PATHS) {
    // In place order: the first placed path that covers any checked path.
    for (const path of paths.keys()) for (const p of checked) if (covers(path, p)) return path;
    return undefined;
  }
  let best: string | undefined;
  let bestPlace = Infinity;
  for (const p of checked) {
    for (let end = p.length; end >= 0; end = p.lastIndexOf('.', end - 1)) {
      const head = end === p.length ? p : p.slice(0, end);
      const place = paths.get(head);
      if (place !== undefined && place < bestPlace) {
        best = head;
        bestPlace = place;
      }
      if (end === 0) break;
    }
  }
  return best;
}

/** Up to this many placed paths are compared one by one (no string is made). */
const FEW_PATHS = 8;

/** Whether `path` is `p` or a path above it (`p` goes on with a dot after it). */
const covers = (path: string, p: string): boolean => p === path || (p.length > path.length && p.charCodeAt(path.length) === 46 && p.startsWith(path));
