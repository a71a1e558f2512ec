import { ReportParseError } from '../errors.js';
import type { PdfJsLoadingTask } from './pdfjs-types.js';

/** pdf.js's exceptions → our codes: no pdf.js exception ever reaches the caller. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function pdfError(error: unknown): ReportParseError {
  if (error instanceof ReportParseError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new ReportParseError('PDF_ENCRYPTED', 'the PDF is encrypted and needs a password to open', { cause: error });
  if (name === 'InvalidPDFException') return new ReportParseError('PDF_INVALID', `not a readable PDF: ${describe(error)}`, { cause: error });
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return new ReportParseError('PDF_TOO_LARGE', 'reading the PDF needed more memory than allowed', { cause: error });
  if (error instanceof RangeError) return new ReportParseError('PDF_TOO_LARGE', `the PDF exceeds what can be held in memory: ${describe(error)}`, { cause: error });
  return new ReportParseError('PDF_INVALID', `the PDF could not be read: ${describe(error)}`, { cause: error });
}

/** Destroys a loading task; gives up waiting after a moment (a killed worker never answers). */
export async function closeQuietly(task: PdfJsLoadingTask | undefined): Promise<void> {
  if (!task) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([task.destroy(), new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
  } catch {
    // already closed or failed: nothing left to free
  } finally {
    clearTimeout(timer);
  }
}
