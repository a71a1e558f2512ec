/**
 * Field-by-field comparison of a parsed report with a hand-written expected report, split by
 * how bad each difference is: a wrong number (the failure a data library must not have), a
 * number the parser did not recover (null where the source holds one), a number where
 * expected has null, and other fields (text, meta).
 */
export interface ReportDiff {
  /** non-null in both, different */
  wrong: string[];
  /** expected a number, got null */
  missing: string[];
  /** expected null, got a number */
  invented: string[];
  /** meta and text fields that differ */
  other: string[];
  /** numeric fields expected non-null */
  expectedNumbers: number;
}

const NUMERIC_ROOTS = ['activeDisclosure', 'applications', 'reviewLitigation'];

function walk(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`, out);
  } else out.set(path, value);
}

const squash = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\s+/g, '') : v);

export function diffReport(actual: Record<string, unknown>, expected: Record<string, unknown>, options: { ignore?: readonly string[] } = {}): ReportDiff {
  const got = new Map<string, unknown>();
  const want = new Map<string, unknown>();
  const strip = (r: Record<string, unknown>): Record<string, unknown> => {
    const { warnings: _w, sources: _s, ...rest } = r;
    return rest;
  };
  walk(strip(actual), '', got);
  walk(strip(expected), '', want);
  const diff: ReportDiff = { wrong: [], missing: [], invented: [], other: [], expectedNumbers: 0 };
  for (const [path, expectedValue] of want) {
    if (options.ignore?.some((p) => path === p || path.startsWith(`${p}.`))) continue;
    const actualValue = got.has(path) ? got.get(path) : undefined;
    const numeric = NUMERIC_ROOTS.includes(path.split('.')[0]!) && !path.endsWith('amountUnit');
    if (numeric) {
      if (typeof expectedValue === 'number') diff.expectedNumbers++;
      if (typeof expectedValue === 'number' && typeof actualValue === 'number' && expectedValue !== actualValue) diff.wrong.push(`${path}: ${actualValue} (expected ${expectedValue})`);
      else if (typeof expectedValue === 'number' && actualValue === null) diff.missing.push(path);
      else if (expectedValue === null && typeof actualValue === 'number') diff.invented.push(`${path}: ${actualValue} (expected null)`);
      else if (actualValue === undefined) diff.other.push(`${path}: missing key`);
    } else if (squash(actualValue) !== squash(expectedValue)) {
      diff.other.push(`${path}: ${JSON.stringify(actualValue)} (expected ${JSON.stringify(expectedValue)})`);
    }
  }
  return diff;
}
