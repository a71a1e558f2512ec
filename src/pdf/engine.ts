import { ReportParseError } from '../errors.js';
import type { PdfJsModule } from './pdfjs-types.js';
import { installDomMatrix } from './dom-matrix.js';

/**
 * Finding pdf.js. A caller may pass the module in (`options.pdfjs`: browsers, bundlers);
 * otherwise the optional peer dependency `pdfjs-dist` is imported on first use, so the core
 * entry never loads it.
 */
const LEGACY_BUILD = 'pdfjs-dist/legacy/build/pdf.mjs';
const WORKER_BUILD = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export const INSTALL_HINT = 'npm install pdfjs-dist@">=5.4.296 <5.7"';

let loaded: Promise<PdfJsModule> | undefined;

function isEngine(value: unknown): value is PdfJsModule {
  return typeof value === 'object' && value !== null && typeof (value as PdfJsModule).getDocument === 'function' && typeof (value as PdfJsModule).OPS === 'object';
}

/** Imports by a computed name, so bundlers of the core do not try to resolve pdf.js. */
function importByName(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ name);
}

async function importEngine(): Promise<PdfJsModule> {
  // The legacy build polyfills DOMMatrix from @napi-rs/canvas (optional); without it, this stand-in.
  installDomMatrix();
  let module: unknown;
  try {
    module = await importByName(LEGACY_BUILD);
  } catch (error) {
    throw new ReportParseError('PDF_ENGINE_MISSING', `reading PDFs needs pdf.js: ${INSTALL_HINT} (or pass the module as options.pdfjs)`, { cause: error });
  }
  if (!isEngine(module)) throw new ReportParseError('PDF_ENGINE_MISSING', `${LEGACY_BUILD} is not a pdf.js build; ${INSTALL_HINT}`);
  return module;
}

/**
 * For an in-process worker (no worker threads): pdf.js looks for its worker file next to
 * itself, which fails once the caller's code is bundled; giving it the module avoids that.
 */
export async function provideInProcessWorker(): Promise<void> {
  const host = globalThis as { pdfjsWorker?: unknown };
  if (host.pdfjsWorker !== undefined) return;
  try {
    host.pdfjsWorker = await importByName(WORKER_BUILD);
  } catch {
    // pdf.js then looks for the worker itself.
  }
}

/** The pdf.js module to use: the caller's, or the installed pdfjs-dist (imported once). */
export function loadEngine(given: unknown): Promise<PdfJsModule> {
  if (given !== undefined) {
    if (!isEngine(given)) return Promise.reject(new ReportParseError('INVALID_OPTIONS', 'options.pdfjs must be the pdf.js module (with getDocument and OPS)'));
    return Promise.resolve(given);
  }
  if (!loaded) {
    loaded = importEngine();
    // A failed import is retried next time (the user may install pdfjs-dist meanwhile).
    loaded.catch(() => {
      loaded = undefined;
    });
  }
  return loaded;
}
