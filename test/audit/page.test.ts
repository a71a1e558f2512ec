import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Report, auditPage } from '../../src/index.js';
import { clone, loadSeries } from './series-helpers.js';

const { ids, reports } = loadSeries();
const entries = () => reports.map((report, i) => ({ name: `${ids[i]}.json`, report: clone(report) }));

function cellClass(html: string, index: number, path: string): string | undefined {
  return html.match(new RegExp(`<td class="([^"]+)" id="r${index}-${path.replace(/\./g, '\\.')}"`))?.[1];
}

describe('auditPage', () => {
  it('is a pure function: the same reports give the same page', () => {
    expect(auditPage(entries())).toBe(auditPage(entries()));
  });

  it('allows exactly its own stylesheet by hash and loads nothing', () => {
    const html = auditPage(entries());
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replaceAll('&#39;', "'");
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\sstyle=|https?:\/\//i);
  });

  it('escapes report text', () => {
    const e = entries();
    e[0]!.report.meta.title = '<script>alert(1)</script>"&\'';
    e[0]!.report.text.overview = '<img src=x onerror=alert(1)>收到政府信息公开申请1件。';
    e[0]!.name = '"><script>';
    const html = auditPage(e);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;');
  });

  it('colours each cell by what is known about it', () => {
    const e = entries();
    const r = e[4]!.report as Report & { sources?: Record<string, unknown> }; // pt-zhz-2021
    r.applications.carriedOver.naturalPerson = 3; // fails carry-over, balance and row total
    r.warnings = [
      { code: 'PLACEHOLDER', message: '“—” 读作空', path: 'activeDisclosure.fees.amount' },
      { code: 'VALUE_INFERRED', message: '由勾稽关系推定', path: 'applications.granted', via: ['APPLICATIONS_ROW_TOTAL'] },
    ];
    r.activeDisclosure.fees.amount = null;
    r.sources = { 'applications.granted.total': { text: '（一）予以公开 0', line: 7, column: 3 } };
    const html = auditPage(e);
    expect(cellClass(html, 4, 'applications.carriedOver.naturalPerson')).toBe('c s-failed');
    expect(cellClass(html, 4, 'activeDisclosure.fees.amount')).toBe('c s-warned');
    expect(cellClass(html, 4, 'applications.granted.total')).toBe('c s-inferred');
    expect(cellClass(html, 4, 'applications.otherDisposal.other.total')).toBe('c s-null');
    expect(cellClass(html, 4, 'applications.newReceived.total')).toBe('c s-read');
    expect(html).toContain('“（一）予以公开 0”（第7行，第3列）');
  });

  it('draws each edition as its form', () => {
    const html = auditPage(entries());
    // pt-jtj-2019 (index 0) is 2019 edition: 采购 row and 本年新制作数量; pt-jtj-2023 (index 2) 2021 edition
    expect(cellClass(html, 0, 'activeDisclosure.procurement.projects')).toBeDefined();
    expect(cellClass(html, 0, 'applications.otherDisposal.total.total')).toBeDefined();
    expect(cellClass(html, 0, 'applications.otherDisposal.overdueFee.total')).toBeUndefined();
    expect(cellClass(html, 2, 'activeDisclosure.rules.inForce')).toBeDefined();
    expect(cellClass(html, 2, 'activeDisclosure.procurement.projects')).toBeUndefined();
    expect(cellClass(html, 2, 'reviewLitigation.litigationAfterReview.pending')).toBeDefined();
  });

  it('takes an empty list; something that is not a report is validate()\'s typed error', () => {
    expect(auditPage([])).toContain('共0份报告');
    expect(() => auditPage([{ name: 'x', report: { meta: {}, warnings: [] } as unknown as Report }])).toThrow(
      expect.objectContaining({ code: 'INVALID_REPORT' }),
    );
  });
});
