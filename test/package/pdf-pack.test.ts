/**
 * Packed-tarball consumers of `zfxxgk/pdf`: what a user gets from `npm install zfxxgk pdfjs-dist`.
 *
 * Three throwaway projects install the packed tarball: an ESM one with the newest pdfjs-dist
 * the peer range allows, installed with `--omit=optional` (no @napi-rs/canvas: the DOMMatrix
 * stand-in must do); a CommonJS one with the oldest version the range allows; and one without
 * pdfjs-dist, which must get PDF_ENGINE_MISSING naming what to install. Each type-checks
 * against the published declarations and runs with plain `node` on the real WPS report.
 * Set KEEP_PACK_TMP=1 to keep the temp directory.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/pdf/index.js';
import { ROOT, ensureDist } from './ensure-dist.js';

const exec = promisify(execFile);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PDF = join(ROOT, 'fixtures', 'pdf', 'hzq-2023', 'input.pdf');
const SAMPLE = join(ROOT, 'test', 'pdf', 'samples', 'merged.pdf');
const PEER = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies['pdfjs-dist']!;
/** The oldest and newest pdfjs-dist the peer range allows (checked below against the range). */
const OLDEST = '5.4.296';
const NEWEST = '5.6.205';

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

const BODY = `
async function main(): Promise<void> {
  const file = process.argv[2]!;
  try {
    const report: Report = await parsePdf(new Uint8Array(readFileSync(file)));
    const layout: string = report.meta.layout;
    process.stdout.write(JSON.stringify({ ok: true, layout, report }));
  } catch (error) {
    const code: string | undefined = error instanceof ReportParseError ? error.code : undefined;
    process.stdout.write(JSON.stringify({ ok: false, code, message: String((error as Error).message) }));
  }
}
function typeChecks(options: PdfParseOptions): void {
  // @ts-expect-error parsePdf takes bytes, not a file name
  void parsePdf('report.pdf');
  // @ts-expect-error no such option
  void parsePdf(new Uint8Array(), { notAnOption: 1 });
  const pdf: boolean = isPdf(new Uint8Array());
  void pdf;
  void options;
}
void typeChecks;
`;

const ESM = `import { readFileSync } from 'node:fs';
import { isPdf, parsePdf, ReportParseError, type PdfParseOptions, type Report } from 'zfxxgk/pdf';
${BODY}
await main();
`;

const CJS = `import { readFileSync } from 'node:fs';
import pdf = require('zfxxgk/pdf');
const { isPdf, parsePdf, ReportParseError } = pdf;
type Report = pdf.Report;
type PdfParseOptions = pdf.PdfParseOptions;
${BODY}
void main();
`;

const STRICT = {
  target: 'es2022',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  lib: ['es2022'],
  // our published .d.ts must stand without pdf.js's types or lib.dom
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  typeRoots: [join(ROOT, 'node_modules', '@types')],
  types: ['node'],
  outDir: 'out',
};

interface Consumer {
  name: string;
  dir: string;
}

function createConsumer(root: string, name: string, type: 'module' | 'commonjs'): Consumer {
  const dir = join(root, `consumer-${name}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, version: '0.0.0', private: true, type }, null, 2)}\n`);
  writeFileSync(join(dir, 'index.ts'), type === 'module' ? ESM : CJS);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['index.ts'] }, null, 2)}\n`);
  return { name, dir };
}

interface Output {
  ok: boolean;
  code?: string;
  message?: string;
  layout?: string;
  report?: unknown;
}

async function run(consumer: Consumer, file: string): Promise<Output> {
  await sh(process.execPath, [TSC, '-p', 'tsconfig.json'], consumer.dir);
  const { stdout } = await sh(process.execPath, [join('out', 'index.js'), file], consumer.dir);
  return JSON.parse(stdout) as Output;
}

describe('packed tarball: zfxxgk/pdf', () => {
  let tmp = '';
  const consumers = new Map<string, Consumer>();

  beforeAll(async () => {
    await ensureDist();
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'zfxxgk-pdf-pack-')));
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
    const tarball = join(tmp, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
    const esm = createConsumer(tmp, 'esm', 'module');
    const cjs = createConsumer(tmp, 'cjs', 'commonjs');
    const bare = createConsumer(tmp, 'without-pdfjs', 'module');
    // One after another: npm's cache does not like parallel writers.
    await sh('npm', [...install, '--omit=optional', tarball, `pdfjs-dist@${NEWEST}`], esm.dir);
    await sh('npm', [...install, tarball, `pdfjs-dist@${OLDEST}`], cjs.dir);
    await sh('npm', [...install, tarball], bare.dir);
    for (const c of [esm, cjs, bare]) consumers.set(c.name, c);
  }, 240_000);

  afterAll(() => {
    if (tmp && !process.env['KEEP_PACK_TMP']) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.warn(`packed consumers kept in ${tmp}`);
  });

  it(`tests the ends of the peer range ${PEER}`, () => {
    expect(PEER).toBe(`>=${OLDEST} <5.7.0`);
  });

  it(`ESM import with pdfjs-dist ${NEWEST} installed without optional dependencies (no canvas): same report as in-process`, async () => {
    const consumer = consumers.get('esm')!;
    const output = await run(consumer, PDF);
    expect(output.ok).toBe(true);
    const own = await parsePdf(readFileSync(PDF));
    expect(output.report).toEqual(JSON.parse(JSON.stringify(own)));
  }, 120_000);

  it(`CJS require with pdfjs-dist ${OLDEST}: same report as in-process`, async () => {
    const output = await run(consumers.get('cjs')!, PDF);
    expect(output.ok).toBe(true);
    const own = await parsePdf(readFileSync(PDF));
    expect(output.report).toEqual(JSON.parse(JSON.stringify(own)));
  }, 120_000);

  it('without pdfjs-dist: PDF_ENGINE_MISSING saying what to install', async () => {
    const output = await run(consumers.get('without-pdfjs')!, SAMPLE);
    expect(output).toMatchObject({ ok: false, code: 'PDF_ENGINE_MISSING' });
    expect(output.message).toContain('npm install pdfjs-dist');
  }, 120_000);
});
