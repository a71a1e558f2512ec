/**
 * zfxxgk/pdf: a report PDF → the same `Report` as every other shape.
 *
 * pdf.js (the optional peer dependency `pdfjs-dist`, or `options.pdfjs`) gives text items
 * with positions and the page's drawing operators; table grids come from the drawn borders,
 * so every value is placed by its cell, not guessed from text order. The blocks then go
 * through the one pipeline all shapes share (`reportFromBlocks`).
 */
import { ReportParseError } from '../errors.js';
import { reportFromBlocks } from '../report/from-blocks.js';
import type { Report } from '../types.js';
import { describe } from './errors-map.js';
import { type PdfParseOptions, resolveOptions } from './options.js';
import { readPdf } from './read.js';

export { ReportParseError, type ReportParseErrorCode } from '../errors.js';
export type { Report } from '../types.js';
export { isPdf } from './is-pdf.js';
export type { PdfParseOptions, PdfTimings } from './options.js';

/**
 * Parses a report PDF (`Uint8Array` or `ArrayBuffer`; the caller's buffer is not touched).
 * Throws {@link ReportParseError}: `PDF_*` codes for PDFs that cannot be read (see the
 * README), `NOT_A_REPORT` for readable PDFs that are not a report.
 */
export async function parsePdf(data: Uint8Array | ArrayBuffer, options: PdfParseOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options);
  const content = await readPdf(data, resolved);
  const t = performance.now();
  try {
    return reportFromBlocks(content.blocks, { layout: 'pdf', script: content.script, text: content.text, sources: resolved.sources });
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('INVALID_INPUT', `the PDF's content could not be read as a report: ${describe(error)}`, { cause: error });
  } finally {
    resolved.timings.rest += performance.now() - t;
  }
}
