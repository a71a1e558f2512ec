/**
 * The label vocabulary of the three tables, matched on a label's key (whitespace
 * removed, brackets unified). Keywords, not exact strings: labels arrive with spaces
 * inside (`自 然 人`), typos (`预期不补正`, `本年废纸件数`) and old wording (`规范性文件`).
 */
import { removeSpaces } from '../normalize/whitespace.js';

/** The matching form of a label. */
export function labelKey(text: string): string {
  return removeSpaces(text).replace(/[（【〔[]/g, '(').replace(/[）】〕\]]/g, ')').replace(/[“”"']/g, '');
}

export type ActiveRow = 'rules' | 'normativeDocuments' | 'licensing' | 'otherServices' | 'penalty' | 'coercion' | 'fees' | 'procurement';

/** Table 二 rows, first match wins. */
export const ACTIVE_ROWS: readonly (readonly [ActiveRow, RegExp])[] = [
  ['normativeDocuments', /规范性文件/],
  ['rules', /^(?:\d+\.)?规章$|^规章/],
  ['licensing', /行政许可/],
  ['otherServices', /其他对外管理服务|对外管理服务事项/],
  ['penalty', /行政处罚/],
  ['coercion', /行政强制/],
  ['fees', /事业性收费/],
  ['procurement', /集中采购/],
];

/** Table 二 columns per row and edition: which field each value cell fills. */
export const ACTIVE_COLUMNS_2021: Record<ActiveRow, readonly string[] | null> = {
  rules: ['issued', 'repealed', 'inForce'],
  normativeDocuments: ['issued', 'repealed', 'inForce'],
  licensing: ['decisions'],
  otherServices: null,
  penalty: ['decisions'],
  coercion: ['decisions'],
  fees: ['amount'],
  procurement: null,
};
export const ACTIVE_COLUMNS_2019: Record<ActiveRow, readonly string[] | null> = {
  rules: ['newlyMade', 'newlyPublished', 'totalPublished'],
  normativeDocuments: ['newlyMade', 'newlyPublished', 'totalPublished'],
  licensing: ['previousYear', 'change', 'decisions'],
  otherServices: ['previousYear', 'change', 'decisions'],
  penalty: ['previousYear', 'change', 'decisions'],
  coercion: ['previousYear', 'change', 'decisions'],
  fees: ['previousYear', 'change'],
  procurement: ['projects', 'amount'],
};
/** Table 二 headers that only one edition has. */
export const ACTIVE_HEADERS_2021 = /制发件数|本年(?:废止|废纸|度止)件数|现行有效件数|收费金额/;
export const ACTIVE_HEADERS_2019 = /新制作数量|新公开数量|对外公开总数量|上一年项目数量|本年增\/?减|采购项目数量|采购总金额/;
/** `采购总金额（元）`: the unit of the procurement amount written in its header. */
export const PROCUREMENT_UNIT_HEADER = /采购总金额\((万元|元)\)/;

/** Table 三 row paths, first match wins. */
export const APPLICATION_ROWS: readonly (readonly [string, RegExp])[] = [
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['partiallyGranted', /部分公开/],
  ['granted', /予以公开/],
  ['denied.stateSecret', /国家秘密/],
  ['denied.prohibitedByLaw', /法律行政法规禁止|禁止公开/],
  ['denied.securityStability', /三安全一稳定|危及/],
  ['denied.thirdPartyRights', /第三方合法权益/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInformation', /过程性信息/],
  ['denied.enforcementFiles', /执法案卷/],
  ['denied.administrativeQuery', /行政查询/],
  ['unableToProvide.notHeld', /不掌握/],
  ['unableToProvide.needsCreation', /另行制作|没有现成信息/],
  ['unableToProvide.unclear', /补正后|仍不明确/],
  ['notProcessed.complaint', /信访|举报投诉/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /公开出版物/],
  ['notProcessed.excessive', /大量反复/],
  ['notProcessed.confirmation', /确认或重新出具|重新出具/],
  ['otherDisposal.overdueCorrection', /(?:逾期|预期|愈期)不补正|不补正/],
  ['otherDisposal.overdueFee', /缴纳费用|收费通知/],
  ['otherDisposal.other', /^(?:3\.|\(3\)|3)?其他$|^3\.其它$/],
  ['otherDisposal.total', /其他处理/],
  ['totalProcessed', /^\(七\)总计|^七\.?、?总计|^\(七\)合计/],
  ['carriedForward', /结转下年度|继续办理/],
];

/** Row paths of table 三 in each edition, in table order. */
export const APPLICATION_ROWS_2021 = [
  'newReceived', 'carriedOver', 'granted', 'partiallyGranted',
  'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.securityStability', 'denied.thirdPartyRights',
  'denied.internalAffairs', 'denied.processInformation', 'denied.enforcementFiles', 'denied.administrativeQuery',
  'unableToProvide.notHeld', 'unableToProvide.needsCreation', 'unableToProvide.unclear',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
  'otherDisposal.overdueCorrection', 'otherDisposal.overdueFee', 'otherDisposal.other',
  'totalProcessed', 'carriedForward',
] as const;
export const APPLICATION_ROWS_2019 = [
  ...APPLICATION_ROWS_2021.slice(0, 20),
  'otherDisposal.total',
  'totalProcessed', 'carriedForward',
] as const;

/** The seven applicant columns of table 三, in table order. */
export const COUNT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'] as const;

/** The groups and outcomes of table 四, in table order. */
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** Where table 三 / 四 begin when their section heading is missing or wrong. */
export const APPLICATIONS_ANCHOR = /本年新收|勾稽关系|钩稽关系|申请人情况/;
export const REVIEW_ANCHOR = /^行政复议$|^行政法复议$|结果维持|未经复议直接起诉/;
export const ACTIVE_ANCHOR = /第二十条|^信息内容$|^规章$|规范性文件|行政许可/;

/**
 * The row a label starts, by the first pattern its key matches (null: not a row label).
 * Labels repeat from report to report, so each key is matched once and remembered.
 */
function cachedMatcher<Row extends string>(rows: readonly (readonly [Row, RegExp])[]): (key: string) => Row | null {
  const cache = new Map<string, Row | null>();
  return (key) => {
    let row = cache.get(key);
    if (row === undefined) {
      row = null;
      for (const [name, pattern] of rows) {
        if (pattern.test(key)) {
          row = name;
          break;
        }
      }
      if (cache.size > 50_000) cache.clear();
      cache.set(key, row);
    }
    return row;
  };
}

/** The table 二 row a label key starts, or null. */
export const activeRowOf = cachedMatcher(ACTIVE_ROWS);
/** The table 三 row a label key names by its wording alone (context decides 其他/总计), or null. */
export const applicationRowOf = cachedMatcher(APPLICATION_ROWS);
