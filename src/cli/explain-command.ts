/**
 * `zfxxgk explain <file> <field path>`: where one number of a report came from. Parses the
 * file with sources, then prints the value, its source (line and column; page and box for a
 * PDF), the input lines around it with the cell marked, and the warnings and checks that name
 * the field. A null field prints the warnings that say why.
 */
import { readFile } from 'node:fs/promises';
import { decodeWithCharset } from '../decode/charset.js';
import { normalize } from '../normalize/index.js';
import { isPdf } from '../pdf/is-pdf.js';
import type { Report } from '../types.js';
import { validate } from '../validate/index.js';
import { UsageError } from './errors.js';
import { parseFile } from './parse-file.js';

/** The field at a dotted path, or undefined when the path names no field of the report. */
function fieldAt(report: Report, path: string): unknown {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const covers = (path: string, field: string): boolean => field === path || field.startsWith(`${path}.`) || path.startsWith(`${field}.`);

export async function explainCommand(file: string, field: string, options: { layout?: string | undefined }, write: (text: string) => void): Promise<number> {
  const bytes = new Uint8Array(await readFile(file));
  const { report } = await parseFile(bytes, file, { layout: options.layout, sources: true });
  const value = fieldAt(report, field);
  if (value === undefined || (value !== null && typeof value === 'object')) throw new UsageError(`'${field}' is not a field of the report (e.g. applications.newReceived.total)`);
  const out: string[] = [`${field} = ${value === null ? 'null' : String(value)}`];
  const source = report.sources?.[field];
  if (source) {
    const where = [`line ${source.line}`, ...(source.column === undefined ? [] : [`column ${source.column}`]), ...(source.page === undefined ? [] : [`page ${source.page}`]), ...(source.box === undefined ? [] : [`box [${source.box.map((v) => v.toFixed(1)).join(', ')}]`])];
    out.push(`  read from 「${source.text}」 at ${where.join(', ')}`);
    if (!isPdf(bytes)) {
      // Line numbers count lines of the normalized text, which keeps the input's lines.
      const lines = (await normalize(decodeWithCharset(bytes, undefined).text)).text.split('\n');
      const width = String(Math.min(lines.length, source.line + 2)).length;
      for (let n = Math.max(1, source.line - 2); n <= Math.min(lines.length, source.line + 2); n++) {
        const text = lines[n - 1]!.length > 200 && source.column !== undefined && n === source.line ? `…${lines[n - 1]!.slice(Math.max(0, source.column - 40), source.column + 80)}…` : lines[n - 1]!.slice(0, 200);
        out.push(`${n === source.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
      }
    }
  } else if (value === null) {
    out.push('  no number was placed here');
  }
  const warnings = report.warnings.filter((w) => w.path !== undefined && covers(w.path, field));
  for (const w of warnings) out.push(`  warning ${w.code}: ${w.message}`);
  for (const check of validate(report).checks) {
    if (check.paths.includes(field) && check.status !== 'pass') out.push(`  check ${check.code} ${check.status}: ${check.message}`);
  }
  write(`${out.join('\n')}\n`);
  return 0;
}
