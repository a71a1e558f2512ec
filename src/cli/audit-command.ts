/**
 * `zfxxgk audit <inputs> --html <file>`: parse every input with sources and write the audit
 * page (auditPage) to the file, where every cell shows the text it was read from.
 */
import { writeFile } from 'node:fs/promises';
import { type AuditEntry, auditPage } from '../index.js';
import { reason } from './errors.js';
import type { Status } from './progress.js';
import { type PoolLimits, run } from './run.js';

export interface AuditCommandOptions extends PoolLimits {
  html: string;
  nulls: 'unknown' | 'zero';
  layout: string | undefined;
  verbose: boolean;
}

export interface AuditCommandResult {
  /** inputs that could not be read or parsed, plus 1 if the page could not be written */
  failures: number;
  reports: number;
}

export async function auditCommand(args: readonly string[], options: AuditCommandOptions, status: Status): Promise<AuditCommandResult> {
  const entries: AuditEntry[] = [];
  const result = await run(args, { ...options, status, sources: true }, {
    report(input, report) {
      entries.push({ name: input.name, report });
    },
  });
  let failures = result.failures;
  try {
    await writeFile(options.html, auditPage(entries, { nulls: options.nulls }));
    if (options.verbose) status.print(`audit: ${entries.length} reports written to ${options.html}`);
  } catch (error) {
    status.print(`cannot write ${options.html}: ${reason(error)}`);
    failures++;
  }
  return { failures, reports: entries.length };
}
