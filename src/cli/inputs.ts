/**
 * Command-line inputs → the list of reports to read: files as given, directories searched
 * recursively for report files, `-` for standard input.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, relative, sep } from 'node:path';

import { reason } from './errors.js';

/** Extensions read when searching a directory. */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.shtml', '.xhtml'];
const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm', '.shtml', '.xhtml'];

/** What stands for standard input in messages, `file` fields and CSV. */
export const STDIN_NAME = '<stdin>';

export interface Input {
  /** the path as shown to the user: the argument, or the argument joined with the path below it */
  name: string;
  kind: 'file' | 'stdin';
  /** the output file below --out, before `.json` is added (`seed-001/input.txt`) */
  outPath: string;
  /** true for .html/.htm/.shtml/.xhtml, undefined when the extension says nothing (sniff the bytes) */
  html: boolean | undefined;
}

export interface Expanded {
  inputs: Input[];
  /** one line per argument or entry that could not be read, already worded */
  errors: string[];
  /** one line per directory entry that was not read, and why (printed with --verbose) */
  skipped: string[];
  /** true when any argument was a directory */
  fromDirectory: boolean;
}

function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase());
}

function htmlByExtension(name: string): boolean | undefined {
  return HTML_EXTENSIONS.includes(extname(name).toLowerCase()) ? true : undefined;
}

/** Why a file found in a directory is not read. */
function skipReason(name: string): string {
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf') return 'a PDF (PDFs are read when named as arguments; they need pdfjs-dist)';
  return ext === '' ? 'no file extension (reads .txt, .html, .htm, .shtml, .xhtml)' : `${ext} is not read (reads .txt, .html, .htm, .shtml, .xhtml)`;
}

/**
 * A path as a relative output path: `./a/x.txt` → `a/x.txt`, `/tmp/x.txt` → `tmp/x.txt`,
 * `../x.txt` → `x.txt` (outputs stay below --out).
 */
export function outputPathOf(path: string): string {
  return normalize(path)
    .split(sep)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join(sep);
}

/** Orders paths as a tree: segment by segment, by code unit (locale-independent, stable). */
export function comparePaths(a: string, b: string): number {
  const sa = a.split(sep);
  const sb = b.split(sep);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

/**
 * Every report file below `root`, skipping hidden entries and node_modules; symlinked
 * folders are followed once, and a file reached twice (through a symlink) is read once.
 */
async function walk(root: string, errors: string[], skipped: string[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(`cannot read ${dir}: ${reason(error)}`);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') {
        skipped.push(`skipped ${path}: ${entry.name === 'node_modules' ? 'node_modules' : 'hidden'}`);
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isReportFile(entry.name)) errors.push(`cannot read ${path}: ${reason(error)}`);
          continue;
        }
      }
      if (isDir) await visit(path);
      else if (isFile && isReportFile(entry.name)) found.push(path);
      else if (isFile) skipped.push(`skipped ${path}: ${skipReason(entry.name)}`);
    }
  };
  await visit(root);
  found.sort(comparePaths);
  // The first path (in path order) to a file wins; a symlink to it is not read again.
  const files: string[] = [];
  const byTarget = new Map<string, string>();
  for (const path of found) {
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      errors.push(`cannot read ${path}: ${reason(error)}`);
      continue;
    }
    const first = byTarget.get(target);
    if (first !== undefined) {
      skipped.push(`skipped ${path}: the same file as ${first}`);
      continue;
    }
    byTarget.set(target, path);
    files.push(path);
  }
  return files;
}

/**
 * Expands the positional arguments, in argument order; the files of one directory are
 * sorted by path. Arguments that cannot be read are reported, not thrown.
 *
 * Output paths (--out): with one argument, the path below it (a file: its name); with
 * several, every input's path as given, so `a/x.txt` and `b/x.txt` never collide.
 */
export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const skipped: string[] = [];
  const single = args.length === 1;
  let fromDirectory = false;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: STDIN_NAME, kind: 'stdin', outPath: 'stdin', html: undefined });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      errors.push(`cannot read ${arg}: ${reason(error)}`);
      continue;
    }
    if (info.isDirectory()) {
      fromDirectory = true;
      for (const path of await walk(arg, errors, skipped)) {
        inputs.push({ name: path, kind: 'file', outPath: single ? relative(arg, path) : outputPathOf(path), html: htmlByExtension(path) });
      }
    } else {
      inputs.push({ name: arg, kind: 'file', outPath: single ? basename(arg) : outputPathOf(arg), html: htmlByExtension(arg) });
    }
  }
  return { inputs, errors, skipped, fromDirectory };
}

/** Reads all of standard input. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The bytes of one input; throws the file-system error. */
export function readInput(input: Input): Promise<Uint8Array> {
  return input.kind === 'stdin' ? readStdin() : readFile(input.name);
}
