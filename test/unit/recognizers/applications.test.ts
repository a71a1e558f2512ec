import { describe, expect, it } from 'vitest';
import { emptyApplications } from '../../../src/report/empty.js';
import { placeApplications, scanApplications } from '../../../src/recognizers/applications.js';
import type { Applications } from '../../../src/types.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

const HEADER = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const NEW_RECEIVED = ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'];
const zeros = (label: string): string[] => [label, '0', '0', '0', '0', '0', '0', '0'];

function scan(texts: readonly string[]) {
  const warnings = new Warnings();
  const result = scanApplications(stream(texts), warnings);
  return { result, rows: Object.fromEntries([...result.rows].map(([row, s]) => [row, s.label.text])), warnings };
}

function place(texts: readonly string[], edition: '2021' | '2019') {
  const warnings = new Warnings();
  const result = scanApplications(stream(texts), warnings);
  result.explicitBlanks = true; // a table that writes its blank cells; the vanished-blank case has tests of its own
  const target: Applications = emptyApplications();
  placeApplications(result, edition, target, warnings);
  return { target, list: warnings.list.filter((w) => w.code !== 'ROW_MISSING'), warnings: codes(warnings).filter(([code]) => code !== 'ROW_MISSING'), missing: codes(warnings).filter(([code]) => code === 'ROW_MISSING').map(([, path]) => path) };
}

