/**
 * zfxxgk: 政府信息公开工作年度报告 → JSON.
 *
 * `parseReport(input)` reads one report in any of the shapes users meet; `validate(report)`
 * checks the arithmetic the official format defines. Named exports only.
 */
export { createParser, parseReport, type ParseOptions, type Parser, type ParserOptions } from './parse.js';
export { validate } from './validate/index.js';
export type { Check, CheckCode, CheckStatus, ValidateOptions, ValidationIssue, ValidationResult } from './validate/index.js';
export { ReportParseError, type ReportParseErrorCode } from './errors.js';
export { ReportSchemaError, assertSchema, checkSchema, type SchemaProblem } from './schema/check-schema.js';
export { decode } from './decode/index.js';
export { gluedAdapter, htmlAdapter, layoutAdapter, linesAdapter, markdownAdapter, pipeAdapter, tsvAdapter, builtinAdapters } from './adapters/index.js';
export { WARNING_CATALOGUE, WARNING_CODES, type WarningCode } from './warnings.js';
export type { Adapter, Block, NoteBlock, ParagraphBlock, SourceCell, TableBlock } from './model.js';
export type { IdentityCode } from './table-model/index.js';
export type * from './types.js';
export { validateSeries } from './audit/series.js';
export { organizationKey } from './audit/organization-key.js';
export type {
  ProseCheck,
  ProseResult,
  ProseSection,
  SeriesCheck,
  SeriesCheckCode,
  SeriesCheckStatus,
  SeriesOptions,
  SeriesResult,
} from './audit/types.js';
export { checkProse } from './audit/prose/check-prose.js';
export { readStatements, type ReadOptions, type ReadResult, type Statement } from './audit/prose/statements.js';
export type { Phrase } from './audit/prose/vocabulary.js';
export { auditPage, type AuditEntry, type AuditPageOptions } from './audit/page/audit-page.js';
