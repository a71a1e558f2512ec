/**
 * Report vs expected.json, field by field, for PDF fixtures: a wrong value (a different
 * number, or a number where the source cell is blank) is an error; a null where the source
 * holds a value is counted apart (the reader could not place it, which is allowed).
 */
export interface Comparison {
  wrong: string[];
  missing: string[];
  checked: number;
}

function leaves(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, path === '' ? key : `${path}.${key}`, out);
  } else out.set(path, value);
}

const compact = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);

export function compareReport(actual: Record<string, unknown>, expected: Record<string, unknown>): Comparison {
  const want = new Map<string, unknown>();
  const got = new Map<string, unknown>();
  for (const key of ['meta', 'text', 'activeDisclosure', 'applications', 'reviewLitigation']) {
    leaves(expected[key], key, want);
    leaves(actual[key], key, got);
  }
  const result: Comparison = { wrong: [], missing: [], checked: 0 };
  for (const [path, expectedValue] of want) {
    result.checked++;
    const actualValue = got.has(path) ? got.get(path) : undefined;
    if (compact(actualValue) === compact(expectedValue)) continue;
    if (actualValue === null || actualValue === undefined) result.missing.push(`${path}: expected ${JSON.stringify(expectedValue)}, got null`);
    else result.wrong.push(`${path}: expected ${JSON.stringify(expectedValue)}, got ${JSON.stringify(actualValue)}`);
  }
  return result;
}
