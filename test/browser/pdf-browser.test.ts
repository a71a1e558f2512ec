/**
 * zfxxgk/pdf in a real browser (Debian's Chromium through playwright-core).
 *
 * An app bundles `dist/pdf.js` with pdf.js's browser build (esbuild), and pdf.js's worker as a
 * file of its own (`GlobalWorkerOptions.workerSrc`, a real Worker). Everything is served from
 * 127.0.0.1 under `Content-Security-Policy: script-src 'self'` — the worker file is same-origin,
 * so no other source is needed. The page fetches a PDF (a real report, and a sample set in a
 * font that is not embedded, which needs the CMaps served at `cMapUrl`) and parses it; the
 * results must equal Node's.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH); without it the suite is skipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/pdf/index.js';
import { resolveOptions } from '../../src/pdf/options.js';
import { readPdf } from '../../src/pdf/read.js';
import { DIST, ROOT, ensureDist } from '../package/ensure-dist.js';
import { buildPdf, ruledTable, text } from '../pdf/make-pdf.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const REPORT = join(ROOT, 'fixtures', 'pdf', 'hzq-2023', 'input.pdf');
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CSP = "script-src 'self'";

/** Not embedded (STSong-Light, UniGB-UCS2-H): without the CMaps no text comes out at all. */
const CMAP_SAMPLE = buildPdf([{ content: text(60, 780, '测试', 14) + ruledTable(60, 700, [120, 60], 20, [['信息内容', '总计'], ['规章', '12']]) }]);

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>zfxxgk/pdf</title>
<script type="module" src="/bundle/app.js"></script></head><body></body></html>
`;

const APP = `import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';
import { parsePdf } from 'zfxxgk-pdf';

pdfjs.GlobalWorkerOptions.workerSrc = '/bundle/pdf.worker.js';
const options = { pdfjs, cMapUrl: '/pdfjs/cmaps/', standardFontDataUrl: '/pdfjs/standard_fonts/' };

async function bytes(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  return new Uint8Array(await response.arrayBuffer());
}

window.parseFetched = async (path) => {
  try {
    return JSON.stringify({ ok: true, report: await parsePdf(await bytes(path), options) });
  } catch (error) {
    return JSON.stringify({ ok: false, code: error.code, message: String(error.message) });
  }
};
window.pdfReady = true;
`;

async function bundle(dir: string): Promise<void> {
  await build({
    stdin: { contents: APP, resolveDir: ROOT, loader: 'js' },
    alias: { 'zfxxgk-pdf': join(DIST, 'pdf.js') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    outfile: join(dir, 'app.js'),
    logLevel: 'silent',
  });
  await build({
    entryPoints: [join(PDFJS, 'build', 'pdf.worker.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: join(dir, 'pdf.worker.js'),
    logLevel: 'silent',
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.pdf': 'application/pdf', '.bcmap': 'application/octet-stream' };

function serve(dir: string, notFound: string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let body: Buffer | string | undefined;
    if (path === '/') body = PAGE;
    else if (path === '/report.pdf' && existsSync(REPORT)) body = readFileSync(REPORT);
    else if (path === '/cmap-sample.pdf') body = CMAP_SAMPLE;
    else if (!path.includes('..') && path.startsWith('/bundle/') && existsSync(join(dir, path.slice(8)))) body = readFileSync(join(dir, path.slice(8)));
    else if (!path.includes('..') && /^\/pdfjs\/(cmaps|standard_fonts)\/[\w.-]+$/.test(path) && existsSync(join(PDFJS, path.slice(7)))) body = readFileSync(join(PDFJS, path.slice(7)));
    response.setHeader('Content-Security-Policy', CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (body === undefined) {
      if (path !== '/favicon.ico') notFound.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path === '/' ? '.html' : extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

declare global {
  interface Window {
    parseFetched(path: string): Promise<string>;
    pdfReady?: boolean;
    pdfCspViolations: string[];
  }
}

describe.skipIf(!HAS_CHROMIUM)('zfxxgk/pdf in Chromium (CSP script-src \'self\')', () => {
  let tmp = '';
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const notFound: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    await ensureDist();
    tmp = mkdtempSync(join(tmpdir(), 'zfxxgk-pdf-browser-'));
    await bundle(tmp);
    const served = await serve(tmp, notFound);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await (await browser.newContext()).newPage();
    await page.addInitScript(() => {
      window.pdfCspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.pdfCspViolations.push(`${event.violatedDirective} ${event.blockedURI}`), true);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${served.origin}/`);
    await page.waitForFunction(() => window.pdfReady === true, undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('parses a real WPS report fetched from the server: the same report as in Node', async () => {
    const result = JSON.parse(await page.evaluate(() => window.parseFetched('/report.pdf'))) as { ok: boolean; report?: unknown; message?: string };
    expect(result.message).toBeUndefined();
    const own = await parsePdf(readFileSync(REPORT));
    expect(result.report).toEqual(JSON.parse(JSON.stringify(own)));
    // a real Worker, from the worker file
    expect(requests).toContain('/bundle/pdf.worker.js');
  }, 60_000);

  it('reads a font that is not embedded with the CMaps from cMapUrl', async () => {
    // Not a report, so NOT_A_REPORT — after the text was read (without CMaps it would be PDF_NO_TEXT).
    const result = JSON.parse(await page.evaluate(() => window.parseFetched('/cmap-sample.pdf'))) as { code?: string };
    expect(result.code).toBe('NOT_A_REPORT');
    expect(requests.some((path) => path.startsWith('/pdfjs/cmaps/UniGB-UCS2-H'))).toBe(true);
    const node = await readPdf(CMAP_SAMPLE, resolveOptions({}));
    expect(node.text).toContain('信息内容');
  }, 60_000);

  it('ran with no CSP violation, no page error and no missing file', async () => {
    expect(await page.evaluate(() => window.pdfCspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(notFound).toEqual([]);
  });
});
