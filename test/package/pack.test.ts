/**
 * Packed-tarball consumers: what a user gets from `npm install zfxxgk`.
 *
 * publint and attw check only the package's shape (a CJS build that was broken at runtime
 * passed both, see the toolchain guide §2), so this test packs the package, installs the
 * tarball into two throwaway TypeScript projects, one ESM (`import`) and one CommonJS
 * (`import x = require()`), type-checks them with this repo's `tsc`, compiles and runs them with
 * plain `node`, and compares what they parse with the library's own output.
 *
 * The install uses the npm registry (with --prefer-offline, so cached dependencies are not
 * fetched again). Set KEEP_PACK_TMP=1 to keep the temp directory for inspection.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { ROOT, ensureDist } from './ensure-dist.js';

const exec = promisify(execFile);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const FIXTURES = ['seed-001', 'seed-004'].map((name) => join(ROOT, 'fixtures', name, 'input.txt'));
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as { $id: string };

async function sh(command: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(command, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/** Type-level checks shared by both consumers: the public types are real types, not `any`. */
const TYPE_CHECKS = `
function typeChecks(report: Report): void {
  const layout: string = report.meta.layout;
  const script: 'simplified' | 'traditional' = report.meta.script;
  const ok: boolean = validate(report).ok;
  // @ts-expect-error parseReport takes the report's text
  void parseReport(42);
  // @ts-expect-error Meta has no such field
  void report.meta.notAField;
  void layout;
  void script;
  void ok;
}
void typeChecks;
`;

const RUN = `
async function main(): Promise<void> {
  const results = [];
  for (const file of process.argv.slice(2)) {
    const report: Report = await parseReport(readFileSync(file, 'utf8'));
    results.push({ file, report, validation: validate(report) });
  }
  process.stdout.write(JSON.stringify({ resolved, schemaId: (schema as { $id?: unknown }).$id, results }));
}
`;

const ESM_CONSUMER = `import { readFileSync } from 'node:fs';
import { parseReport, validate, type Report } from 'zfxxgk';
import schema from 'zfxxgk/schema.json' with { type: 'json' };

const resolved = import.meta.resolve('zfxxgk');
${TYPE_CHECKS}${RUN}
await main();
`;

