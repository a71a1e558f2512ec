/**
 * The table model: the one declarative description of the three statistical tables of a
 * 政府信息公开工作年度报告, in both national editions (国办公开办函〔2021〕30号 and 〔2019〕60号).
 *
 * Everything else is derived from it: the empty report (`report/empty.ts`), the recognizers'
 * vocabulary and column headers (`recognizers/labels.ts`), the glued reader's row widths and
 * label vocabulary, validate()'s labels and identities (`validate/labels.ts`), and a test holds
 * the JSON Schema and `types.ts` to it. Nothing here depends on any other module.
 */

export type TableEdition = '2021' | '2019';

/** One column of a table: the report field it fills, its printed header and how headers are recognised. */
export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  /** the shorter wording validate() prints, where it differs from `label` */
  readonly short?: string;
  /** matched against a header cell's key (spaces removed, brackets unified) */
  readonly header: RegExp;
}

// ---------------------------------------------------------------------------------------------
// Table 三: 收到和处理政府信息公开申请情况

/** The seven applicant columns, in table order; 总计 is the row total of the other six. */
export const COUNT_COLUMNS: readonly ColumnDef[] = [
  { key: 'naturalPerson', label: '自然人', header: /^自然人$/ },
  { key: 'commercial', label: '商业企业', header: /^商业企业$/ },
  { key: 'research', label: '科研机构', header: /^科研机构$/ },
  { key: 'socialWelfare', label: '社会公益组织', header: /^社会公益组织$/ },
  { key: 'legalService', label: '法律服务机构', header: /^法律服务机构$/ },
  { key: 'otherOrg', label: '其他', header: /^其[他它]$/ },
  { key: 'total', label: '总计', header: /^总计$|^合计$/ },
];

export interface ApplicationRowDef {
  /** path below `applications`, e.g. `denied.stateSecret` */
  readonly path: string;
  /** the label as the official form prints it */
  readonly label: string;
  /** the wording validate() prints where it is not the group's number + `label` (`（三）1.属于国家秘密`) */
  readonly short?: string;
  /** keywords of the label (matched against the label's key); first matching row wins */
  readonly match: RegExp;
  readonly editions: readonly TableEdition[];
  /** the disposal block （一）…（六） the row adds into （七）总计, if any */
  readonly disposal?: 'granted' | 'partiallyGranted' | 'denied' | 'unableToProvide' | 'notProcessed' | 'otherDisposal';
}

const BOTH: readonly TableEdition[] = ['2021', '2019'];

