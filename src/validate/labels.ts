/**
 * Every Chinese label validate() prints, and the fixed key lists it walks.
 *
 * Labels are the wording of the national table formats (国办公开办函〔2021〕30号 and
 * 〔2019〕60号), shortened where the full label is a sentence. Row paths are relative
 * to `applications`; column keys are those of `Counts`.
 */
import type {
  ActiveDisclosure,
  Applications,
  Counts,
  CountsColumn,
  Outcomes,
  ReviewLitigation,
  Report,
} from '../types.js';

// ---------------------------------------------------------------------------
// Table 三: columns

/** The six applicant columns, in table order (总计 excluded). */
export const APPLICANT_COLUMNS: readonly CountsColumn[] = [
  'naturalPerson',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'otherOrg',
];

/** All seven columns, in table order. */
export const COLUMNS: readonly CountsColumn[] = [...APPLICANT_COLUMNS, 'total'];

export const COLUMN_LABELS: Readonly<Record<CountsColumn, string>> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  socialWelfare: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

// ---------------------------------------------------------------------------
// Table 三: rows

/** Row path (relative to `applications`) → label as printed in the table. */
export const ROW_LABELS = {
  newReceived: '一、本年新收',
  carriedOver: '二、上年结转',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'denied.stateSecret': '（三）1.属于国家秘密',
  'denied.prohibitedByLaw': '（三）2.其他法律行政法规禁止公开',
  'denied.securityStability': '（三）3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '（三）4.保护第三方合法权益',
  'denied.internalAffairs': '（三）5.属于三类内部事务信息',
  'denied.processInformation': '（三）6.属于四类过程性信息',
  'denied.enforcementFiles': '（三）7.属于行政执法案卷',
  'denied.administrativeQuery': '（三）8.属于行政查询事项',
  'unableToProvide.notHeld': '（四）1.本机关不掌握相关政府信息',
  'unableToProvide.needsCreation': '（四）2.没有现成信息需要另行制作',
  'unableToProvide.unclear': '（四）3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）1.信访举报投诉类申请',
  'notProcessed.duplicate': '（五）2.重复申请',
  'notProcessed.publication': '（五）3.要求提供公开出版物',
  'notProcessed.excessive': '（五）4.无正当理由大量反复申请',
  'notProcessed.confirmation': '（五）5.要求行政机关确认或重新出具已获取信息',
  'otherDisposal.overdueCorrection': '（六）1.申请人无正当理由逾期不补正',
  'otherDisposal.overdueFee': '（六）2.申请人逾期未按收费通知要求缴纳费用',
  'otherDisposal.other': '（六）3.其他',
  'otherDisposal.total': '（六）其他处理',
  totalProcessed: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

export type RowPath = keyof typeof ROW_LABELS;

/** Labels of the disposal groups 三、（三）…（六）, used when a message shows subtotals. */
export const DISPOSAL_GROUP_LABELS = {
  denied: '（三）不予公开',
  unableToProvide: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherDisposal: '（六）其他处理',
} as const;

/** One row of table 三: its path, label and accessor. */
export interface RowDef {
  /** path relative to `applications`, e.g. `denied.stateSecret` */
  readonly path: RowPath;
  readonly label: string;
  readonly get: (a: Applications | undefined) => Counts | undefined;
}

function row(path: RowPath, get: RowDef['get']): RowDef {
  return { path, label: ROW_LABELS[path], get };
}

export const ROW = {
  newReceived: row('newReceived', (a) => a?.newReceived),
  carriedOver: row('carriedOver', (a) => a?.carriedOver),
  granted: row('granted', (a) => a?.granted),
  partiallyGranted: row('partiallyGranted', (a) => a?.partiallyGranted),
  totalProcessed: row('totalProcessed', (a) => a?.totalProcessed),
  carriedForward: row('carriedForward', (a) => a?.carriedForward),
} as const;

export const DENIED_ROWS: readonly RowDef[] = [
  row('denied.stateSecret', (a) => a?.denied?.stateSecret),
  row('denied.prohibitedByLaw', (a) => a?.denied?.prohibitedByLaw),
  row('denied.securityStability', (a) => a?.denied?.securityStability),
  row('denied.thirdPartyRights', (a) => a?.denied?.thirdPartyRights),
  row('denied.internalAffairs', (a) => a?.denied?.internalAffairs),
  row('denied.processInformation', (a) => a?.denied?.processInformation),
  row('denied.enforcementFiles', (a) => a?.denied?.enforcementFiles),
  row('denied.administrativeQuery', (a) => a?.denied?.administrativeQuery),
];

export const UNABLE_ROWS: readonly RowDef[] = [
  row('unableToProvide.notHeld', (a) => a?.unableToProvide?.notHeld),
  row('unableToProvide.needsCreation', (a) => a?.unableToProvide?.needsCreation),
  row('unableToProvide.unclear', (a) => a?.unableToProvide?.unclear),
];

export const NOT_PROCESSED_ROWS: readonly RowDef[] = [
  row('notProcessed.complaint', (a) => a?.notProcessed?.complaint),
  row('notProcessed.duplicate', (a) => a?.notProcessed?.duplicate),
  row('notProcessed.publication', (a) => a?.notProcessed?.publication),
  row('notProcessed.excessive', (a) => a?.notProcessed?.excessive),
  row('notProcessed.confirmation', (a) => a?.notProcessed?.confirmation),
];

/** （六） in the 2021 edition: three rows. */
export const OTHER_DISPOSAL_ROWS_2021: readonly RowDef[] = [
  row('otherDisposal.overdueCorrection', (a) => a?.otherDisposal?.overdueCorrection),
  row('otherDisposal.overdueFee', (a) => a?.otherDisposal?.overdueFee),
  row('otherDisposal.other', (a) => a?.otherDisposal?.other),
];

/** （六） in the 2019 edition: the single 其他处理 row. */
export const OTHER_DISPOSAL_ROWS_2019: readonly RowDef[] = [
  row('otherDisposal.total', (a) => a?.otherDisposal?.total),
];

/** A labelled block of rows that a message shows as one subtotal. */
export interface RowBlock {
  readonly label: string;
  readonly rows: readonly RowDef[];
}

/** The addends of （七）总计, as blocks (三、（一）…（六）), for one edition. */
export function disposalBlocks(otherDisposal: readonly RowDef[]): readonly RowBlock[] {
  return [
    { label: ROW.granted.label, rows: [ROW.granted] },
    { label: ROW.partiallyGranted.label, rows: [ROW.partiallyGranted] },
    { label: DISPOSAL_GROUP_LABELS.denied, rows: DENIED_ROWS },
    { label: DISPOSAL_GROUP_LABELS.unableToProvide, rows: UNABLE_ROWS },
    { label: DISPOSAL_GROUP_LABELS.notProcessed, rows: NOT_PROCESSED_ROWS },
    { label: DISPOSAL_GROUP_LABELS.otherDisposal, rows: otherDisposal },
  ];
}

function tableRows(otherDisposal: readonly RowDef[]): readonly RowDef[] {
  return [
    ROW.newReceived,
    ROW.carriedOver,
    ROW.granted,
    ROW.partiallyGranted,
    ...DENIED_ROWS,
    ...UNABLE_ROWS,
    ...NOT_PROCESSED_ROWS,
    ...otherDisposal,
    ROW.totalProcessed,
    ROW.carriedForward,
  ];
}

/** The 25 rows of the 2021 table, in table order. */
export const ROWS_2021: readonly RowDef[] = tableRows(OTHER_DISPOSAL_ROWS_2021);
/** The 23 rows of the 2019 table, in table order. */
export const ROWS_2019: readonly RowDef[] = tableRows(OTHER_DISPOSAL_ROWS_2019);

// ---------------------------------------------------------------------------
// Table 四

export type ReviewGroup = keyof ReviewLitigation;
export type Outcome = keyof Outcomes;

export const REVIEW_GROUPS: readonly ReviewGroup[] = ['review', 'litigationDirect', 'litigationAfterReview'];

export const REVIEW_GROUP_LABELS: Readonly<Record<ReviewGroup, string>> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

/** The four outcomes summed into 总计, in table order. */
export const OUTCOME_PARTS: readonly Outcome[] = ['upheld', 'corrected', 'other', 'pending'];
/** All five cells of a group, in table order. */
export const OUTCOMES: readonly Outcome[] = [...OUTCOME_PARTS, 'total'];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ---------------------------------------------------------------------------
// Table 二

/** count: non-negative integer; amount: non-negative number; change: integer, may be negative. */
export type ValueKind = 'count' | 'amount' | 'change';

/** One cell of table 二 that value checks read. */
export interface ActiveCellDef {
  /** full dotted path */
  readonly path: string;
  /** `行 · 列` label */
  readonly label: string;
  readonly kind: ValueKind;
  readonly get: (d: ActiveDisclosure | undefined) => unknown;
}

export const ACTIVE_ROW_LABELS_2021 = {
  rules: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费',
} as const;

export const ACTIVE_ROW_LABELS_2019 = {
  rules: '规章',
  normativeDocuments: '规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  penalty: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
} as const;

export const ACTIVE_COLUMN_LABELS_2021 = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（万元）',
} as const;