describe('scanApplications', () => {
  it('reads the typo 预期不补正 as the overdueCorrection row', () => {
    const { rows } = scan(['(六)其他处理', ...zeros('1.申请人无正当理由预期不补正、行政机关不再处理其政府信息公开申请')]);
    expect(rows['otherDisposal.overdueCorrection']).toBe('1.申请人无正当理由预期不补正、行政机关不再处理其政府信息公开申请');
  });

  it('reads 其他 in the header as a column, not as the 3.其他 row', () => {
    const { rows } = scan([...HEADER, ...NEW_RECEIVED]);
    expect(Object.keys(rows)).toEqual(['newReceived']);
  });

  it('reads 3.其他 after the （六） rows as otherDisposal.other', () => {
    const { rows } = scan(['(六)其他处理', ...zeros('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), ...zeros('3.其他')]);
    expect(rows['otherDisposal.other']).toBe('3.其他');
  });

  it('reads a bare 其他 as a row only after the （六） rows', () => {
    expect(Object.keys(scan([...NEW_RECEIVED, ...zeros('其他')]).rows)).toEqual(['newReceived']);
    expect(scan([...zeros('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'), ...zeros('其他')]).rows['otherDisposal.other']).toBe('其他');
  });

  it('reads (七)总计 as totalProcessed, a bare 总计 only after the （五）/（六） rows', () => {
    expect(scan([...NEW_RECEIVED, ...zeros('(七)总计')]).rows['totalProcessed']).toBe('(七)总计');
    expect(scan([...HEADER, ...NEW_RECEIVED]).rows['totalProcessed']).toBeUndefined();
    expect(scan([...zeros('3.其他'), ...zeros('总计')]).rows['totalProcessed']).toBe('总计');
  });

  it('counts the （六）1/2 rows as 2021 evidence and a (六)其他处理 row with values as 2019 evidence', () => {
    expect(scan(['(六)其他处理', ...zeros('1.申请人无正当理由预期不补正、行政机关不再处理其政府信息公开申请')]).result).toMatchObject({ evidence2021: 2, evidence2019: 0 });
    expect(scan([...zeros('(六)其他处理')]).result).toMatchObject({ evidence2021: 0, evidence2019: 2 });
  });
});

describe('placeApplications', () => {
  const TABLE_2021 = [
    ...HEADER,
    ...NEW_RECEIVED,
    '(六)其他处理',
    ...zeros('1.申请人无正当理由预期不补正、行政机关不再处理其政府信息公开申请'),
    ...zeros('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    '3.其他', '2', '0', '0', '0', '0', '0', '2',
    '(七)总计', '3', '0', '0', '0', '0', '0', '3',
  ];

  it('fills the seven columns of each row by position', () => {
    const { target, warnings } = place(TABLE_2021, '2021');
    expect(target.newReceived).toEqual({ naturalPerson: 1, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 1 });
    expect(target.otherDisposal.other).toEqual({ naturalPerson: 2, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 2 });
    expect(target.otherDisposal.overdueCorrection.total).toBe(0);
    expect(target.totalProcessed.total).toBe(3);
    expect(warnings).toEqual([]);
  });

  it('does not treat the 2021 group title (六)其他处理 without values as a row', () => {
    const { target, warnings } = place(TABLE_2021, '2021');
    expect(target.otherDisposal.total.total).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('warns ROW_MISSING for each row of the edition that is absent', () => {
    const { missing } = place(TABLE_2021, '2021');
    expect(missing).toHaveLength(25 - 5);
    expect(missing).toContain('applications.carriedOver');
    expect(missing).not.toContain('applications.otherDisposal.total');
  });

  it('reads (六)其他处理 with values as the 2019 otherDisposal.total row', () => {
    const { target, missing } = place([...NEW_RECEIVED, ...zeros('(六)其他处理')], '2019');
    expect(target.otherDisposal.total.naturalPerson).toBe(0);
    expect(missing).not.toContain('applications.otherDisposal.total');
    expect(missing).toHaveLength(23 - 2);
  });

  it('reads a single (六)其他处理 row in a 2021 table (the older template) into otherDisposal.total with MIXED_EDITION', () => {
    const { target, warnings } = place([...NEW_RECEIVED, '(六)其他处理', '5', '0', '0', '0', '0', '0', '5'], '2021');
    expect(warnings).toEqual([['MIXED_EDITION', 'applications.otherDisposal']]);
    expect(target.otherDisposal.total).toEqual({ naturalPerson: 5, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 5 });
    expect(target.otherDisposal.overdueCorrection.total).toBeNull();
  });

  it('warns EXTRA_ROW for a (六)其他处理 row with values beside the three 2021 sub-rows, and reads none of it', () => {
    const { target, warnings } = place([...NEW_RECEIVED, '(六)其他处理', '5', '0', '0', '0', '0', '0', '5', '1.申请人无正当理由逾期不补正', '0', '0', '0', '0', '0', '0', '0'], '2021');
    expect(warnings).toEqual([['EXTRA_ROW', 'applications.otherDisposal.total']]);
    expect(target.otherDisposal.total.total).toBeNull();
    expect(target.otherDisposal.overdueCorrection.total).toBe(0);
  });

  it('leaves a row\'s only value null when blank padding makes its column uncertain (seed-002): CELL_UNPLACED quotes it', () => {
    const { target, warnings, list } = place(['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '', '0', ''], '2021');
    expect(target.newReceived).toEqual({ naturalPerson: null, commercial: null, research: null, socialWelfare: null, legalService: null, otherOrg: null, total: null });
    expect(warnings).toEqual([['CELL_UNPLACED', 'applications.newReceived']]);
    expect(list[0]!.message).toContain('「0」');
  });

  it('warns CELL_MISSING for a row that has only its label (seed-004)', () => {
    const { target, warnings } = place(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'], '2021');
    expect(target.newReceived.total).toBeNull();
    expect(warnings).toEqual([['CELL_MISSING', 'applications.newReceived'], ['CELL_MISSING', 'applications.carriedOver']]);
  });
});

describe('placeApplications where blank cells may have vanished (one cell per line, no blank anywhere)', () => {
  function placeVanished(texts: readonly string[]) {
    const warnings = new Warnings();
    const result = scanApplications(stream(texts), warnings);
    const target: Applications = emptyApplications();
    placeApplications(result, '2021', target, warnings);
    return { target, warnings: codes(warnings).filter(([code]) => code !== 'ROW_MISSING'), list: warnings.list };
  }

  it('keeps a seven-value row whose own total holds, and says the total is no evidence (VALUE_INFERRED)', () => {
    const { target, list } = placeVanished(['一、本年新收政府信息公开申请数量', '2', '1', '0', '0', '0', '0', '3']);
    expect(target.newReceived).toEqual({ naturalPerson: 2, commercial: 1, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 3 });
    expect(list[0]).toMatchObject({ code: 'VALUE_INFERRED', path: 'applications.newReceived', via: ['APPLICATIONS_ROW_TOTAL'] });
  });

  it('refuses a seven-value row whose total does not hold (a vanished blank next to a number printed over two lines: 2 6 0 0 0 0 0 for 26 … 26)', () => {
    const { target, warnings } = placeVanished(['1.本机关不掌握相关政府信息', '2', '6', '0', '0', '0', '0', '0']);
    expect(Object.values(target.unableToProvide.notHeld).every((v) => v === null)).toBe(true);
    expect(warnings).toEqual([['CELL_UNPLACED', 'applications.unableToProvide.notHeld']]);
  });
});
