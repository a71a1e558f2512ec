/**
 * The package tests (test/package, test/browser) exercise the built `dist/`, never `src/`.
 *
 * `ensureDist()` runs `npm run build` when `dist/` is missing or older than `src/`,
 * `package.json` or `tsup.config.ts`, so the tests also work from a clean checkout. CI builds
 * before testing, so there this is a no-op. Test files run in parallel workers and tsup cleans
 * `dist/` first, so the build is guarded by a lock directory: one worker builds, the others wait
 * and then re-check. The lock is the one test/cli/helpers.ts uses (same name, same freshness
 * rule), so the CLI tests and these never build at the same time.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** What `npm run build` writes (the CLI too: the CLI tests would rebuild without it). */
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'pdf.js', 'pdf.cjs', 'pdf.d.ts', 'cli.js'];
const LOCK = join(tmpdir(), `zfxxgk-cli-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
const LOCK_STALE_MS = 2 * 60_000;

/** Newest file under `path` (files only, like test/cli/helpers.ts, so both agree on freshness). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function distIsFresh(): boolean {
  const files = OUTPUTS.map((name) => join(DIST, name));
  if (!files.every((file) => existsSync(file))) return false;
  const built = Math.min(...files.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    statSync(join(ROOT, 'package.json')).mtimeMs,
    statSync(join(ROOT, 'tsup.config.ts')).mtimeMs,
  );
  return built >= sources;
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // a worker that died while building leaves its lock behind
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

export async function ensureDist(): Promise<void> {
  for (;;) {
    if (distIsFresh()) return;
    if (tryLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (distIsFresh()) return;
    try {
      await run('npm', ['run', 'build', '--silent'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`npm run build failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
    }
    // (existence only: a source saved during the build would make it look stale again)
    if (!OUTPUTS.every((name) => existsSync(join(DIST, name)))) throw new Error(`npm run build did not produce ${OUTPUTS.join(', ')} in dist/`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
