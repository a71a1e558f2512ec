/**
 * checkProse(report): every statement the prose makes about a table field (see
 * vocabulary.ts), checked against that field. The report is read, never changed.
 *
 * One PROSE_TABLE check per statement, in text order (overview, problems, other):
 * expected = the number the prose states, actual = the table's value (a sum where the
 * statement covers several fields); `unknown` when a field is blank, `fail` when they differ.
 */
import type { Report } from '../../types.js';
import { num, sameNumber } from '../../validate/sum.js';
import type { ProseCheck, ProseResult, ProseSection } from '../types.js';
import { readStatements, type Statement } from './statements.js';

export const PROSE_TABLE = 'PROSE_TABLE';

const SECTIONS: readonly ProseSection[] = ['overview', 'problems', 'other'];
const SECTION_LABELS: Readonly<Record<ProseSection, string>> = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

function read(report: Report, path: string): number | null {
  let v: unknown = report;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return num(v);
}

function toCheck(report: Report, section: ProseSection, s: Statement): ProseCheck {
  let actual: number | null = 0;
  for (const p of s.paths) {
    const v = read(report, p);
    if (v === null) {
      actual = null;
      break;
    }
    actual += v;
  }
  const head = `${SECTION_LABELS[section]}写“${s.clause}”（${s.value}），表格${s.phrase.label}`;
  let status: ProseCheck['status'];
  let message: string;
  if (actual === null) {
    status = 'unknown';
    message = `${head}为空，无法核对`;
  } else if (sameNumber(actual, s.value)) {
    status = 'pass';
    message = `${head}为${actual}，相符`;
  } else {
    status = 'fail';
    message = `${head}却为${actual}`;
  }
  return {
    code: PROSE_TABLE,
    status,
    message,
    paths: [...s.paths],
    expected: s.value,
    actual,
    quote: s.sentence,
    clause: s.clause,
    section,
  };
}

/** The statements of the report's prose, checked against its tables. */
export function checkProse(report: Report): ProseResult {
  const checks: ProseCheck[] = [];
  const year = typeof report?.meta?.year === 'number' ? report.meta.year : null;
  const edition = report?.meta?.edition ?? 'unknown';
  for (const section of SECTIONS) {
    const { statements } = readStatements(report?.text?.[section], { year, edition });
    for (const s of statements) checks.push(toCheck(report, section, s));
  }
  let ok = true;
  for (const c of checks) if (c.status === 'fail') ok = false;
  return { ok, checks };
}
