/**
 * The report model: the exact JSON shape `parseReport()` returns.
 *
 * Field paths are the contract (see README "Field model" and schema/report.schema.json).
 * Every numeric cell is `number | null`: `null` means the source cell was blank, a
 * placeholder, or could not be placed. The shape is fixed: every key is always present,
 * whatever the edition; keys that belong only to the other edition are always `null`.
 */
import type { IdentityCode } from './table-model/index.js';
import type { WarningCode } from './warning-codes.js';

/** Which national table format the report follows. */
export type Edition = '2021' | '2019' | 'unknown';

/** The script the input was written in (output text is always simplified). */
export type Script = 'simplified' | 'traditional';

/** A number read from one table cell, or null when the cell was blank or unreadable. */
export type Cell = number | null;

/** One row of table 三: the seven applicant columns. */
export interface Counts {
  /** 自然人 */
  naturalPerson: Cell;
  /** 法人或其他组织 · 商业企业 */
  commercial: Cell;
  /** 法人或其他组织 · 科研机构 */
  research: Cell;
  /** 法人或其他组织 · 社会公益组织 */
  socialWelfare: Cell;
  /** 法人或其他组织 · 法律服务机构 */
  legalService: Cell;
  /** 法人或其他组织 · 其他 */
  otherOrg: Cell;
  /** 总计 */
  total: Cell;
}

export type CountsColumn = keyof Counts;

/** 规章 / 规范性文件 rows of table 二, 第二十条第（一）项. */
export interface DocumentCounts {
  /** 2021: 本年制发件数 */
  issued: Cell;
  /** 2021: 本年废止件数 */
  repealed: Cell;
  /** 2021: 现行有效件数 */
  inForce: Cell;
  /** 2019: 本年新制作数量 */
  newlyMade: Cell;
  /** 2019: 本年新公开数量 */
  newlyPublished: Cell;
  /** 2019: 对外公开总数量 */
  totalPublished: Cell;
}

/** 行政许可 / 其他对外管理服务事项 / 行政处罚 / 行政强制 rows of table 二. */
export interface DecisionCounts {
  /** 本年处理决定数量 (2021) / 处理决定数量 (2019) */
  decisions: Cell;
  /** 2019: 上一年项目数量 */
  previousYear: Cell;
  /** 2019: 本年增/减 (may be negative) */
  change: Cell;
}

/** 行政事业性收费 row of table 二. */
export interface Fees {
  /** 2021: 本年收费金额（单位：万元）, may be decimal */
  amount: Cell;
  /** 2019: 上一年项目数量 */
  previousYear: Cell;
  /** 2019: 本年增/减 (may be negative) */
  change: Cell;
}

/** 政府集中采购 row of table 二 (2019 edition only). */
export interface Procurement {
  /** 采购项目数量 */
  projects: Cell;
  /** 采购总金额, as written (unit in amountUnit) */
  amount: Cell;
  /** unit written with the amount or in its header (`元`, `万元`), null if none */
  amountUnit: string | null;
}

/** Table 二: 主动公开政府信息情况. */
export interface ActiveDisclosure {
  rules: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: DecisionCounts;
  /** 2019 only: 其他对外管理服务事项 */
  otherServices: DecisionCounts;
  penalty: DecisionCounts;
  coercion: DecisionCounts;
  fees: Fees;
  /** 2019 only: 第二十条第（九）项 政府集中采购 */
  procurement: Procurement;
}

/** Table 三: 收到和处理政府信息公开申请情况. */
export interface Applications {
  newReceived: Counts;
  carriedOver: Counts;
  granted: Counts;
  partiallyGranted: Counts;
  denied: {
    stateSecret: Counts;
    prohibitedByLaw: Counts;
    securityStability: Counts;
    thirdPartyRights: Counts;
    internalAffairs: Counts;
    processInformation: Counts;
    enforcementFiles: Counts;
    administrativeQuery: Counts;
  };
  unableToProvide: {
    notHeld: Counts;
    needsCreation: Counts;
    unclear: Counts;
  };
  notProcessed: {
    complaint: Counts;
    duplicate: Counts;
    publication: Counts;
    excessive: Counts;
    confirmation: Counts;
  };
  otherDisposal: {
    /** 2021: 1.申请人无正当理由逾期不补正… */
    overdueCorrection: Counts;
    /** 2021: 2.申请人逾期未按收费通知要求缴纳费用… */
    overdueFee: Counts;
    /** 2021: 3.其他 */
    other: Counts;
    /** 2019: the single （六）其他处理 row */
    total: Counts;
  };
  totalProcessed: Counts;
  carriedForward: Counts;
}

/** One group of table 四. */
export interface Outcomes {
  /** 结果维持 */
  upheld: Cell;
  /** 结果纠正 */
  corrected: Cell;
  /** 其他结果 */
  other: Cell;
  /** 尚未审结 */
  pending: Cell;
  /** 总计 */
  total: Cell;
}

/** Table 四: 行政复议、行政诉讼情况. */
export interface ReviewLitigation {
  /** 行政复议 */
  review: Outcomes;
  /** 行政诉讼 · 未经复议直接起诉 */
  litigationDirect: Outcomes;
  /** 行政诉讼 · 复议后起诉 */
  litigationAfterReview: Outcomes;
}

/** A code a custom adapter's note block raised (upper snake case), outside the built-in catalogue. */
export type CustomWarningCode = string & { readonly __customWarningCode: unique symbol };

/** One guess or loss the parser reports. `code` is stable; `message` is prose. */
export interface Warning {
  /** one of {@link WarningCode} (see `WARNING_CATALOGUE`), or a custom adapter's own code */
  code: WarningCode | CustomWarningCode;
  message: string;
  /** dotted field path into the report, e.g. `applications.denied.stateSecret.total` */
  path?: string;
  /** 1-based line of the (normalized) input the warning is about */
  line?: number;
  /** VALUE_INFERRED: the identities the placement was inferred from (validate() does not count them as evidence) */
  via?: IdentityCode[];
}

export interface Meta {
  title: string | null;
  organization: string | null;
  year: number | null;
  edition: Edition;
  layout: string;
  script: Script;
}

export interface ReportText {
  /** 一、总体情况 */
  overview: string | null;
  /** 五、存在的主要问题及改进情况 */
  problems: string | null;
  /** 六、其他需要报告的事项 */
  other: string | null;
}

/** Where one field's number came from in the input (`parseReport(input, { sources: true })`). */
export interface FieldSource {
  /** the cell's text as read (normalized: full-width digits as ASCII, simplified script) */
  text: string;
  /** 1-based line of the (normalized) input; normalization keeps the line count */
  line: number;
  /** 1-based character column in that line where the cell starts (HTML: its `<td>`), where known */
  column?: number;
  /** `zfxxgk/pdf`: the 1-based page */
  page?: number;
  /** `zfxxgk/pdf`: the cell's box in PDF points, `[x0, y0, x1, y1]`, y upwards */
  box?: [number, number, number, number];
}

export interface Report {
  meta: Meta;
  text: ReportText;
  activeDisclosure: ActiveDisclosure;
  applications: Applications;
  reviewLitigation: ReviewLitigation;
  warnings: Warning[];
  /** only with `{ sources: true }`: for every non-null number, keyed by its field path (`applications.newReceived.total`) */
  sources?: Record<string, FieldSource>;
}
