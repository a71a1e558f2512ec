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
  const byLength = new Map<string, PlacedByLength>();
  for (const check of checks) {
    if (check.status !== 'pass') continue;
    const paths = inferred.get(check.code);
    if (paths === undefined) continue;
    let placed = byLength.get(check.code);
    if (placed === undefined) byLength.set(check.code, (placed = groupByLength(paths)));
    const by = firstCovering(placed, check.paths);
    if (by === undefined) continue;
    check.status = 'unknown';
    check.message += `（${by}按此等式推定，不作核对依据）`;
  }
}

/**
 * The paths one identity placed, by their length (ascending), each with its place in the
 * warnings: a checked path is compared only with those that end where it has a dot or ends.
 * A report read by order places tens of rows by one identity, and a check names up to a dozen
 * paths; this makes no string and no lookup per pair.
 */
type PlacedByLength = [length: number, paths: [path: string, place: number][]][];

function groupByLength(paths: ReadonlyMap<string, number>): PlacedByLength {
  const groups = new Map<number, [string, number][]>();
  for (const [path, place] of paths) {
    const group = groups.get(path.length);
    if (group) group.push([path, place]);
    else groups.set(path.length, [[path, place]]);
  }
  return [...groups].sort((a, b) => a[0] - b[0]);
}

/** The first placed path (by its place) that is one of the checked paths or a path above one (`applications` above `applications.newReceived.total`). */
function firstCovering(placed: PlacedByLength, checked: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestPlace = Infinity;
  for (const p of checked) {
    for (const [length, paths] of placed) {
      if (length > p.length) break;
      // A path above p ends where p has a dot; p itself ends where p ends.
      if (length < p.length && p.charCodeAt(length) !== 46) continue;
      for (const [path, place] of paths) {
        if (place < bestPlace && p.startsWith(path)) {
          best = path;
          bestPlace = place;
        }
      }
    }
  }
  return best;
}
