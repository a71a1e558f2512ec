/**
 * Each way the first cut could put a wrong number into a report, rebuilt from a seed or corpus
 * fixture edited to show it. Every case asserts the cell itself (right value or null with a
 * warning), and that no field of the report holds a number the edited source does not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, validate } from '../src/index.js';
import type { Report } from '../src/index.js';
import { FIXTURES } from './fixture-helpers.js';
import { diffReport } from './report-diff.js';

const input = (name: string, file = 'input.txt'): string => readFileSync(join(FIXTURES, name, file), 'utf8');
const expected = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown>;

/** Sets dotted paths of a copy of `report`: the edited source's truth. */
function edited(report: Record<string, unknown>, changes: Record<string, number | null>): Record<string, unknown> {
  const copy = structuredClone(report);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    let node = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return copy;
}

/** No field holds a number the truth does not have there (nulls are allowed: they are warned). */
function expectNoWrongNumber(report: Report, truth: Record<string, unknown>): void {
  const diff = diffReport(report as unknown as Record<string, unknown>, truth);
  expect([...diff.wrong, ...diff.invented]).toEqual([]);
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}


describe('1. a blank 总计 on a detail row of a TSV table', () => {
  // 一、本年新收 spans the three label columns: its first value follows two empty fields.
  const source = input('layout-tsv-numbers');
  const blankTotal = replaceOnce(source, /(一、本年新收政府信息公开申请数量(?:\t[^\t\n]*){8}\t)[^\t\n]+/, "$1");
  const truth = edited(expected('layout-tsv-numbers'), { 'applications.newReceived.total': null });

  it('is read by header position in a rectangular table: 自然人 stays 自然人, 总计 stays blank', async () => {
    const report = await parseReport(blankTotal);
    expect(report.applications.newReceived).toEqual({ ...(truth['applications'] as Report['applications']).newReceived, total: null });
    expect(report.applications.newReceived.naturalPerson).toBe(3068);
    expectNoWrongNumber(report, truth);
  });

  it('is never shifted in a ragged table (fields no longer give positions): null with CELL_UNPLACED', async () => {
    // One row loses a leading field: the table is no longer rectangular.
    const ragged = replaceOnce(blankTotal, /\n\t\t5\.属于三类内部事务信息/, '\n\t5.属于三类内部事务信息');
    const report = await parseReport(ragged);
    expect(report.applications.newReceived.commercial).not.toBe(3068);
    expect([3068, null]).toContain(report.applications.newReceived.naturalPerson);
    expectNoWrongNumber(report, truth);
  });
});

describe('2. a row of dropped cells followed by a label with a typo', () => {
  it('does not give the next row\'s values to the previous row (seed 000, 禁止 typed 禁正)', async () => {
    // 1.属于国家秘密 loses all its cells; 2.其他法律行政法规禁正公开 keeps its own.
    const lines = input('seed-000').split('\n');
    const at = lines.findIndex((l) => l.includes('1.属于国家秘密'));
    const next = lines.findIndex((l, i) => i > at && /[\u4e00-\u9fff]/.test(l));
    lines.splice(at + 1, next - at - 1); // every cell of the row dropped
    const text = replaceOnce(lines.join('\n'), '2.其他法律行政法规禁止公开', '2.其他法律行政法规禁正公开');
    const report = await parseReport(text);
    const truth = edited(expected('seed-000'), Object.fromEntries(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => [`applications.denied.stateSecret.${c}`, null])));
    expect(Object.values(report.applications.denied.stateSecret).every((v) => v === null)).toBe(true);
    expect(report.applications.denied.prohibitedByLaw).toEqual((truth['applications'] as Report['applications']).denied.prohibitedByLaw);
    expectNoWrongNumber(report, truth);
  });
});