export const ACTIVE_COLUMN_LABELS_2019 = {
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousYear: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  projects: '采购项目数量',
  amount: '采购总金额',
} as const;

type Labels = Readonly<Record<string, string>>;

/**
 * Builds the table-二 cell list of one edition from (row, columns) pairs; the kind
 * follows the column (`change` may be negative, `amount` may be decimal, the rest are
 * counts). The accessor reads `activeDisclosure[row][column]`.
 */
function activeCells(
  rowLabels: Labels,
  columnLabels: Labels,
  spec: readonly (readonly [row: keyof ActiveDisclosure, columns: readonly string[]])[],
): readonly ActiveCellDef[] {
  const out: ActiveCellDef[] = [];
  for (const [rowKey, columns] of spec) {
    for (const column of columns) {
      out.push({
        path: `activeDisclosure.${rowKey}.${column}`,
        label: `${rowLabels[rowKey] ?? rowKey}·${columnLabels[column] ?? column}`,
        kind: column === 'change' ? 'change' : column === 'amount' ? 'amount' : 'count',
        get: (d) => (d?.[rowKey] as Readonly<Record<string, unknown>> | undefined)?.[column],
      });
    }
  }
  return out;
}

/** Table 二 cells of the 2021 edition (10). */
export const ACTIVE_CELLS_2021: readonly ActiveCellDef[] = activeCells(
  ACTIVE_ROW_LABELS_2021,
  ACTIVE_COLUMN_LABELS_2021,
  [
    ['rules', ['issued', 'repealed', 'inForce']],
    ['normativeDocuments', ['issued', 'repealed', 'inForce']],
    ['licensing', ['decisions']],
    ['penalty', ['decisions']],
    ['coercion', ['decisions']],
    ['fees', ['amount']],
  ],
);

