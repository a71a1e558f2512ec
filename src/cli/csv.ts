/**
 * The CSV writer: one header row, one row per report, RFC 4180 quoting and CRLF line ends.
 *
 * The columns are derived by walking an empty report, so they follow the report shape
 * (and its key order) and cannot drift from it.
 */
import { emptyReport } from '../report/empty.js';
import type { Report } from '../types.js';

/** Top-level keys left out of the CSV: free prose does not belong in a table. */
const SKIPPED = new Set(['text']);

function leafPaths(value: unknown, prefix: string, out: string[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, prefix === '' ? key : `${prefix}.${key}`, out);
  } else out.push(prefix);
}

/**
 * The CSV columns: `file`, then every scalar field path of the report in the report's own
 * order (meta.*, activeDisclosure.*, applications.*, reviewLitigation.*), except the
 * prose of `text`; an array (`warnings`) becomes one column holding its length.
 */
export function csvColumns(): string[] {
  const columns = ['file'];
  for (const [key, value] of Object.entries(emptyReport(''))) {
    if (SKIPPED.has(key)) continue;
    if (Array.isArray(value)) columns.push(key);
    else leafPaths(value, key, columns);
  }
  return columns;
}

/** One field, quoted when it holds a comma, a double quote or a line break (RFC 4180 §2.6–2.7). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function valueAt(report: Report, path: string): unknown {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return Array.isArray(node) ? node.length : node;
}

/** The row of one report for the given columns (the first column is the file name). */
export function csvRow(columns: readonly string[], file: string, report: Report): string {
  return csvLine(columns.map((column, i) => (i === 0 ? file : valueAt(report, column))));
}