describe('3. glued runs settled by an identity', () => {
  // pt-gaj-2021's 本年新收 is `1000001` (1|0|0|0|0|0|1, or 10|0|0|0|0|1 with a vanished blank).
  it('says it inferred the split, and validate() does not count that row total as evidence', async () => {
    const report = await parseReport(input('pt-gaj-2021'));
    const warning = report.warnings.find((w) => w.code === 'VALUE_INFERRED' && w.path === 'applications.newReceived');
    expect(warning?.via).toContain('APPLICATIONS_ROW_TOTAL');
    const check = validate(report).checks.find((c) => c.code === 'APPLICATIONS_ROW_TOTAL' && c.paths[0] === 'applications.newReceived.total');
    expect(check?.status).toBe('unknown');
    expect(check?.message).toContain('推定');
  });

  it('never "repairs" a published row whose own total is wrong (1|40|0|0|0|0 with total 14): the split is flagged as inferred', async () => {
    const text = replaceOnce(input('pt-gaj-2021'), /(一、本年新收政府信息公开申请数量)\s*1000001/, '$1140000014');
    const report = await parseReport(text);
    const values = report.applications.newReceived;
    if (values.total !== null) {
      expect(report.warnings.some((w) => w.code === 'VALUE_INFERRED' && w.path === 'applications.newReceived')).toBe(true);
      expect(validate(report).checks.filter((c) => c.code === 'APPLICATIONS_ROW_TOTAL' && c.paths[0] === 'applications.newReceived.total').map((c) => c.status)).not.toContain('pass');
    } else {
      expect(report.warnings.some((w) => w.code === 'GLUED_AMBIGUOUS' && w.path === 'applications.newReceived')).toBe(true);
    }
  });

  it('keeps 行政规范性文件106 null (1|0|6, or 10|6 with a dropped blank): pt-jjp-2021', async () => {
    const report = await parseReport(input('pt-jjp-2021'));
    expect(report.activeDisclosure.normativeDocuments).toMatchObject({ issued: null, repealed: null, inForce: null });
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.normativeDocuments')?.code).toBe('GLUED_AMBIGUOUS');
  });
});

