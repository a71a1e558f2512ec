/**
 * The published browser build in a real browser (Debian's Chromium through playwright-core).
 *
 * `dist/browser.js` (the package's `browser` condition: HTML read with DOMParser, no parse5) is
 * bundled the way an app's bundler would (esbuild, code splitting), served
 * from 127.0.0.1 under `Content-Security-Policy: script-src 'self'` (no 'unsafe-eval': the
 * schema validator is precompiled, so nothing may need eval/new Function), and every seed
 * fixture (text and HTML) is parsed in the page. Checks: the results equal Node's (parse5), the OpenCC dictionary is a
 * separate chunk fetched only once traditional input arrives, and no CSP violation occurs.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH); without it the suite is skipped with a
 * warning. No browser is ever downloaded.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, validate } from '../../src/index.js';
import { DIST, ROOT, ensureDist } from '../package/ensure-dist.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(`test/browser skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH)`);
}

const CSP = "script-src 'self'";
const SIMPLIFIED = ['seed-000', 'seed-001', 'seed-002', 'seed-003'];
const TRADITIONAL = 'seed-004';
const SEEDS = [...SIMPLIFIED, TRADITIONAL];
/** Every fixture folder with a text or HTML input: the browser build must read all of them as Node does. */
const FIXTURES = readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .filter((entry) => ['input.html', 'input.txt'].some((file) => existsSync(join(ROOT, 'fixtures', entry.name, file))))
  .map((entry) => entry.name)
  .filter((name) => ['input.txt', 'input.html'].some((file) => existsSync(join(ROOT, 'fixtures', name, file))))
  .sort();
