/**
 * The few members of pdf.js this reader uses, described here so the public `.d.ts` never
 * references pdf.js's own types (they need `lib: dom` and a particular pdfjs-dist version).
 */

export interface PdfJsTextItem {
  str: string;
  dir?: string;
  width: number;
  height: number;
  transform: number[];
  fontName?: string;
  hasEOL?: boolean;
}

export interface PdfJsTextContent {
  items: ReadonlyArray<PdfJsTextItem | { type: string }>;
}

export interface PdfJsOperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface PdfJsViewport {
  width: number;
  height: number;
  transform: number[];
}

export interface PdfJsPage {
  rotate: number;
  view: number[];
  getViewport(params: { scale: number }): PdfJsViewport;
  getTextContent(params?: object): Promise<PdfJsTextContent>;
  getOperatorList(params?: object): Promise<PdfJsOperatorList>;
  cleanup?(): unknown;
}

export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ info?: unknown }>;
}

export interface PdfJsLoadingTask {
  promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
  onPassword?: unknown;
}

/** The pdf.js module (`pdfjs-dist/legacy/build/pdf.mjs` or the browser build). */
export interface PdfJsModule {
  getDocument(source: Record<string, unknown>): PdfJsLoadingTask;
  OPS: Record<string, number>;
  version?: string;
  PDFWorker?: new (params: { port: unknown; verbosity?: number }) => PdfJsWorker;
}

export interface PdfJsWorker {
  destroy(): unknown;
}
