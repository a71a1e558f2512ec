/**
 * The phrasings that name one table field, tested on the corpus prose.
 *
 * A statement is a number with its unit (`57件`) and its lead: the words of the clause
 * before it, back to the previous number. A phrase matches when the lead, with fillers such
 * as 共/共计/数 removed from its end, ends with `ending`, contains `verb` (when given) and
 * none of `not`, and the whole sentence matches `context` (when given). A lead that matches
 * two phrases is skipped. The phrases are deliberately narrow: `依申请公开130条` (documents
 * classed as disclosable on request) and `行政许可类信息126条` (a category of published
 * documents) name no table field, and must never match.
 */
import type { Edition } from '../../types.js';

export interface Phrase {
  /** what the statement is about, for messages */
  readonly label: string;
  /** field paths whose sum the statement gives, per edition; null: not in that edition */
  readonly paths: (edition: Edition) => readonly string[] | null;
  readonly ending: RegExp;
  readonly verb?: RegExp;
  readonly not?: RegExp;
  readonly context?: RegExp;
}

const both = (paths: readonly string[]) => () => paths;
const edition2021 = (paths: readonly string[]) => (e: Edition) => (e === '2021' ? paths : null);
const byEdition = (p2021: readonly string[], p2019: readonly string[]) => (e: Edition) =>
  e === '2021' ? p2021 : e === '2019' ? p2019 : null;

const APPLICANT_ORGS = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'];

/** Words that make a lead about the receipt of applications. */
const RECEIVED = /收到|受理|接收|接到|新收/;
/** A sentence about applications. */
const ABOUT_APPLICATIONS = /申请/;

export const PHRASES: readonly Phrase[] = [
  {
    label: '一、本年新收政府信息公开申请数量·总计',
    paths: /* @__PURE__ */ both(['applications.newReceived.total']),
    verb: RECEIVED,
    ending: /(?:政府信息公开|信息公开|政府信息|依申请公开|公开)?申请(?:书)?$|依申请公开$|申请公开政府信息的(?:要求|请求)$/,
    // an applicant type names its column, not the total
    not: /办理|答复|办结|处理|转办|信访|投诉|咨询|诉求|复议|诉讼|上年|结转|自然人|法人|企业|组织|机构/,
  },
  {
    label: '一、本年新收政府信息公开申请数量·自然人',
    paths: /* @__PURE__ */ both(['applications.newReceived.naturalPerson']),
    ending: /自然人(?:提出)?(?:的)?申请$/,
    context: RECEIVED,
    not: /办理|答复|办结|上年|结转/,
  },
  {
    label: '一、本年新收政府信息公开申请数量·法人或其他组织',
    paths: /* @__PURE__ */ both(/* @__PURE__ */ APPLICANT_ORGS.map((c) => `applications.newReceived.${c}`)),
    ending: /法人(?:或其他组织|和其他组织|及其他组织)?(?:提出)?(?:的)?申请$/,
    context: RECEIVED,
    not: /办理|答复|办结|上年|结转/,
  },
  {
    label: '三、（一）予以公开·总计',
    paths: /* @__PURE__ */ both(['applications.granted.total']),
    ending: /(?:同意|予以)公开(?:答复)?$/,
    context: ABOUT_APPLICATIONS,
    not: /主动|部分|区分|不予|全部予以公开/,
  },
  {
    label: '三、（二）部分公开·总计',
    paths: /* @__PURE__ */ both(['applications.partiallyGranted.total']),
    ending: /(?:部分公开|区分处理后(?:予以)?公开)(?:答复)?$/,
    context: ABOUT_APPLICATIONS,
    not: /主动/,
  },
  {
    label: '三、（四）无法提供·总计',
    paths: /* @__PURE__ */ both(/* @__PURE__ */ ['notHeld', 'needsCreation', 'unclear'].map((r) => `applications.unableToProvide.${r}.total`)),
    ending: /无法提供(?:相关)?(?:政府)?(?:信息)?$/,
    context: ABOUT_APPLICATIONS,
  },
  {
    label: '二、上年结转政府信息公开申请数量·总计',
    paths: /* @__PURE__ */ both(['applications.carriedOver.total']),
    ending: /上(?:一)?年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?$/,
  },
  {
    label: '四、结转下年度继续办理·总计',
    paths: /* @__PURE__ */ both(['applications.carriedForward.total']),
    ending: /结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?(?:的)?(?:政府信息公开)?(?:申请)?$/,
  },
  {
    label: '行政复议·总计',
    paths: /* @__PURE__ */ both(['reviewLitigation.review.total']),
    verb: /信息公开|依申请公开/,
    ending: /(?:被申请|提起|发生)?行政复议(?:案件)?$/,
    not: /诉讼/,
  },
  {
    label: '行政诉讼·总计（未经复议直接起诉+复议后起诉）',
    paths: /* @__PURE__ */ both(['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total']),
    verb: /信息公开|依申请公开/,
    ending: /(?:被提起|提起|发生)?行政诉讼(?:案件)?$/,
    not: /复议/,
  },
  {
    label: '行政许可·处理决定数量',
    paths: /* @__PURE__ */ both(['activeDisclosure.licensing.decisions']),
    ending: /行政许可(?:处理)?决定(?:书)?$/,
    not: /信息|公示|公开/,
  },
  {
    label: '行政处罚·处理决定数量',
    paths: /* @__PURE__ */ both(['activeDisclosure.penalty.decisions']),
    ending: /行政处罚(?:处理)?决定(?:书)?$/,
    not: /信息|公示|公开/,
  },
  {
    label: '行政强制·处理决定数量',
    paths: /* @__PURE__ */ both(['activeDisclosure.coercion.decisions']),
    ending: /行政强制(?:处理)?决定(?:书)?$/,
    not: /信息|公示|公开/,
  },
  {
    label: '规范性文件·本年制发件数（2019版：本年新制作数量）',
    paths: /* @__PURE__ */ byEdition(['activeDisclosure.normativeDocuments.issued'], ['activeDisclosure.normativeDocuments.newlyMade']),
    verb: /制发|制定|出台|印发/,
    ending: /(?:行政)?规范性文件$/,
    not: /信息|类|解读|废止|有效|清理|备案|审查|政策/,
  },
  {
    label: '行政规范性文件·本年废止件数',
    paths: /* @__PURE__ */ edition2021(['activeDisclosure.normativeDocuments.repealed']),
    verb: /废止/,
    ending: /(?:行政)?规范性文件$/,
    not: /信息|类|有效|制发|制定|出台|印发|清理/,
  },
  {
    label: '行政规范性文件·现行有效件数',
    paths: /* @__PURE__ */ edition2021(['activeDisclosure.normativeDocuments.inForce']),
    ending: /现行有效(?:的)?(?:行政)?规范性文件$/,
    not: /信息|类/,
  },
  {
    label: '规章·本年制发件数（2019版：本年新制作数量）',
    paths: /* @__PURE__ */ byEdition(['activeDisclosure.rules.issued'], ['activeDisclosure.rules.newlyMade']),
    verb: /制发|制定|出台|印发/,
    ending: /(?:政府)?规章$/,
    not: /信息|类|解读|废止|有效|规范性文件|法规/,
  },
];
