/** Report builders for the validate() tests: everything starts from the all-null templates. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/types.js';
import type { Check, ValidationResult } from '../../src/validate/index.js';

const TEMPLATES = fileURLToPath(new URL('../../fixtures/_templates/', import.meta.url));

export function template(edition: '2021' | '2019'): Report {
  return JSON.parse(readFileSync(`${TEMPLATES}expected-${edition}.json`, 'utf8')) as Report;
}

export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'] as const;
export const COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;

const DETAIL_COMMON = [
  'granted',
  'partiallyGranted',
  'denied.stateSecret',
  'denied.prohibitedByLaw',
  'denied.securityStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInformation',
  'denied.enforcementFiles',
  'denied.administrativeQuery',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
];
export const OTHER_2021 = ['otherDisposal.overdueCorrection', 'otherDisposal.overdueFee', 'otherDisposal.other'];
export const OTHER_2019 = ['otherDisposal.total'];

/** Rows summed into （七）总计, per edition. */
export function detailRows(edition: '2021' | '2019'): string[] {
  return [...DETAIL_COMMON, ...(edition === '2019' ? OTHER_2019 : OTHER_2021)];
}

/** All rows of table 三 of the edition, table order. */
export function tableRows(edition: '2021' | '2019'): string[] {
  return ['newReceived', 'carriedOver', ...detailRows(edition), 'totalProcessed', 'carriedForward'];
}

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

type Obj = Record<string, unknown>;

export function getPath(report: Report, path: string): unknown {
  let o: unknown = report;
  for (const k of path.split('.')) o = (o as Obj)[k];
  return o;
}

export function setPath(report: Report, path: string, value: number | null): void {
  const keys = path.split('.');
  let o = report as unknown as Obj;
  for (const k of keys.slice(0, -1)) o = o[k] as Obj;
  const last = keys[keys.length - 1]!;
  if (!(last in o)) throw new Error(`no such path ${path}`);
  o[last] = value;
}

export function addPath(report: Report, path: string, delta: number): void {
  setPath(report, path, (getPath(report, path) as number) + delta);
}

/**
 * A report of the edition in which every cell of the edition holds a non-zero number
 * (except nothing) and every identity holds.
 */
export function consistent(edition: '2021' | '2019'): Report {
  const r = template(edition);
  const details = detailRows(edition);
  APPLICANT_COLUMNS.forEach((c, ci) => {
    let processed = 0;
    details.forEach((row, ri) => {
      const v = (ri % 4) + ci + 1;
      setPath(r, `applications.${row}.${c}`, v);
      processed += v;
    });
    setPath(r, `applications.totalProcessed.${c}`, processed);
    setPath(r, `applications.carriedForward.${c}`, ci + 1);
    setPath(r, `applications.carriedOver.${c}`, ci + 2);
    setPath(r, `applications.newReceived.${c}`, processed + (ci + 1) - (ci + 2));
  });
  for (const row of tableRows(edition)) {
    let total = 0;
    for (const c of APPLICANT_COLUMNS) total += getPath(r, `applications.${row}.${c}`) as number;
    setPath(r, `applications.${row}.total`, total);
  }
  const groups: Record<string, number[]> = {
    review: [1, 2, 3, 4],
    litigationDirect: [2, 1, 1, 3],
    litigationAfterReview: [1, 1, 1, 1],
  };
  for (const g of REVIEW_GROUPS) {
    const vals = groups[g]!;
    OUTCOMES.slice(0, 4).forEach((o, i) => setPath(r, `reviewLitigation.${g}.${o}`, vals[i]!));
    setPath(r, `reviewLitigation.${g}.total`, vals.reduce((a, b) => a + b, 0));
  }
  const ad = r.activeDisclosure;
  if (edition === '2021') {
    Object.assign(ad.rules, { issued: 2, repealed: 1, inForce: 12 });
    Object.assign(ad.normativeDocuments, { issued: 3, repealed: 2, inForce: 40 });
    ad.licensing.decisions = 150;
    ad.penalty.decisions = 37;
    ad.coercion.decisions = 5;
    ad.fees.amount = 0.35;
  } else {
    Object.assign(ad.rules, { newlyMade: 2, newlyPublished: 2, totalPublished: 20 });
    Object.assign(ad.normativeDocuments, { newlyMade: 3, newlyPublished: 3, totalPublished: 41 });
    Object.assign(ad.licensing, { previousYear: 10, change: -2, decisions: 100 });
    Object.assign(ad.otherServices, { previousYear: 4, change: 1, decisions: 9 });
    Object.assign(ad.penalty, { previousYear: 6, change: -6, decisions: 30 });
    Object.assign(ad.coercion, { previousYear: 2, change: 3, decisions: 4 });
    Object.assign(ad.fees, { previousYear: 3, change: -1 });
    Object.assign(ad.procurement, { projects: 4, amount: 12.5, amountUnit: '万元' });
  }
  return r;
}

export function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** `CODE path0` of every failed check, sorted. */
export function failing(result: ValidationResult): string[] {
  return result.issues.map((c) => `${c.code} ${c.paths[0]}`).sort();
}

export function withStatus(result: ValidationResult, status: Check['status']): string[] {
  return result.checks.filter((c) => c.status === status).map((c) => `${c.code} ${c.paths[0]}`).sort();
}

export function countByCode(checks: readonly Check[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of checks) out[c.code] = (out[c.code] ?? 0) + 1;
  return out;
}

export function find(result: ValidationResult, code: string, path0: string): Check {
  const c = result.checks.find((x) => x.code === code && x.paths[0] === path0);
  if (!c) throw new Error(`no check ${code} ${path0}`);
  return c;
}
