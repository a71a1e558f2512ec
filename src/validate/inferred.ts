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
  // identity code → the paths (rows or fields) placed by it
  const inferred = new Map<string, string[]>();
  for (const warning of warnings) {
    if (warning?.code !== 'VALUE_INFERRED' || typeof warning.path !== 'string' || !Array.isArray(warning.via)) continue;
    for (const code of warning.via) {
      const list = inferred.get(code) ?? [];
      list.push(warning.path);
      inferred.set(code, list);
    }
  }
  if (inferred.size === 0) return;
  for (const check of checks) {
    if (check.status !== 'pass') continue;
    const paths = inferred.get(check.code);
    if (paths === undefined) continue;
    const by = paths.find((path) => check.paths.some((p) => p === path || p.startsWith(`${path}.`)));
    if (by === undefined) continue;
    check.status = 'unknown';
    check.message += `（${by}按此等式推定，不作核对依据）`;
  }
}