const input = (name: string) => {
  const dir = join(ROOT, 'fixtures', name);
  return readFileSync(join(dir, existsSync(join(dir, 'input.html')) ? 'input.html' : 'input.txt'), 'utf8');
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>zfxxgk in the browser</title>
<script type="module" src="/app.js"></script>
</head>
<body></body>
</html>
`;

const APP = `import { parseReport, validate } from '/bundle/zfxxgk.js';

async function parse(name) {
  const response = await fetch('/fixtures/' + name + '.txt');
  if (!response.ok) throw new Error('fixture ' + name + ': HTTP ' + response.status);
  const report = await parseReport(await response.text());
  return JSON.stringify({ report, ok: validate(report).ok });
}

// The control for the CSP check: page code (a timer task, outside any DevTools evaluation,
// which Chromium exempts from the eval restriction) that tries to compile a string.
function evalControl() {
  return new Promise((resolve) => {
    setTimeout(() => {
      try {
        resolve(typeof new Function('return 1')());
      } catch (error) {
        resolve(error.name);
      }
    }, 0);
  });
}

window.zfxxgk = { parse, evalControl };
window.zfxxgkReady = true;
`;

interface Bundle {
  dir: string;
  /** output paths relative to `dir`, as served under /bundle/ */
  entry: string;
  opencc: string;
  metafile: Metafile;
}

async function bundleForBrowser(dir: string): Promise<Bundle> {
  const result = await build({
    entryPoints: { zfxxgk: join(DIST, 'browser.js') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    minify: true,
    charset: 'utf8',
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const entry = outputs.find(([, output]) => output.entryPoint !== undefined);
  const opencc = outputs.filter(([, output]) => Object.keys(output.inputs).some((source) => source.includes('node_modules/opencc-js/')));
  if (!entry || opencc.length !== 1) throw new Error(`unexpected browser bundle layout: ${outputs.map(([file]) => file).join(', ')}`);
  const rel = (file: string) => relative(dir, join(process.cwd(), file)).split('\\').join('/');
  return { dir, entry: rel(entry[0]), opencc: rel(opencc[0]![0]), metafile: result.metafile };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.txt': 'text/plain' };

function serve(bundle: Bundle, notFound: string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let body: string | undefined;
    if (path === '/' || path === '/index.html') body = PAGE;
    else if (path === '/app.js') body = APP;
    else if (path.startsWith('/bundle/') && !path.includes('..')) {
      const file = join(bundle.dir, path.slice('/bundle/'.length));
      if (existsSync(file)) body = readFileSync(file, 'utf8');
    } else {
      const fixture = /^\/fixtures\/([\w-]+)\.txt$/.exec(path)?.[1];
      if (fixture && FIXTURES.includes(fixture)) body = input(fixture);
    }
    const type = TYPES[path === '/' ? '.html' : extname(path)] ?? 'application/octet-stream';
    response.setHeader('Content-Security-Policy', CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    if (body === undefined) {
      notFound.push(path);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    zfxxgk: { parse(name: string): Promise<string>; evalControl(): Promise<string> };
    zfxxgkReady?: boolean;
    cspViolations: Violation[];
  }
}

describe.skipIf(!HAS_CHROMIUM)('browser (Chromium, CSP without unsafe-eval)', () => {
  let tmp = '';
  let bundle: Bundle;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** pathnames the page requested, in order */
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  /** pathnames the server answered with 404 */
  const notFound: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const inBrowser = new Map<string, string>();

  const openccRequests = () => requests.filter((path) => path === `/bundle/${bundle.opencc}`).length;
  const parseInPage = async (name: string) => {
    inBrowser.set(name, await page.evaluate((fixture) => window.zfxxgk.parse(fixture), name));
  };

  beforeAll(async () => {
    await ensureDist();
    tmp = mkdtempSync(join(tmpdir(), 'zfxxgk-browser-'));
    bundle = await bundleForBrowser(tmp);
    const served = await serve(bundle, notFound);
    server = served.server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
    const context = await browser.newContext();
    page = await context.newPage();
    // runs before any page script and is not itself subject to the page's CSP
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.cspViolations.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample }),
        true,
      );
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === served.origin) requests.push(url.pathname);
      else foreignRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const response = await page.goto(`${served.origin}/`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForFunction(() => window.zfxxgkReady === true, undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('bundles OpenCC as a separate chunk that the entry imports only dynamically', () => {
    const entry = Object.entries(bundle.metafile.outputs).find(([, output]) => output.entryPoint !== undefined)![1];
    const openccImports = entry.imports.filter((imported) => imported.path.endsWith(bundle.opencc));
    expect(openccImports.map((imported) => imported.kind)).toEqual(['dynamic-import']);
  });

  it('parses the simplified seeds without fetching the OpenCC chunk', async () => {
    expect(requests).toContain(`/bundle/${bundle.entry}`);
    for (const name of SIMPLIFIED) await parseInPage(name);
    expect(openccRequests()).toBe(0);
  }, 60_000);

  it('fetches the OpenCC chunk once traditional input arrives', async () => {
    await parseInPage(TRADITIONAL);
    expect(openccRequests()).toBe(1);
    const report = JSON.parse(inBrowser.get(TRADITIONAL)!) as { report: { meta: { script: string } } };
    expect(report.report.meta.script).toBe('traditional');
  }, 60_000);

  it('builds the browser bundle without parse5', () => {
    expect(Object.keys(bundle.metafile.inputs).some((source) => source.includes('node_modules/parse5/'))).toBe(false);
  });

  it('parses every other fixture, text and HTML', async () => {
    for (const name of FIXTURES) if (!SEEDS.includes(name)) await parseInPage(name);
  }, 120_000);

  it.each(FIXTURES)('%s: the browser result equals parseReport in Node', async (name) => {
    const report = await parseReport(input(name));
    const expected = JSON.parse(JSON.stringify({ report, ok: validate(report).ok })) as unknown;
    expect(inBrowser.has(name)).toBe(true);
    expect(JSON.parse(inBrowser.get(name)!)).toEqual(expected);
  });

  it('ran with no CSP violation, console error or page error, and only local requests', async () => {
    expect(notFound).toEqual([]);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  // last: it deliberately causes a violation, proving that the CSP is enforced and seen above
  it('control: the page really forbids eval, and the violation is detected', async () => {
    expect(await page.evaluate(() => window.zfxxgk.evalControl())).toBe('EvalError');
    await expect.poll(() => page.evaluate(() => window.cspViolations.map((v) => v.directive))).toEqual(['script-src']);
  });
});