/** Table 二 cells of the 2019 edition (22). */
export const ACTIVE_CELLS_2019: readonly ActiveCellDef[] = activeCells(
  ACTIVE_ROW_LABELS_2019,
  ACTIVE_COLUMN_LABELS_2019,
  [
    ['rules', ['newlyMade', 'newlyPublished', 'totalPublished']],
    ['normativeDocuments', ['newlyMade', 'newlyPublished', 'totalPublished']],
    ['licensing', ['previousYear', 'change', 'decisions']],
    ['otherServices', ['previousYear', 'change', 'decisions']],
    ['penalty', ['previousYear', 'change', 'decisions']],
    ['coercion', ['previousYear', 'change', 'decisions']],
    ['fees', ['previousYear', 'change']],
    ['procurement', ['projects', 'amount']],
  ],
);

/** A 2021-edition report on the older template: the single （六）其他处理 row holds numbers, the three sub-rows none. */
export function printsSingleOtherDisposal(report: Report): boolean {
  const other = report.applications?.otherDisposal;
  if (!other) return false;
  const filled = (row: Counts | undefined): boolean => row !== undefined && row !== null && Object.values(row).some((v) => typeof v === 'number');
  return filled(other.total) && !filled(other.overdueCorrection) && !filled(other.overdueFee) && !filled(other.other);
}
