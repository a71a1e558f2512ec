/**
 * Makes docs/audit-page.png, the screenshot in the README: the audit page of the series
 * fixtures with one carry-over cell edited (so one check fails) and that cell opened.
 *
 *   npx tsx scripts/audit-screenshot.ts     (needs Chromium at /usr/bin/chromium or CHROMIUM_PATH)
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { type Report, auditPage } from '../src/index.js';
import { clone, loadSeries } from '../test/audit/series-helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CELL = 'applications.carriedOver.naturalPerson';

const { ids, reports } = loadSeries();
const edited = reports.map(clone);
const target = edited[ids.indexOf('pt-zhz-2021')]! as Report & { sources?: Record<string, unknown> };
target.applications.carriedOver.naturalPerson = 3;
target.sources = { [CELL]: { text: '二、上年结转政府信息公开申请数量3000000', line: 12, column: 1 } };
const html = auditPage(edited.map((report, i) => ({ name: `${ids[i]}.json`, report })));

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
await page.goto('http://audit.invalid/');
const summary = page.locator(`td[id="r4-${CELL}"] summary`);
await summary.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollBy(0, 120));
await summary.click();
await page.screenshot({ path: join(ROOT, 'docs', 'audit-page.png') });
await browser.close();
