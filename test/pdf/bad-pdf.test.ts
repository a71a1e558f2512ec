import { describe, expect, it } from 'vitest';
import { ReportParseError } from '../../src/errors.js';
import { isPdf, parsePdf, type PdfParseOptions } from '../../src/pdf/index.js';
import { sample } from './helpers.js';
import { buildPdf, type ExtraObject, text } from './make-pdf.js';

/** Every way a PDF can be unreadable gets its own code; never pdf.js's own exception, never a hang. */
async function codeOf(data: unknown, options?: PdfParseOptions): Promise<string> {
  try {
    await parsePdf(data as Uint8Array, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    return (error as ReportParseError).code;
  }
  return 'parsed';
}

const SPLIT = sample('split.pdf');

describe('parsePdf on bad input', () => {
  it('EMPTY_INPUT, INVALID_INPUT and INVALID_OPTIONS for what is not PDF bytes or options', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe('EMPTY_INPUT');
    expect(await codeOf('%PDF-1.7')).toBe('INVALID_INPUT');
    expect(await codeOf(sample('merged.pdf'), { maxPages: -1 })).toBe('INVALID_OPTIONS');
    expect(await codeOf(sample('merged.pdf'), { cMapUrl: 'no-slash' })).toBe('INVALID_OPTIONS');
    expect(await codeOf(sample('merged.pdf'), { pdfjs: {} })).toBe('INVALID_OPTIONS');
  });

  it('PDF_INVALID for bytes that are not a PDF (whatever the name), and isPdf says so', async () => {
    const html = new TextEncoder().encode('<html><body>政府信息公开工作年度报告</body></html>');
    expect(isPdf(html)).toBe(false);
    expect(isPdf(sample('merged.pdf'))).toBe(true);
    expect(await codeOf(html)).toBe('PDF_INVALID');
    // A header and nothing readable after it.
    expect(await codeOf(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200)))).toBe('PDF_INVALID');
  });

  it('a truncated PDF: a coded error or a report, never a crash', async () => {
    for (const share of [0.05, 0.3, 0.7]) {
      const code = await codeOf(SPLIT.subarray(0, Math.floor(SPLIT.length * share)));
      expect(['PDF_INVALID', 'PDF_NO_TEXT', 'NOT_A_REPORT', 'parsed']).toContain(code);
    }
  });

  it('PDF_ENCRYPTED for a PDF that needs a password', async () => {
    expect(await codeOf(sample('encrypted.pdf'))).toBe('PDF_ENCRYPTED');
  });

  it('PDF_NO_TEXT for a scanned page (an image, no text layer)', async () => {
    const image: ExtraObject = { id: 100, body: '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8', stream: Buffer.alloc(64, 0x80) };
    const pdf = buildPdf([{ content: 'q 500 700 0 0 50 50 cm /Im0 Do Q\n', resources: '/XObject << /Im0 100 0 R >>' }], [image]);
    expect(await codeOf(pdf)).toBe('PDF_NO_TEXT');
  });

  it('PDF_GARBLED_TEXT for text in a font without Unicode maps', async () => {
    let garbled = '';
    for (let i = 0; i < 60; i++) garbled += ((i * 37) % 90 + 33).toString(16).padStart(4, '0');
    const pdf = buildPdf([{ content: `BT /F3 12 Tf 50 700 Td <${garbled}> Tj ET\n` }]);
    expect(await codeOf(pdf)).toBe('PDF_GARBLED_TEXT');
  });

  it('PDF_TOO_LARGE for more pages than maxPages (a 500-page PDF), and for more bytes than maxBytes', async () => {
    const pages = Array.from({ length: 500 }, (_, i) => ({ content: text(50, 800, `第${i + 1}页`) }));
    const started = performance.now();
    expect(await codeOf(buildPdf(pages))).toBe('PDF_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await codeOf(sample('merged.pdf'), { maxBytes: 1000 })).toBe('PDF_TOO_LARGE');
  });

  /** Forms drawing forms: 10^(levels-1) paths from a few hundred bytes. */
  function bomb(levels: number): Buffer {
    const extra: ExtraObject[] = [];
    for (let k = 0; k < levels; k++) {
      const resources = k === 0 ? '' : `/Resources << /XObject << /X${k - 1} ${100 + k - 1} 0 R >> >>`;
      extra.push({ id: 100 + k, body: `/Type /XObject /Subtype /Form /BBox [0 0 100 100] ${resources}`, stream: k === 0 ? '0 0 m 10 10 l S\n' : `/X${k - 1} Do\n`.repeat(10) });
    }
    return buildPdf([{ content: `${text(50, 800, '政府信息公开工作年度报告')}/X${levels - 1} Do\n`, resources: `/XObject << /X${levels - 1} ${100 + levels - 1} 0 R >>` }], extra);
  }

  it('PDF_TIMEOUT for a bomb (forms drawing forms, 10^7 paths), stopped at the deadline', async () => {
    const started = performance.now();
    expect(await codeOf(bomb(8), { timeoutMs: 2000 })).toBe('PDF_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(8000);
    // The worker thread is replaced: the next PDF is read (and found not to be a report).
    expect(await codeOf(SPLIT)).toBe('NOT_A_REPORT');
  }, 30_000);

  it('a PDF being read when another one\'s deadline stops the shared worker thread is read again, not failed', async () => {
    // The small bomb takes a few seconds to expand; the large one is stopped while it does.
    const [stopped, innocent] = await Promise.all([codeOf(bomb(8), { timeoutMs: 1000 }), codeOf(bomb(5), { timeoutMs: 30_000 })]);
    expect([stopped, innocent]).toEqual(['PDF_TIMEOUT', 'NOT_A_REPORT']);
  }, 60_000);

  it('NOT_A_REPORT for a readable PDF that is not a report', async () => {
    expect(await codeOf(sample('merged.pdf'))).toBe('NOT_A_REPORT');
  });

  it('leaves the caller\'s buffer intact (pdf.js detaches what it is given); takes an ArrayBuffer too', async () => {
    const bytes = new Uint8Array(SPLIT);
    expect(await codeOf(bytes)).toBe('NOT_A_REPORT');
    expect(bytes.byteLength).toBe(SPLIT.length);
    expect(await codeOf(bytes.buffer.slice(0))).toBe('NOT_A_REPORT');
    expect(bytes.byteLength).toBe(SPLIT.length);
  });
});
