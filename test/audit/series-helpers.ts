import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/index.js';

export const SERIES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'series');

/** The series fixtures in file-name order: id (file name without .json) and report. */
export function loadSeries(): { ids: string[]; reports: Report[] } {
  const ids: string[] = [];
  const reports: Report[] = [];
  for (const agency of readdirSync(SERIES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(SERIES_DIR, agency)).filter((f) => f.endsWith('.json')).sort()) {
      ids.push(file.slice(0, -'.json'.length));
      reports.push(JSON.parse(readFileSync(join(SERIES_DIR, agency, file), 'utf8')) as Report);
    }
  }
  return { ids, reports };
}

export const clone = <T>(value: T): T => structuredClone(value);