const CJS_CONSUMER = `import { readFileSync } from 'node:fs';
import zfxxgk = require('zfxxgk');
import schema = require('zfxxgk/schema.json');

const { parseReport, validate } = zfxxgk;
type Report = zfxxgk.Report;
const resolved = require.resolve('zfxxgk');
${TYPE_CHECKS}${RUN}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const STRICT = {
  target: 'es2022',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  resolveJsonModule: true,
  lib: ['es2022'],
  // check our published .d.ts too, not only its use (TypeScript's own lib files are skipped)
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  typeRoots: [join(ROOT, 'node_modules', '@types')],
  types: ['node'],
  outDir: 'out',
};

interface Consumer {
  name: 'esm' | 'cjs';
  dir: string;
  /** tsconfig files to type-check with; the first one is also used to compile */
  tsconfigs: string[];
}

function createConsumer(root: string, name: Consumer['name']): Consumer {
  const dir = join(root, `consumer-${name}`);
  mkdirSync(dir);
  const pkg: Record<string, unknown> = { name: `zfxxgk-consumer-${name}`, version: '0.0.0', private: true };
  if (name === 'esm') pkg['type'] = 'module';
  else pkg['type'] = 'commonjs';
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(dir, 'index.ts'), name === 'esm' ? ESM_CONSUMER : CJS_CONSUMER);
  const tsconfig = (options: Record<string, unknown>) =>
    `${JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files: ['index.ts'] }, null, 2)}\n`;
  // nodenext: package.json "type" decides whether index.ts is ESM or CommonJS
  writeFileSync(join(dir, 'tsconfig.json'), tsconfig({ module: 'nodenext', moduleResolution: 'nodenext' }));
  const tsconfigs = ['tsconfig.json'];
  if (name === 'esm') {
    // Vite/webpack-style projects
    writeFileSync(join(dir, 'tsconfig.bundler.json'), tsconfig({ module: 'preserve', moduleResolution: 'bundler', noEmit: true }));
    tsconfigs.push('tsconfig.bundler.json');
  } else {
    // legacy `"module": "commonjs"` projects resolve without `exports` (main/types/typesVersions)
    writeFileSync(join(dir, 'tsconfig.node10.json'), tsconfig({ module: 'commonjs', moduleResolution: 'node10', noEmit: true }));
    tsconfigs.push('tsconfig.node10.json');
  }
  return { name, dir, tsconfigs };
}

interface ConsumerOutput {
  resolved: string;
  schemaId: unknown;
  results: { file: string; report: Awaited<ReturnType<typeof parseReport>>; validation: { ok: boolean } }[];
}

describe('packed tarball', () => {
  let tmp = '';
  let tarball = '';
  let packedFiles: string[] = [];
  const consumers: Consumer[] = [];
  const outputs = new Map<Consumer['name'], ConsumerOutput>();

  beforeAll(async () => {
    await ensureDist();
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'zfxxgk-pack-')));
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(tmp, packed!.filename);
    packedFiles = packed!.files.map((file) => file.path);
    consumers.push(createConsumer(tmp, 'esm'), createConsumer(tmp, 'cjs'));
    // a real install: the tarball's dependencies come from the registry (or npm's cache)
    await Promise.all(
      consumers.map((consumer) =>
        sh('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], consumer.dir),
      ),
    );
  }, 150_000);

  afterAll(() => {
    if (tmp && !process.env['KEEP_PACK_TMP']) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.warn(`packed consumers kept in ${tmp}`);
  });

  it('ships the builds, declarations and schema, and nothing from the repo besides', () => {
    for (const file of ['package.json', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/browser.js', 'dist/cli.js', 'dist/cli-worker.js', 'dist/index.d.ts', 'dist/index.d.cts', 'schema/report.schema.json']) {
      expect(packedFiles).toContain(file);
    }
    const unexpected = packedFiles.filter((file) => !/^(dist|schema)\//.test(file) && !/^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?|CHANGELOG\.md)$/i.test(file));
    expect(unexpected).toEqual([]);
  });

  it('ships the MIT licence text that package.json names', () => {
    const consumer = consumers[0]!;
    const installed = join(consumer.dir, 'node_modules', 'zfxxgk');
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it("gives browser bundlers dist/browser.js, without parse5, through the package's browser condition", async () => {
    const consumer = consumers[0]!;
    const result = await build({
      stdin: { contents: "export { parseReport, validate } from 'zfxxgk';", resolveDir: consumer.dir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      external: ['opencc-js', 'opencc-js/*'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.endsWith('node_modules/zfxxgk/dist/browser.js'))).toBe(true);
    expect(inputs.some((input) => input.includes('node_modules/parse5/'))).toBe(false);
  });

  it('runs the installed command line, whose parse workers are in the tarball', async () => {
    const consumer = consumers[0]!;
    const cli = join(consumer.dir, 'node_modules', 'zfxxgk', 'dist', 'cli.js');
    const { stdout } = await sh(process.execPath, [cli, 'parse', '--ndjson', '--jobs', '2', ...FIXTURES], consumer.dir);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string });
    expect(lines.map((line) => line.file)).toEqual(FIXTURES);
  }, 60_000);

  for (const name of ['esm', 'cjs'] as const) {
    describe(`${name.toUpperCase()} consumer`, () => {
      it('type-checks against the published declarations', async () => {
        const consumer = consumers.find((c) => c.name === name)!;
        await Promise.all(consumer.tsconfigs.map((tsconfig) => sh(process.execPath, [TSC, '--noEmit', '-p', tsconfig], consumer.dir)));
      }, 120_000);

      it('runs with node and parses seed-001 (pipe) and seed-004 (traditional)', async () => {
        const consumer = consumers.find((c) => c.name === name)!;
        await sh(process.execPath, [TSC, '-p', 'tsconfig.json'], consumer.dir);
        const { stdout } = await sh(process.execPath, [join('out', 'index.js'), ...FIXTURES], consumer.dir);
        const output = JSON.parse(stdout) as ConsumerOutput;
        outputs.set(name, output);

        // the right half of the dual package was loaded
        const entry = name === 'esm' ? 'dist/index.js' : 'dist/index.cjs';
        expect(output.resolved.startsWith('file:') ? fileURLToPath(output.resolved) : output.resolved).toBe(join(consumer.dir, 'node_modules', 'zfxxgk', entry));
        expect(output.schemaId).toBe(SCHEMA.$id);

        const [pipe, traditional] = output.results;
        expect(pipe!.report.meta.layout).toBe('pipe');
        expect(pipe!.validation.ok).toBe(true);
        expect(traditional!.report.meta.script).toBe('traditional');
        expect(traditional!.validation.ok).toBe(true);

        // and it parses exactly what the library parses in-process
        for (const result of output.results) {
          const own = await parseReport(readFileSync(result.file, 'utf8'));
          expect(result.report).toEqual(JSON.parse(JSON.stringify(own)));
        }
      }, 120_000);
    });
  }
});
