/**
 * Command-line inputs → the list of reports to read: files as given, directories searched
 * recursively for report files, `-` for standard input.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';

import { reason } from './errors.js';

/** Extensions read when searching a directory. */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

/** What stands for standard input in messages, `file` fields and CSV. */
export const STDIN_NAME = '<stdin>';

export interface Input {
  /** the path as shown to the user: the argument, or the argument joined with the path below it */
  name: string;
  kind: 'file' | 'stdin';
  /** path of the output file below --out, without extension (`seed-001/input`) */
  outStem: string;
  /** true for .html/.htm, undefined when the extension says nothing (sniff the bytes) */
  html: boolean | undefined;
}

export interface Expanded {
  inputs: Input[];
  /** one line per argument or entry that could not be read, already worded */
  errors: string[];
  /** true when any argument was a directory */
  fromDirectory: boolean;
}

function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase());
}

function htmlByExtension(name: string): boolean | undefined {
  const ext = extname(name).toLowerCase();
  return ext === '.html' || ext === '.htm' ? true : undefined;
}

function stemOf(path: string): string {
  const ext = extname(path);
  return ext === '' ? path : path.slice(0, -ext.length);
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

/** Every report file below `root`, skipping hidden entries and node_modules; symlinked folders are followed once. */
async function walk(root: string, errors: string[]): Promise<string[]> {
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
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
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
    }
  };
  await visit(root);
  return found.sort(comparePaths);
}

/**
 * Expands the positional arguments, in argument order; the files of one directory are
 * sorted by path. Arguments that cannot be read are reported, not thrown.
 */
export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  let fromDirectory = false;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: STDIN_NAME, kind: 'stdin', outStem: 'stdin', html: undefined });
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
      for (const path of await walk(arg, errors)) {
        inputs.push({ name: path, kind: 'file', outStem: stemOf(relative(arg, path)), html: htmlByExtension(path) });
      }
    } else {
      inputs.push({ name: arg, kind: 'file', outStem: stemOf(basename(arg)), html: htmlByExtension(arg) });
    }
  }
  return { inputs, errors, fromDirectory };
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
