/**
 * CLI error kinds and the one-line wording of system errors.
 */

/** A bad command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EEXIST: 'file exists',
};

/** A short, single-line reason for a failed file-system call (no stack, no syscall noise). */
export function reason(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(REASONS, code)) return REASONS[code]!;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return oneLine(message);
  }
  return oneLine(String(error));
}

/** Collapses line breaks so every diagnostic stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