describe('4. a lone value where blank cells may have vanished', () => {
  it('is not put into 总计 in one-cell-per-line text whose blank lines were dropped (seed 000 edited)', async () => {
    // 二、上年结转 keeps only its 自然人 cell, `5`; its other cells are gone from the text.
    const lines = input('seed-000').split('\n');
    const at = lines.findIndex((l) => l.includes('二、上年结转政府信息公开申请数量'));
    const next = lines.findIndex((l, i) => i > at && /[\u4e00-\u9fff]/.test(l));
    lines.splice(at + 1, next - at - 1, '', '  5', '');
    const report = await parseReport(lines.join('\n'));
    expect(report.applications.carriedOver.total).toBeNull();
    expect(report.warnings.some((w) => w.code === 'CELL_UNPLACED' && w.path === 'applications.carriedOver')).toBe(true);
    const truth = edited(expected('seed-000'), Object.fromEntries(['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => [`applications.carriedOver.${c}`, null])));
    expectNoWrongNumber(report, edited(truth, { 'applications.carriedOver.naturalPerson': 5 }));
  });

  it('is not put into the last column of a pipe export that dropped trailing cells (seed 001)', async () => {
    const text = replaceOnce(input('seed-001'), /(二、上年结转政府信息公开申请数量)[^\n]*/, '$1 | 0 |');
    const report = await parseReport(text);
    expect(Object.values(report.applications.carriedOver).every((v) => v === null)).toBe(true);
    expect(report.warnings.some((w) => w.code === 'CELL_UNPLACED' && w.path === 'applications.carriedOver')).toBe(true);
  });
});

describe('5. a 2019-edition TSV row whose label spans two columns', () => {
  it('never reads the empty span slot as the 自然人 value', async () => {
    // pt-czj-2019's table 三 row `（一）予以公开` as TSV with its label over two fields and a blank total.
    const lines = [
      '某某局2019年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度依法公开政府信息。',
      '二、主动公开政府信息情况',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t\t1\t2\t3',
      '规范性文件\t\t4\t5\t',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2',
      '（六）其他处理\t\t0\t0\t0\t0\t0\t0\t0',
      '四、政府信息公开行政复议、行政诉讼情况',
      '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '五、存在的主要问题及改进情况',
      '无。',
      '六、其他需要报告的事项',
      '无。',
    ];
    const report = await parseReport(lines.join('\n'));
    expect(report.meta.edition).toBe('2019');
    expect(report.activeDisclosure.rules).toMatchObject({ newlyMade: 1, newlyPublished: 2, totalPublished: 3 });
    // `规范性文件→→4→5→` : the slot before 4 and the blank after 5 leave two placements.
    expect(report.activeDisclosure.normativeDocuments.newlyMade === 4 || report.activeDisclosure.normativeDocuments.newlyMade === null).toBe(true);
    expect(report.activeDisclosure.normativeDocuments.newlyPublished).not.toBe(4);
    expect(report.applications.newReceived).toEqual({ naturalPerson: 2, commercial: 0, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 2 });
  });
});

describe('6. a unit in a cell', () => {
  it('never stores 3500元 as 3500 万元: null with UNIT_IN_CELL', async () => {
    const text = replaceOnce(input('layout-html-page-zoom', 'input.html'), '12.6', '3500元');
    const report = await parseReport(text);
    expect(report.activeDisclosure.fees.amount).toBeNull();
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.fees.amount')?.code).toBe('UNIT_IN_CELL');
  });

  it('keeps an amount written in the column\'s own unit (12.6万元)', async () => {
    const report = await parseReport(replaceOnce(input('layout-html-page-zoom', 'input.html'), '12.6', '12.6万元'));
    expect(report.activeDisclosure.fees.amount).toBe(12.6);
  });
});

describe('7. meta never wrong', () => {
  it('reads a title that starts with the year (seed 000 edited)', async () => {
    const text = replaceOnce(input('seed-000'), '鄂托克旗工信和科技局2022年政府信息公开工作年度报告', '2022年鄂托克旗工信和科技局政府信息公开工作年度报告');
    const report = await parseReport(text);
    expect(report.meta).toMatchObject({ title: '2022年鄂托克旗工信和科技局政府信息公开工作年度报告', organization: '鄂托克旗工信和科技局', year: 2022 });
  });

  it('ignores a 上一篇 link before the title', async () => {
    const text = `上一篇：某某市某某局2021年政府信息公开工作年度报告\n${input('seed-000')}`;
    const report = await parseReport(text);
    expect(report.meta.year).toBe(2022);
    expect(report.meta.organization).toBe('鄂托克旗工信和科技局');
  });

  it('gives null, not a sentence fragment, for an untitled report whose prose names no agency in a set phrase', async () => {
    const text = input('seed-000').replace(/^.*2022年政府信息公开工作年度报告.*$/gm, '').replace(/请与[^\n。]*联系/g, '');
    const report = await parseReport(text);
    const organization = report.meta.organization;
    expect(organization === null || organization === '鄂托克旗工信和科技局').toBe(true);
    if (organization === null) expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'META_MISSING', path: 'meta.organization' }));
  });
});

describe('whole reports that were lost', () => {
  it('reads a TSV report with a long paragraph that mentions 本年新收 as TSV, not as a glued export', async () => {
    const paragraph = `${'本年新收政府信息公开申请数量5件，上年结转政府信息公开申请数量2件，结转下年度继续办理的申请将依法处理。'.repeat(8)}`;
    const text = replaceOnce(input('layout-tsv-numbers'), '一、总体情况\n', `一、总体情况\n${paragraph}\n`);
    const report = await parseReport(text);
    expect(report.meta.layout).toBe('tsv');
    expect(report.applications.newReceived.total).toBe(expected('layout-tsv-numbers')['applications'] ? (expected('layout-tsv-numbers')['applications'] as Report['applications']).newReceived.total : null);
  });

  it('reads a report whose columns are separated by runs of spaces (pdftotext-like) instead of losing every number', async () => {
    const text = input('layout-tsv-numbers').replace(/\t/g, '    ');
    const report = await parseReport(text);
    expectNoWrongNumber(report, expected('layout-tsv-numbers'));
    expect(report.applications.denied.thirdPartyRights).toEqual({ naturalPerson: 15, commercial: 1, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 16 });
  });
});
