import { describe, expect, it } from 'vitest';
import {
  ACTIVE_ANCHOR,
  activeHeaderEdition,
  activeRowOf,
  APPLICATIONS_ANCHOR,
  applicationRowOf,
  applicationRowPaths,
  closest,
  COUNT_COLUMNS,
  countColumnOf,
  editDistance,
  fragmentOf,
  isReviewAnchor,
  labelKey,
  PROCUREMENT_UNIT_HEADER,
} from '../../../src/table-model/index.js';

const activeRow = (label: string): string | null => activeRowOf(labelKey(label));
const applicationRow = (label: string): string | null => applicationRowOf(labelKey(label));

describe('labelKey', () => {
  it('removes all whitespace', () => {
    expect(labelKey(' 自 然 人 ')).toBe('自然人');
    expect(labelKey('商业\n企业')).toBe('商业企业');
  });

  it('unifies brackets to ASCII parentheses', () => {
    expect(labelKey('（一）予以公开')).toBe('(一)予以公开');
    expect(labelKey('【七】总计')).toBe('(七)总计');
    expect(labelKey('〔2021〕')).toBe('(2021)');
    expect(labelKey('[3]其他')).toBe('(3)其他');
  });

  it('drops quotation marks', () => {
    expect(labelKey('3.危及“三安全一稳定”')).toBe('3.危及三安全一稳定');
  });
});

describe('table 二 row labels', () => {
  it('reads both 规范性文件 and 行政规范性文件 as normativeDocuments', () => {
    expect(activeRow('规范性文件')).toBe('normativeDocuments');
    expect(activeRow('行政规范性文件')).toBe('normativeDocuments');
  });

  it('reads 规章, spaced or numbered, as rules', () => {
    expect(activeRow('规 章')).toBe('rules');
    expect(activeRow('1.规章')).toBe('rules');
  });

  it.each([
    ['行政许可', 'licensing'],
    ['其他对外管理服务事项', 'otherServices'],
    ['行政处罚', 'penalty'],
    ['行政强制', 'coercion'],
    ['行政事业性收费', 'fees'],
    ['政府集中采购', 'procurement'],
  ])('reads %s as %s', (label, row) => {
    expect(activeRow(label)).toBe(row);
  });

  it('does not read a header cell as a row', () => {
    expect(activeRow('信息内容')).toBeNull();
    expect(activeRow('本年制发件数')).toBeNull();
  });

  it('tells the editions apart by their headers', () => {
    for (const h of ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额(单位:万元)']) expect(activeHeaderEdition(labelKey(h)), h).toBe('2021');
    for (const h of ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '采购项目数量', '采购总金额']) expect(activeHeaderEdition(labelKey(h)), h).toBe('2019');
    expect(activeHeaderEdition('处理决定数量')).toBeNull();
  });

  it('reads a header with one wrong character by edit distance, unique in the vocabulary (本年废纸件数, 本年度止件数)', () => {
    expect(activeHeaderEdition('本年废纸件数')).toBe('2021');
    expect(activeHeaderEdition('本年度止件数')).toBe('2021');
    expect(activeHeaderEdition('本年不知件数')).toBeNull();
  });

  it('reads the procurement unit from the 采购总金额 header', () => {
    expect(PROCUREMENT_UNIT_HEADER.exec(labelKey('采购总金额（万元）'))?.[1]).toBe('万元');
    expect(PROCUREMENT_UNIT_HEADER.exec(labelKey('采购总金额(元)'))?.[1]).toBe('元');
    expect(PROCUREMENT_UNIT_HEADER.exec(labelKey('采购总金额'))).toBeNull();
  });
});

