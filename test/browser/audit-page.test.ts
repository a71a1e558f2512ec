/**
 * The audit page in a real browser (Debian's Chromium through playwright-core): it renders
 * under its own CSP, a failing cell shows its source on click and on Enter, nothing is
 * requested from the network, no console error, it fits a phone's width, and axe-core finds
 * no serious or critical accessibility violation.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH); without it the suite is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Report, auditPage } from '../../src/index.js';
import { clone, loadSeries } from '../audit/series-helpers.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const URL = 'http://audit.invalid/audit.html';
const FAILING = 'applications.carriedOver.naturalPerson';

/** The series fixtures, one of them edited so that a carry-over check fails, with a source for the edited cell. */
function page(): string {
  const { ids, reports } = loadSeries();
  const edited = reports.map(clone);
  const zhz2021 = edited[ids.indexOf('pt-zhz-2021')]! as Report & { sources?: Record<string, unknown> };
  zhz2021.applications.carriedOver.naturalPerson = 3;
  zhz2021.sources = { [FAILING]: { text: '二、上年结转政府信息公开申请数量3000000', line: 12, column: 1 } };
  return auditPage(edited.map((report, i) => ({ name: `${ids[i]}.json`, report })));
}

describe.skipIf(!HAS_CHROMIUM)('audit page in Chromium', () => {
  let browser: Browser;
  const html = page();

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {}) {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, viewport: options.viewport ?? { width: 1200, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', async (route) => {
      requests.push(route.request().url());
      if (route.request().url() === URL) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort();
    });
    const tab = await context.newPage();
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(URL);
    return { context, tab, requests, problems };
  }

  it('renders; a failing cell shows its source on click; no request, no console error', async () => {
    const { context, tab, requests, problems } = await open();
    expect(await tab.locator('h1').textContent()).toBe('政府信息公开工作年度报告核查');
    expect(await tab.locator('section[id^="r"]').count()).toBe(6);
    const cell = tab.locator(`td[id="r4-${FAILING}"]`);
    expect(await cell.getAttribute('class')).toContain('s-failed');
    await cell.locator('summary').click();
    const pop = cell.locator('.pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    const text = (await pop.textContent()) ?? '';
    expect(text).toContain('二、上年结转政府信息公开申请数量3000000');
    expect(text).toContain('第12行');
    expect(text).toContain('逐年·结转下年度=次年上年结转');
    expect(text).toContain('但2021年二、上年结转(3)');
    // one open at a time: opening another cell closes this one
    await tab.locator('td[id="r4-applications.newReceived.total"] summary').click();
    await expect.poll(() => pop.isVisible()).toBe(false);
    expect(requests).toEqual([URL]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is usable with the keyboard', async () => {
    const { context, tab } = await open();
    const summary = tab.locator(`td[id="r4-${FAILING}"] summary`);
    await summary.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.locator(`td[id="r4-${FAILING}"] details`).getAttribute('open')).not.toBeNull();
    // the series list links to the cell
    const link = tab.locator(`a[href="#r4-${FAILING}"]`).first();
    expect(await link.count()).toBe(1);
    await context.close();
  });

  it('fits a phone: the page does not scroll sideways (tables scroll in their own box)', async () => {
    const { context, tab } = await open({ viewport: { width: 390, height: 844 } });
    const [scrollWidth, width] = await tab.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(width!);
    await context.close();
  });

  it('has no serious or critical axe-core violation', async () => {
    const { context, tab } = await open({ bypassCSP: true });
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await tab.addScriptTag({ content: axe });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });
});
