/** Shared checks for the robustness tests: what parseReport() may do with any input. */
import { ReportParseError } from '../../src/errors.js';
import { type ParseOptions, parseReport } from '../../src/parse.js';
import { checkSchema } from '../../src/schema/check-schema.js';
import type { Report } from '../../src/types.js';
import { validate } from '../../src/validate/index.js';
import { WARNING_CODES } from '../../src/warnings.js';

export type Outcome = { kind: 'report'; report: Report; ms: number } | { kind: 'error'; error: ReportParseError; ms: number };

/** Shortens an input for an assertion message. */
export function preview(input: unknown, max = 300): string {
  if (typeof input !== 'string') return String(input);
  const json = JSON.stringify(input);
  return json.length <= max ? json : `${json.slice(0, max)}… (${input.length} chars)`;
}

/**
 * Parses `input` and returns what happened. A report must pass the schema and validate()
 * (both modes) must not throw on it; a rejection must be a ReportParseError. Anything else
 * (RangeError, TypeError, ReportSchemaError…) is rethrown with the input attached.
 */
export async function parseOutcome(input: unknown, options?: ParseOptions): Promise<Outcome> {
  // Read the options the way a careless caller cannot: they may be a revoked Proxy or throw.
  let builtIn: boolean;
  try {
    builtIn = options?.adapters === undefined;
  } catch {
    builtIn = false;
  }
  const start = performance.now();
  let report: Report;
  try {
    report = await parseReport(input as string, options);
  } catch (error) {
    const ms = performance.now() - start;
    if (error instanceof ReportParseError) return { kind: 'error', error, ms };
    const name = error instanceof Error ? `${error.name}: ${error.message.slice(0, 500)}` : String(error);
    throw new Error(`parseReport threw something other than a ReportParseError (${name}) for input ${preview(input)}`, { cause: error });
  }
  const ms = performance.now() - start;
  const problems = checkSchema(report);
  if (problems.length > 0) throw new Error(`schema problems ${JSON.stringify(problems.slice(0, 5))} for input ${preview(input)}`);
  for (const options of [undefined, { nulls: 'zero' as const }]) {
    try {
      validate(report, options);
    } catch (error) {
      throw new Error(`validate(report${options ? ', { nulls: "zero" }' : ''}) threw ${String(error)} for input ${preview(input)}`, { cause: error });
    }
  }
  if (builtIn) {
    const problem = warningProblem(report);
    if (problem !== null) throw new Error(`${problem} for input ${preview(input)}`);
  }
  return { kind: 'report', report, ms };
}

const CODES = new Set<string>(WARNING_CODES);

/**
 * With the built-in adapters every warning uses a documented code, and its `path` (when
 * given) names a field, row or table of the report — never a key read from the input.
 */
export function warningProblem(report: Report): string | null {
  for (const warning of report.warnings) {
    if (!CODES.has(warning.code)) return `undocumented warning code ${warning.code}`;
    if (warning.path === undefined) continue;
    let node: unknown = report;
    for (const key of warning.path.split('.')) {
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (node === undefined) return `warning ${warning.code} has path ${JSON.stringify(warning.path)}, which is not a field of the report`;
  }
  return null;
}

/** Every number in the report's three tables, with its dotted path. */
export function tableNumbers(report: Report): { path: string; value: number }[] {
  const out: { path: string; value: number }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') out.push({ path, value: node });
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
  };
  walk(report.activeDisclosure, 'activeDisclosure');
  walk(report.applications, 'applications');
  walk(report.reviewLitigation, 'reviewLitigation');
  return out;
}

/** A small deterministic PRNG (mulberry32) for the few non-fast-check random inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
