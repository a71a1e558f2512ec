import type { Block } from '../model.js';
import { ReportParseError } from '../errors.js';
import { placeActiveDisclosure, scanActiveDisclosure } from '../recognizers/active-disclosure.js';
import { placeApplications, scanApplications } from '../recognizers/applications.js';
import { isPageNumberTrimmed } from '../recognizers/cells.js';
import { decideEdition } from '../recognizers/edition.js';
import { tableStreams } from '../recognizers/table-streams.js';
import { findTitle, organizationFromText, organizationFromTitle, yearFromText, yearFromTitle } from '../recognizers/meta.js';
import { placeReviewLitigation } from '../recognizers/review-litigation.js';
import { sectionText } from '../recognizers/text.js';
import { emptyReport } from './empty.js';
import { assertSchema } from '../schema/check-schema.js';
import { splitSections } from '../sections/split.js';
import type { Report, Script } from '../types.js';
import { Warnings } from '../warnings.js';

/** What the pipeline knows about the input besides its blocks. */
export interface BlockContext {
  /** the adapter that produced the blocks, reported as `meta.layout` */
  layout: string;
  script: Script;
  /** the whole normalized text, for meta found in prose (统计期限, the agency's name) */
  text: string;
  /** add `report.sources`: where each number came from */
  sources?: boolean;
}

/**
 * Blocks → Report: sections → recognizers → meta and text → schema check. Every input
 * shape (text adapters, the PDF reader) ends here, so there is one recognizer path.
 */
export function reportFromBlocks(input: readonly Block[], context: BlockContext): Report {
  const warnings = new Warnings();
  if (context.sources === true) warnings.sources = {};
  const blocks: Block[] = [];
  for (const block of input) {
    if (block.kind === 'note') warnings.note(block.code, block.message, { path: block.path, line: block.line, via: block.via });
    else blocks.push(block);
    // PDF page numbers (`- 4 -`) are skipped wherever they fall, in tables and in prose.
    if (block.kind === 'paragraph' && isPageNumberTrimmed(block.text)) {
      warnings.add('TEXT_DROPPED', `删除了页码「${block.text.trim()}」`, { line: block.line });
    }
  }
  const report = emptyReport(context.layout);
  report.meta.script = context.script;

  const sections = splitSections(blocks, warnings);
  // One line is one cell in the `lines` shape; elsewhere a paragraph may be a flattened row.
  const streams = tableStreams(sections, blocks);
  const active = streams.active ? scanActiveDisclosure(streams.active, warnings) : null;
  const applications = streams.applications ? scanApplications(streams.applications, warnings) : null;
  const rowsFound = (active?.rows.size ?? 0) + (applications?.rows.size ?? 0);

  const sectionsFound = sections.body.filter((b) => b !== null).length;
  const mentionsDisclosure = /信息公开|政务公开/.test(context.text.slice(0, 200_000));
  if (!mentionsDisclosure || (sectionsFound < 2 && rowsFound < 5)) {
    throw new ReportParseError('NOT_A_REPORT', 'the input has neither the sections nor the tables of a 政府信息公开工作年度报告');
  }

  // Meta first: the year breaks an edition tie.
  const title = findTitle(sections.before, blocks);
  const fullText = context.text;
  report.meta.title = title;
  report.meta.organization = (title !== null ? organizationFromTitle(title) : null) ?? organizationFromText(fullText);
  report.meta.year = (title !== null ? yearFromTitle(title) : null) ?? yearFromText(fullText);
  if (title === null) warnings.add('META_MISSING', '未找到报告标题', { path: 'meta.title' });
  if (report.meta.organization === null) warnings.add('META_MISSING', '未找到报告机关名称', { path: 'meta.organization' });
  if (report.meta.year === null) warnings.add('META_MISSING', '未找到报告年度', { path: 'meta.year' });

  const edition = decideEdition(
    (active?.evidence2021 ?? 0) + (applications?.evidence2021 ?? 0),
    (active?.evidence2019 ?? 0) + (applications?.evidence2019 ?? 0),
    rowsFound,
    report.meta.year,
    warnings,
  );
  report.meta.edition = edition;
  if (edition !== 'unknown') {
    if (active && active.rows.size > 0) placeActiveDisclosure(active, edition, report.activeDisclosure, warnings);
    else warnings.add('TABLE_MISSING', '未找到“主动公开政府信息情况”表格', { path: 'activeDisclosure' });
    if (applications && applications.rows.size > 0) placeApplications(applications, edition, report.applications, warnings);
    else warnings.add('TABLE_MISSING', '未找到“收到和处理政府信息公开申请情况”表格', { path: 'applications' });
    if (!streams.review || !placeReviewLitigation(streams.review, report.reviewLitigation, warnings)) {
      warnings.add('TABLE_MISSING', '未找到“行政复议、行政诉讼情况”表格', { path: 'reviewLitigation' });
    }
  }

  report.text.overview = sectionText(sections.body[1] ?? null);
  report.text.problems = sectionText(sections.body[5] ?? null);
  report.text.other = sectionText(sections.body[6] ?? null);
  const prose = [[1, 'text.overview', '一、总体情况'], [5, 'text.problems', '五、存在的主要问题及改进情况'], [6, 'text.other', '六、其他需要报告的事项']] as const;
  for (const [k, path, heading] of prose) {
    if (sections.body[k] === null) warnings.add('SECTION_MISSING', `未找到“${heading}”部分`, { path });
  }

  report.warnings = warnings.list;
  if (warnings.sources !== null) report.sources = warnings.sources;
  assertSchema(report);
  return report;
}