/** Table 三 rows in table order (both editions; `editions` says which prints each). */
export const APPLICATION_ROWS: readonly ApplicationRowDef[] = [
  { path: 'newReceived', short: '一、本年新收', label: '一、本年新收政府信息公开申请数量', match: /本年新收/, editions: BOTH },
  { path: 'carriedOver', short: '二、上年结转', label: '二、上年结转政府信息公开申请数量', match: /上年结转/, editions: BOTH },
  { path: 'granted', short: '（一）予以公开', label: '（一）予以公开', match: /予以公开/, editions: BOTH, disposal: 'granted' },
  { path: 'partiallyGranted', short: '（二）部分公开', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', match: /部分公开/, editions: BOTH, disposal: 'partiallyGranted' },
  { path: 'denied.stateSecret', label: '1.属于国家秘密', match: /国家秘密/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', match: /法律行政法规禁止|禁止公开/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.securityStability', label: '3.危及“三安全一稳定”', match: /三安全一稳定|危及/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.thirdPartyRights', label: '4.保护第三方合法权益', match: /第三方合法权益/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.internalAffairs', label: '5.属于三类内部事务信息', match: /内部事务/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.processInformation', label: '6.属于四类过程性信息', match: /过程性信息/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.enforcementFiles', label: '7.属于行政执法案卷', match: /执法案卷/, editions: BOTH, disposal: 'denied' },
  { path: 'denied.administrativeQuery', label: '8.属于行政查询事项', match: /行政查询/, editions: BOTH, disposal: 'denied' },
  { path: 'unableToProvide.notHeld', label: '1.本机关不掌握相关政府信息', match: /不掌握/, editions: BOTH, disposal: 'unableToProvide' },
  { path: 'unableToProvide.needsCreation', label: '2.没有现成信息需要另行制作', match: /另行制作|没有现成信息/, editions: BOTH, disposal: 'unableToProvide' },
  { path: 'unableToProvide.unclear', label: '3.补正后申请内容仍不明确', match: /补正后|仍不明确/, editions: BOTH, disposal: 'unableToProvide' },
  { path: 'notProcessed.complaint', label: '1.信访举报投诉类申请', match: /信访|举报投诉/, editions: BOTH, disposal: 'notProcessed' },
  { path: 'notProcessed.duplicate', label: '2.重复申请', match: /重复申请/, editions: BOTH, disposal: 'notProcessed' },
  { path: 'notProcessed.publication', label: '3.要求提供公开出版物', match: /公开出版物/, editions: BOTH, disposal: 'notProcessed' },
  { path: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', match: /大量反复/, editions: BOTH, disposal: 'notProcessed' },
  { path: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', match: /确认或重新出具|重新出具/, editions: BOTH, disposal: 'notProcessed' },
  { path: 'otherDisposal.overdueCorrection', short: '（六）1.申请人无正当理由逾期不补正', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', match: /逾期不补正|不补正/, editions: ['2021'], disposal: 'otherDisposal' },
  { path: 'otherDisposal.overdueFee', short: '（六）2.申请人逾期未按收费通知要求缴纳费用', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', match: /缴纳费用|收费通知/, editions: ['2021'], disposal: 'otherDisposal' },
  { path: 'otherDisposal.other', label: '3.其他', match: /^(?:3\.|\(3\)|3)?其[他它]$/, editions: ['2021'], disposal: 'otherDisposal' },
  { path: 'otherDisposal.total', short: '（六）其他处理', label: '（六）其他处理', match: /其他处理/, editions: ['2019'], disposal: 'otherDisposal' },
  { path: 'totalProcessed', short: '（七）总计', label: '（七）总计', match: /^\(七\)总计|^七\.?、?总计|^\(七\)合计/, editions: BOTH },
  { path: 'carriedForward', short: '四、结转下年度继续办理', label: '四、结转下年度继续办理', match: /结转下年度|继续办理/, editions: BOTH },
];

/** The printed group titles of table 三's disposal blocks. */
export const DISPOSAL_GROUPS = {
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  denied: '（三）不予公开',
  unableToProvide: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherDisposal: '（六）其他处理',
} as const;

/** The wording validate() prints for a row: its own `short`, else its group's number and its label. */
export function shortLabel(row: ApplicationRowDef): string {
  if (row.short !== undefined) return row.short;
  const group = row.disposal !== undefined ? DISPOSAL_GROUPS[row.disposal] : '';
  return group.slice(0, 3) + row.label;
}

/** Row paths of table 三 in one edition, in table order. */
export function applicationRowPaths(edition: TableEdition): string[] {
  return APPLICATION_ROWS.filter((row) => row.editions.includes(edition)).map((row) => row.path);
}

// ---------------------------------------------------------------------------------------------
// Table 二: 主动公开政府信息情况

export interface ActiveRowDef {
  readonly key: 'rules' | 'normativeDocuments' | 'licensing' | 'otherServices' | 'penalty' | 'coercion' | 'fees' | 'procurement';
  readonly label: string;
  /** the row's wording in the 2019 form, where it differs (`规范性文件`) */
  readonly label2019?: string;
  readonly match: RegExp;
  /** the row's value columns per edition; null where the edition has no such row */
  readonly columns: Readonly<Record<TableEdition, readonly ColumnDef[] | null>>;
}

const DOCUMENTS_2021: readonly ColumnDef[] = [
  { key: 'issued', label: '本年制发件数', header: /制发件数/ },
  { key: 'repealed', label: '本年废止件数', header: /废止件数/ },
  { key: 'inForce', label: '现行有效件数', header: /现行有效件数/ },
];
const DOCUMENTS_2019: readonly ColumnDef[] = [
  { key: 'newlyMade', label: '本年新制作数量', header: /新制作数量/ },
  { key: 'newlyPublished', label: '本年新公开数量', header: /新公开数量/ },
  { key: 'totalPublished', label: '对外公开总数量', header: /对外公开总数量/ },
];
const DECISIONS_2021: readonly ColumnDef[] = [{ key: 'decisions', label: '本年处理决定数量', header: /处理决定数量/ }];
const PREVIOUS_YEAR: ColumnDef = { key: 'previousYear', label: '上一年项目数量', header: /上一年项目数量/ };
const CHANGE: ColumnDef = { key: 'change', label: '本年增/减', header: /本年增\/?减/ };
const DECISIONS_2019: readonly ColumnDef[] = [PREVIOUS_YEAR, CHANGE, { key: 'decisions', label: '处理决定数量', header: /处理决定数量/ }];

/** Table 二 rows in table order; first matching row wins. */
export const ACTIVE_ROWS: readonly ActiveRowDef[] = [
  { key: 'rules', label: '规章', match: /^(?:\d+\.)?规章$|^规章/, columns: { 2021: DOCUMENTS_2021, 2019: DOCUMENTS_2019 } },
  { key: 'normativeDocuments', label: '行政规范性文件', label2019: '规范性文件', match: /规范性文件/, columns: { 2021: DOCUMENTS_2021, 2019: DOCUMENTS_2019 } },
  { key: 'licensing', label: '行政许可', match: /行政许可/, columns: { 2021: DECISIONS_2021, 2019: DECISIONS_2019 } },
  { key: 'otherServices', label: '其他对外管理服务事项', match: /其他对外管理服务|对外管理服务事项/, columns: { 2021: null, 2019: DECISIONS_2019 } },
  { key: 'penalty', label: '行政处罚', match: /行政处罚/, columns: { 2021: DECISIONS_2021, 2019: DECISIONS_2019 } },
  { key: 'coercion', label: '行政强制', match: /行政强制/, columns: { 2021: DECISIONS_2021, 2019: DECISIONS_2019 } },
  {
    key: 'fees',
    label: '行政事业性收费',
    match: /事业性收费/,
    columns: { 2021: [{ key: 'amount', label: '本年收费金额（单位：万元）', short: '本年收费金额（万元）', header: /收费金额/ }], 2019: [PREVIOUS_YEAR, CHANGE] },
  },
  {
    key: 'procurement',
    label: '政府集中采购',
    match: /集中采购/,
    columns: {
      2021: null,
      2019: [
        { key: 'projects', label: '采购项目数量', header: /采购项目数量/ },
        { key: 'amount', label: '采购总金额', header: /采购总金额/ },
      ],
    },
  },
];

/** The unit a table 二 amount column is printed in, where the form fixes one (`本年收费金额（单位：万元）`). */
export const ACTIVE_AMOUNT_UNIT: Readonly<Record<string, string>> = { 'fees.amount': '万元' };

// ---------------------------------------------------------------------------------------------
// Table 四: 政府信息公开行政复议、行政诉讼情况

export const REVIEW_GROUPS: readonly ColumnDef[] = [
  { key: 'review', label: '行政复议', header: /^行政复议$/ },
  { key: 'litigationDirect', label: '未经复议直接起诉', short: '行政诉讼（未经复议直接起诉）', header: /未经复议直接起诉/ },
  { key: 'litigationAfterReview', label: '复议后起诉', short: '行政诉讼（复议后起诉）', header: /复议后起诉/ },
];

export const OUTCOMES: readonly ColumnDef[] = [
  { key: 'upheld', label: '结果维持', header: /^结果维持$/ },
  { key: 'corrected', label: '结果纠正', header: /^结果纠正$/ },
  { key: 'other', label: '其他结果', header: /^其他结果$/ },
  { key: 'pending', label: '尚未审结', header: /^尚未审结$/ },
  { key: 'total', label: '总计', header: /^总计$|^合计$/ },
];

// ---------------------------------------------------------------------------------------------
// Identities the format defines (validate() checks them; the glued reader may infer with them)

/**
 * The identities validate() checks (their wording is in the README and in validate()'s messages):
 * 三 per column 本年新收 + 上年结转 = （七）总计 + 结转下年度 (BALANCE) and （七）总计 = Σ（一）…（六）
 * (TOTAL_PROCESSED); 三 per row 总计 = Σ six applicant columns (ROW_TOTAL); 四 per group 总计 =
 * Σ four outcomes (REVIEW_LITIGATION_TOTAL).
 */
export type IdentityCode = 'APPLICATIONS_BALANCE' | 'APPLICATIONS_TOTAL_PROCESSED' | 'APPLICATIONS_ROW_TOTAL' | 'REVIEW_LITIGATION_TOTAL';

export const IDENTITY_CODES: readonly IdentityCode[] = ['APPLICATIONS_BALANCE', 'APPLICATIONS_TOTAL_PROCESSED', 'APPLICATIONS_ROW_TOTAL', 'REVIEW_LITIGATION_TOTAL'];

/** Header words the forms print besides row labels and column headers (cut points in glued text). */
export const HEADER_WORDS: readonly string[] = ['第二十条', '信息内容', '申请人情况', '法人或其他组织', '行政诉讼', '未经复议直接起诉', '复议后起诉', '其他处理'];

// ---------------------------------------------------------------------------------------------
// The six sections

/** What a heading of section k+1 must contain. */
export const SECTION_KEYWORDS: readonly RegExp[] = [
  /总体情况|概述|概况|基本情况/,
  /主动公开/,
  /收到和处理|依申请公开|处理政府信息公开申请|公开申请情况/,
  /行政复议|行政诉讼/,
  /存在.{0,6}问题|问题.{0,8}改进|改进情况|改进措施/,
  /其他需要报告|其他事项|需要说明|其他需要说明|其它需要报告/,
];

/** The usual wordings of each section's heading (after its number), most common first. */
export const SECTION_TITLES: readonly (readonly string[])[] = [
  ['总体情况', '工作概述', '概述', '概况', '基本情况'],
  ['主动公开政府信息情况', '主动公开政府信息的情况'],
  ['收到和处理政府信息公开申请情况', '依申请公开政府信息情况', '收到和处理政府信息公开申请'],
  ['政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '行政复议、行政诉讼情况', '政府信息公开行政复议、行政诉讼', '行政复议、行政诉讼'],
  ['存在的主要问题及改进情况', '存在的主要问题及改进措施', '存在的主要问题及明年工作计划', '存在的主要问题和改进情况', '存在问题及改进情况', '存在的主要问题', '存在问题'],
  ['其他需要报告的事项', '需要说明的其他事项与附表', '需要说明的其他事项', '其他需要说明的事项', '其它需要报告的事项', '其他事项'],
];