describe('table 三 row labels', () => {
  it('reads the typo 预期不补正 as overdueCorrection', () => {
    expect(applicationRow('1.申请人无正当理由预期不补正、行政机关不再处理其政府信息公开申请')).toBe('otherDisposal.overdueCorrection');
    expect(applicationRow('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toBe('otherDisposal.overdueCorrection');
  });

  it('reads 预期未按收费通知要求缴纳费用 as overdueFee', () => {
    expect(applicationRow('2.申请人预期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toBe('otherDisposal.overdueFee');
  });

  it('reads (七)总计 in either bracket width as totalProcessed, a bare 总计 as nothing', () => {
    expect(applicationRow('(七)总计')).toBe('totalProcessed');
    expect(applicationRow('（七）总计')).toBe('totalProcessed');
    expect(applicationRow('总计')).toBeNull();
  });

  it('reads 3.其他 and 其他 as otherDisposal.other (applications.ts decides whether 其他 is a row)', () => {
    for (const label of ['3.其他', '(3)其他', '3.其它', '其他']) expect(applicationRow(label), label).toBe('otherDisposal.other');
  });

  it('reads (六)其他处理 as the 2019 otherDisposal.total row', () => {
    expect(applicationRow('(六)其他处理')).toBe('otherDisposal.total');
  });

  it('does not read the 法人或其他组织 header as the 其他 row', () => {
    expect(applicationRow('法人或其他组织')).toBeNull();
  });

  it('does not read the partial-disclosure note 不计其他情形 as the 其他 row', () => {
    expect(applicationRow('(二)部分公开(区分处理的,只计这一情形,不计其他情形)')).toBe('partiallyGranted');
  });

  it.each([
    ['一、本年新收政府信息公开申请数量', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['(一)予以公开', 'granted'],
    ['1.属于国家秘密', 'denied.stateSecret'],
    ['2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
    ['3.危及“三安全一稳定”', 'denied.securityStability'],
    ['4.保护第三方合法权益', 'denied.thirdPartyRights'],
    ['5.属于三类内部事务信息', 'denied.internalAffairs'],
    ['6.属于四类过程性信息', 'denied.processInformation'],
    ['7.属于行政执法案卷', 'denied.enforcementFiles'],
    ['8.属于行政查询事项', 'denied.administrativeQuery'],
    ['1.本机关不掌握相关政府信息', 'unableToProvide.notHeld'],
    ['2.没有现成信息需要另行制作', 'unableToProvide.needsCreation'],
    ['3.补正后申请内容仍不明确', 'unableToProvide.unclear'],
    ['1.信访举报投诉类申请', 'notProcessed.complaint'],
    ['2.重复申请', 'notProcessed.duplicate'],
    ['3.要求提供公开出版物', 'notProcessed.publication'],
    ['4.无正当理由大量反复申请', 'notProcessed.excessive'],
    ['5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ])('reads %s as %s', (label, row) => {
    expect(applicationRow(label)).toBe(row);
  });

  it('lists 25 rows for the 2021 table and 23 for the 2019 table, sharing the first 20', () => {
    const rows2021 = applicationRowPaths('2021');
    const rows2019 = applicationRowPaths('2019');
    expect(rows2021).toHaveLength(25);
    expect(rows2019).toHaveLength(23);
    expect(rows2019.slice(0, 20)).toEqual(rows2021.slice(0, 20));
    expect(rows2019.slice(20)).toEqual(['otherDisposal.total', 'totalProcessed', 'carriedForward']);
  });

  it('names the seven applicant columns in table order, and reads their headers', () => {
    expect(COUNT_COLUMNS.map((c) => c.key)).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total']);
    expect(countColumnOf(labelKey('自 然 人'))).toBe('naturalPerson');
    expect(countColumnOf('其它')).toBe('otherOrg');
    expect(countColumnOf('社会公义组织')).toBe('socialWelfare');
  });

  it('reads a row label with a typo by edit distance (禁正公开), and refuses a label near two rows', () => {
    expect(applicationRow('2.其他法律行政法规禁正公开')).toBe('denied.prohibitedByLaw');
    expect(applicationRow('6.属于四类过程姓信息')).toBe('denied.processInformation');
    expect(applicationRow('8.属于行政差询事项')).toBe('denied.administrativeQuery');
    expect(applicationRow('本年度工作总结')).toBeNull();
  });
});

describe('table anchors', () => {
  it('finds table 三 by 本年新收 or 申请人情况, table 四 by its headers, table 二 by 第二十条', () => {
    expect(APPLICATIONS_ANCHOR.test('一、本年新收政府信息公开申请数量')).toBe(true);
    expect(APPLICATIONS_ANCHOR.test('申请人情况')).toBe(true);
    expect(isReviewAnchor('行政复议')).toBe(true);
    expect(isReviewAnchor('行政法复议')).toBe(true);
    expect(isReviewAnchor('未经复议直接起诉')).toBe(true);
    expect(isReviewAnchor('政府信息公开行政复议')).toBe(false);
    expect(ACTIVE_ANCHOR.test('第二十条第(一)项')).toBe(true);
  });
});

describe('the typo rule', () => {
  it('measures edit distance and stops past its limit', () => {
    expect(editDistance('禁止公开', '禁正公开', 2)).toBe(1);
    expect(editDistance('行政复议', '行政法复议', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('allows one wrong character per six, at least one, and never for keys under four characters', () => {
    const words = [['结果维持', 'upheld'], ['结果纠正', 'corrected']] as const;
    expect(closest('结果维护', words)).toBe('upheld');
    expect(closest('结果', words)).toBeNull();
    expect(closest('维持结果', words)).toBeNull();
  });

  it('refuses a key equally near two words', () => {
    expect(closest('结果维正', [['结果维持', 'a'], ['结果纠正', 'b']] as const)).toBeNull();
  });
});

describe('the fragment rule: a label cut short by a PDF extraction', () => {
  it('names the one row whose numbered label starts with the fragment', () => {
    expect(applicationRowOf(labelKey('2.其他法律行政法规'))).toBe('denied.prohibitedByLaw');
    expect(applicationRowOf(labelKey('5.要求行政机关确认或重新出'))).toBe('notProcessed.confirmation');
    expect(applicationRowOf(labelKey('2.申请人逾期未按收'))).toBe('otherDisposal.overdueFee');
  });

  it('refuses without numbering, with another number, under five characters, or where two labels start alike', () => {
    expect(applicationRowOf(labelKey('其他法律行政法规'))).toBeNull();
    expect(applicationRowOf(labelKey('3.其他法律行政法规'))).toBeNull();
    expect(applicationRowOf(labelKey('（五）不予'))).toBeNull();
    const labels = [['1.属于国家秘密', 'a'], ['1.属于国家秘书处', 'b']] as const;
    expect(fragmentOf('1.属于国家秘', labels)).toBeNull();
    expect(fragmentOf('1.属于国家秘密', labels)).toBe('a');
  });
});
