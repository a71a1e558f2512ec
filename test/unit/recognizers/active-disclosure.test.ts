import { describe, expect, it } from 'vitest';
import { emptyActiveDisclosure } from '../../../src/report/empty.js';
import { placeActiveDisclosure, scanActiveDisclosure } from '../../../src/recognizers/active-disclosure.js';
import type { ActiveDisclosure } from '../../../src/types.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

function read(texts: readonly string[], edition: '2021' | '2019') {
  const warnings = new Warnings();
  const scan = scanActiveDisclosure(stream(texts), warnings);
  const target: ActiveDisclosure = emptyActiveDisclosure();
  placeActiveDisclosure(scan, edition, target, warnings);
  return { scan, target, warnings: codes(warnings) };
}

const TABLE_2021 = [
  '第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
  '规章', '0', '1', '2',
  '行政规范性文件', '3', '4', '5',
  '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '70',
  '第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '6', '行政强制', '0',
  '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '1.5',
];

const TABLE_2019 = [
  '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量',
  '规章', '0', '0', '0',
  '规范性文件', '1', '2', '3',
  '信息内容', '上一年项目数量', '本年增/减', '处理决定数量',
  '行政许可', '10', '-2', '8',
  '其他对外管理服务事项', '0', '0', '0',
  '行政处罚', '1', '+1', '2',
  '行政强制', '0', '0', '0',
  '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '0', '0',
  '信息内容', '采购项目数量', '采购总金额(万元)', '政府集中采购', '3', '12.5',
];

describe('scanActiveDisclosure', () => {
  it('counts 2021-only headers as 2021 evidence', () => {
    const { scan } = read(TABLE_2021, '2021');
    expect(scan.evidence2021).toBeGreaterThan(0);
    expect(scan.evidence2019).toBe(0);
  });

  it('counts 2019-only headers and rows (其他对外管理服务事项, 政府集中采购) as 2019 evidence', () => {
    const { scan } = read(TABLE_2019, '2019');
    expect(scan.evidence2019).toBeGreaterThan(scan.evidence2021);
    expect(scan.procurementUnit).toBe('万元');
  });
});

describe('placeActiveDisclosure', () => {
  it('fills the 2021 table by position and leaves the 2019 fields null', () => {
    const { target, warnings } = read(TABLE_2021, '2021');
    expect(target.rules).toEqual({ issued: 0, repealed: 1, inForce: 2, newlyMade: null, newlyPublished: null, totalPublished: null });
    expect(target.normativeDocuments).toMatchObject({ issued: 3, repealed: 4, inForce: 5 });
    expect(target.licensing).toEqual({ decisions: 70, previousYear: null, change: null });
    expect(target.penalty.decisions).toBe(6);
    expect(target.coercion.decisions).toBe(0);
    expect(target.fees).toEqual({ amount: 1.5, previousYear: null, change: null });
    expect(target.procurement).toEqual({ projects: null, amount: null, amountUnit: null });
    expect(warnings).toEqual([]);
  });

  it('fills the 2019 table, with 本年增/减 signs and the procurement unit from its header', () => {
    const { target, warnings } = read(TABLE_2019, '2019');
    expect(target.rules).toEqual({ issued: null, repealed: null, inForce: null, newlyMade: 0, newlyPublished: 0, totalPublished: 0 });
    expect(target.normativeDocuments).toMatchObject({ newlyMade: 1, newlyPublished: 2, totalPublished: 3 });
    expect(target.licensing).toEqual({ decisions: 8, previousYear: 10, change: -2 });
    expect(target.penalty).toEqual({ decisions: 2, previousYear: 1, change: 1 });
    expect(target.fees).toEqual({ amount: null, previousYear: 0, change: 0 });
    expect(target.procurement).toEqual({ projects: 3, amount: 12.5, amountUnit: '万元' });
    expect(warnings).toEqual([]);
  });

  it('takes the procurement unit written in the amount cell (251000元) over the header', () => {
    const { target } = read(['采购总金额(万元)', '政府集中采购', '3', '251000元'], '2019');
    expect(target.procurement).toEqual({ projects: 3, amount: 251000, amountUnit: '元' });
  });

  it('leaves amountUnit null when neither cell nor header names a unit', () => {
    const { target } = read(['采购总金额', '政府集中采购', '0', '0'], '2019');
    expect(target.procurement).toEqual({ projects: 0, amount: 0, amountUnit: null });
  });

  it('reads 规范性文件 and 行政规范性文件 as the same row', () => {
    const a = read(['规章', '0', '0', '0', '规范性文件', '7', '0', '0'], '2021').target.normativeDocuments;
    const b = read(['规章', '0', '0', '0', '行政规范性文件', '7', '0', '0'], '2021').target.normativeDocuments;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ issued: 7, repealed: 0, inForce: 0 });
  });

  it('warns ROW_MISSING at the row path for every row of the edition not found', () => {
    const { warnings } = read(['规章', '0', '0', '0'], '2021');
    expect(warnings).toEqual(['normativeDocuments', 'licensing', 'penalty', 'coercion', 'fees'].map((row) => ['ROW_MISSING', `activeDisclosure.${row}`]));
  });

  it('warns EXTRA_ROW for a 2019-only row with values in a 2021 table and reads none of it', () => {
    const { target, warnings } = read([...TABLE_2021, '政府集中采购', '3', '5'], '2021');
    expect(warnings).toEqual([['EXTRA_ROW', 'activeDisclosure.procurement']]);
    expect(target.procurement).toEqual({ projects: null, amount: null, amountUnit: null });
  });

  it('places nothing for one 0 under three 规章 columns (seed-004) and warns CELL_UNPLACED', () => {
    const { target, warnings } = read(['规章', '0', '行政规范性文件', '行政许可', '70'], '2021');
    expect(target.rules).toMatchObject({ issued: null, repealed: null, inForce: null });
    expect(warnings).toContainEqual(['CELL_UNPLACED', 'activeDisclosure.rules']);
    expect(warnings).toContainEqual(['CELL_MISSING', 'activeDisclosure.normativeDocuments']);
    expect(target.licensing.decisions).toBe(70);
  });

  it('warns PLACEHOLDER at the field path for a — cell', () => {
    const { target, warnings } = read(['行政强制', '—'], '2021');
    expect(target.coercion.decisions).toBeNull();
    expect(warnings).toContainEqual(['PLACEHOLDER', 'activeDisclosure.coercion.decisions']);
  });
});
