/**
 * The catalogue of warning codes the built-in pipeline emits: what each means. Messages are
 * Chinese prose built where the warning is raised; the code and `path` are the stable part.
 */
export const WARNING_CATALOGUE = {
  TABLE_MISSING: 'a table (二, 三 or 四) was not found; its fields are null',
  SECTION_MISSING: 'a prose section (一, 五 or 六) was not found; its text is null',
  ROW_MISSING: 'a row of the edition was not found; its fields are null',
  CELL_MISSING: 'a row was found but no value was read from it',
  CELL_UNPLACED: 'values were read but their columns (or row) are not certain; they are quoted and not placed',
  ROW_VALUE_COUNT: 'a row has more or fewer cells than the table has columns',
  VALUE_INFERRED: 'a placement was not given by the source but is the only one the table’s arithmetic allows; `via` names the identities, which validate() then does not count as evidence',
  PLACEHOLDER: 'a placeholder (—, /, 无 …) was read as null',
  NOT_A_NUMBER: 'text in a value cell was read as null',
  NUMBER_SPLIT: 'a number broken by spaces or line wrapping was not joined; null',
  UNIT_IN_CELL: 'a cell writes a unit other than the column’s; the value is null rather than a number in the wrong unit',
  GLUED_AMBIGUOUS: 'a glued digit run has more than one split into the row’s cells (or none); the row is null',
  EXTRA_COLUMN: 'the table has a column outside the model (e.g. a 法人或其他组织 subtotal); not read',
  EXTRA_ROW: 'the table has a row outside the edition (e.g. a 小计 row); not read',
  DUPLICATE_ROW: 'a row appears twice; the first occurrence with values is kept',
  MIXED_EDITION: 'a 2021-edition report prints the 2019 single （六）其他处理 row; it fills otherDisposal.total',
  MULTIPLE_REPORTS: 'the input holds more than one report; only the first is read',
  META_MISSING: 'the title, organization or year was not found (or not certain); null',
  EDITION_UNKNOWN: 'the tables do not show their edition',
  TEXT_DROPPED: 'text was dropped as page chrome, a page number or a running header',
} as const;

export type WarningCode = keyof typeof WARNING_CATALOGUE;

/** Every warning code the built-in pipeline emits. */
export const WARNING_CODES = Object.keys(WARNING_CATALOGUE) as WarningCode[];
