/** What parseReport() says about bytes, PDFs and mojibake; decode() as exported. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, parseReport, ReportParseError } from '../../src/index.js';
import { FIXTURES } from '../fixture-helpers.js';

async function failure(input: unknown): Promise<ReportParseError> {
  try {
    await parseReport(input as string);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    return error as ReportParseError;
  }
  throw new Error('parseReport resolved');
}

/** GBK bytes for a text (ASCII and two-byte GBK only), by inverting the WHATWG decoder. */
function toGbk(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

const seedBytes = readFileSync(join(FIXTURES, 'seed-001', 'input.txt'));

describe('bytes given to parseReport', () => {
  it('should name decode() for a Buffer or a Uint8Array', async () => {
    for (const bytes of [seedBytes, new Uint8Array(seedBytes)]) {
      const error = await failure(bytes);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('decode()');
    }
  });

  it('should point a PDF (as bytes or as text) to parsePdf from zfxxgk/pdf', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    for (const input of [pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n']) {
      const error = await failure(input);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('this is a PDF: use parsePdf from zfxxgk/pdf');
    }
  });
});

describe('decode()', () => {
  it('should read UTF-8 and GB18030 bytes to the same text', async () => {
    const text = seedBytes.toString('utf8');
    expect(decode(seedBytes)).toBe(text);
    expect(decode(toGbk(text))).toBe(text);
    expect((await parseReport(decode(seedBytes))).meta.year).not.toBeNull();
  });
});

describe('mojibake', () => {
  it('should hint at UTF-8 read as GBK in the NOT_A_REPORT message', async () => {
    const mojibake = new TextDecoder('gb18030').decode(seedBytes);
    const error = await failure(mojibake);
    expect(error.code).toBe('NOT_A_REPORT');
    expect(error.message).toContain('UTF-8 read as GBK');
  });
});
