import { adapterList, chooseAdapter, describe, readWith } from './adapters/choose.js';
import { ReportParseError } from './errors.js';
import type { Adapter, Block } from './model.js';
import { normalize } from './normalize/index.js';
import { placeActiveDisclosure, scanActiveDisclosure } from './recognizers/active-disclosure.js';
import { placeApplications, scanApplications } from './recognizers/applications.js';
import { PAGE_NUMBER } from './recognizers/cells.js';
import { decideEdition } from './recognizers/edition.js';
import { tableStreams } from './recognizers/table-streams.js';
import { findTitle, organizationFromText, organizationFromTitle, yearFromText, yearFromTitle } from './recognizers/meta.js';
import { placeReviewLitigation } from './recognizers/review-litigation.js';
import { sectionText } from './recognizers/text.js';
import { emptyReport } from './report/empty.js';
import { assertSchema } from './schema/check-schema.js';
import { splitSections } from './sections/split.js';
import type { Report } from './types.js';
import { Warnings } from './warnings.js';

export interface ParseOptions {
  /** force the adapter with this name (`html`, `tsv`, `pipe`, `lines`, `glued`, or a custom one) */
  layout?: string;
  /** extra adapters, tried before the built-ins (and winning ties against them) */
  adapters?: readonly Adapter[];
}

const MAX_INPUT = 64 * 1024 * 1024;

/**
 * Parses one report into the fixed `Report` shape.
 *
 * normalize → adapter (detect, read) → sections → recognizers → meta and text → schema
 * check. Content problems become `warnings`; only input that is not a report at all,
 * bad options or a broken adapter throw a {@link ReportParseError}.
 */
export async function parseReport(input: string, options: ParseOptions = {}): Promise<Report> {
  if (typeof input !== 'string') throw new ReportParseError('INVALID_INPUT', 'parseReport() takes the report as a string');
  if (options === null || typeof options !== 'object') throw new ReportParseError('INVALID_OPTIONS', 'options must be an object');
  if (input.trim() === '') throw new ReportParseError('EMPTY_INPUT', 'the input is empty');
  if (input.length > MAX_INPUT) throw new ReportParseError('INVALID_INPUT', `the input is ${input.length} characters; the limit is ${MAX_INPUT}`);
  // Options are read once, here: a throwing getter or a revoked proxy is the caller's error.
  let layout: unknown;
  let custom: unknown;
  try {
    ({ layout, adapters: custom } = options);
  } catch (error) {
    throw new ReportParseError('INVALID_OPTIONS', `options could not be read: ${describe(error)}`, { cause: error });
  }
  const adapters = adapterList(custom);

  const normalized = await normalize(input);
  const adapter = chooseAdapter(adapters, normalized.text, layout);
  const read = readWith(adapter, normalized.text);

  const warnings = new Warnings();
  const blocks: Block[] = [];
  for (const block of read) {
    if (block.kind === 'note') warnings.note(block.code, block.message, { path: block.path, line: block.line });
    else blocks.push(block);
    // PDF page numbers (`- 4 -`) are skipped wherever they fall, in tables and in prose.
    if (block.kind === 'paragraph' && PAGE_NUMBER.test(block.text.trim())) {
      warnings.add('TEXT_DROPPED', `删除了页码「${block.text.trim()}」`, { line: block.line });
    }
  }
  const report = emptyReport(adapter.name);
  report.meta.script = normalized.script;

  const sections = splitSections(blocks, warnings);
  // One line is one cell in the `lines` shape; elsewhere a paragraph may be a flattened row.
  const streams = tableStreams(sections, blocks, adapter.name !== 'lines' && adapter.name !== 'glued');
  const active = streams.active ? scanActiveDisclosure(streams.active, warnings) : null;
  const applications = streams.applications ? scanApplications(streams.applications, warnings) : null;
  const rowsFound = (active?.rows.size ?? 0) + (applications?.rows.size ?? 0);

  const sectionsFound = sections.body.filter((b) => b !== null).length;
  const mentionsDisclosure = /信息公开|政务公开/.test(normalized.text.slice(0, 200_000));
  if (!mentionsDisclosure || (sectionsFound < 2 && rowsFound < 5)) {
    throw new ReportParseError('NOT_A_REPORT', 'the input has neither the sections nor the tables of a 政府信息公开工作年度报告');
  }

  // Meta first: the year breaks an edition tie.
  const title = findTitle(sections.before, blocks);
  const fullText = normalized.text;
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
  assertSchema(report);
  return report;
}
