/**
 * The document model adapters produce and recognizers read.
 *
 * An adapter turns one input shape (HTML, TSV, pipe table, one-cell-per-line text, glued
 * text export) into a flat list of blocks in reading order. Recognizers never see the
 * input shape, only these blocks.
 */
import type { IdentityCode } from './table-model/index.js';

/** One table cell as the source gave it. */
export interface SourceCell {
  /** the cell's text, whitespace kept as read (recognizers trim it) */
  text: string;
  /** 1-based line of the (normalized) input the cell came from */
  line: number;
  /** 1-based character column in that line where the cell starts (HTML: its `<td>`), where known */
  column?: number;
  /** rows the cell spans (HTML rowspan), 1 when the source has no spans */
  rowSpan?: number;
  /** columns the cell spans (HTML colspan), 1 when the source has no spans */
  colSpan?: number;
  /** the cell's first column (0-based) in the span-expanded grid, where the source has a grid */
  col?: number;
  /** PDF sources: the 1-based page the cell is on */
  page?: number;
  /** PDF sources: the cell's box in PDF points, `[x0, y0, x1, y1]`, y upwards */
  box?: readonly [number, number, number, number];
}

/** A table: rows of cells. Spanned positions hold no cell (a cell appears once, with its spans). */
export interface TableBlock {
  kind: 'table';
  rows: SourceCell[][];
  line: number;
}

/**
 * A paragraph of text. Inside the table sections (二, 三, 四) a paragraph is read as one
 * cell: the `lines` adapter returns every input line as a paragraph, and an empty `text`
 * there is a blank cell.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
  /** 1-based character column in that line where the text starts, where known */
  column?: number;
}

/**
 * Something the adapter itself has to report: text it read past (page chrome outside the
 * article), a run it could not split. Becomes a warning with this code; never content.
 */
export interface NoteBlock {
  kind: 'note';
  /** a warning code, upper snake case (`TEXT_DROPPED`, `GLUED_AMBIGUOUS`, or the adapter's own) */
  code: string;
  message: string;
  line: number;
  /** the report field the note is about, when there is one */
  path?: string;
  /** VALUE_INFERRED: the table identities the adapter inferred a placement from */
  via?: IdentityCode[];
}

export type Block = TableBlock | ParagraphBlock | NoteBlock;

/**
 * A table adapter: reads one shape of input into blocks.
 *
 * `detect` returns a confidence from 0 (not this shape) to 1 (certainly this shape); the
 * highest wins unless `options.layout` names an adapter. `read` never throws on content.
 */
export interface Adapter {
  /** unique name, reported as `meta.layout` */
  name: string;
  /**
   * What the adapter's tables give: `grid` (default) — each row's cells in column order with
   * explicit blanks, `col`/`rowSpan`/`colSpan` where the source has spans, so a value is placed
   * by its position; `stream` — one cell per paragraph with positions lost (blank cells may
   * have vanished), so values are placed by order only where that is certain.
   */
  kind?: 'grid' | 'stream';
  detect(text: string): number;
  read(text: string): Block[];
}
