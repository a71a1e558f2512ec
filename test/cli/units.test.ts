/** The CLI's pure pieces, imported from source. */
import { describe, expect, it } from 'vitest';

import { csvColumns, csvField, csvLine } from '../../src/cli/csv.js';
import { declaredCharset, decodeWithCharset as decode } from '../../src/decode/charset.js';
import { comparePaths } from '../../src/cli/inputs.js';
import { Status } from '../../src/cli/progress.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('csv', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['a', null, 1])).toBe('a,,1\r\n');
  });

  it('derives the columns from the report shape', () => {
    const columns = csvColumns();
    expect(columns[0]).toBe('file');
    expect(columns.at(-1)).toBe('warnings');
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns).toContain('activeDisclosure.fees.amount');
    expect(columns).toContain('applications.denied.stateSecret.naturalPerson');
    expect(columns).toContain('reviewLitigation.litigationAfterReview.total');
    expect(columns.filter((c) => c.startsWith('text'))).toEqual([]);
    // 7 applicant columns × 26 table-三 row objects (2021 and 2019 rows together), 15 table-四 cells
    expect(columns.filter((c) => c.startsWith('applications.'))).toHaveLength(7 * 26);
    expect(columns.filter((c) => c.startsWith('reviewLitigation.'))).toHaveLength(15);
  });
});

describe('decode', () => {
  it('detects BOMs', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('年度')]))).toMatchObject({ text: '年度', encoding: 'utf-8', via: 'bom' });
    expect(decode(new Uint8Array([0xff, 0xfe, 0x74, 0x5e]))).toMatchObject({ text: '年', encoding: 'utf-16le' });
    expect(decode(new Uint8Array([0xfe, 0xff, 0x5e, 0x74]))).toMatchObject({ text: '年', encoding: 'utf-16be' });
  });

  it('reads valid UTF-8 as UTF-8 and anything else as GB18030', () => {
    expect(decode(bytes('政府信息公开'))).toMatchObject({ text: '政府信息公开', encoding: 'utf-8' });
    // 中文 in GBK, and a GB18030 four-byte sequence (U+0080)
    expect(decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({ text: '中文', encoding: 'gb18030', via: 'fallback' });
    expect(decode(new Uint8Array([0xd6, 0xd0, 0x81, 0x30, 0x81, 0x30])).text).toBe('中\u0080');
  });

  it('finds the charset an HTML page declares in its first 2 KB', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="GB2312"></head>'))).toBe('gbk');
    expect(declaredCharset(bytes(`<meta http-equiv='Content-Type' content='text/html; charset=gbk'>`))).toBe('gbk');
    expect(declaredCharset(bytes('<meta name="x" content="y"><meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredCharset(bytes('<meta charset="no-such-thing">'))).toBeNull();
    expect(declaredCharset(bytes(`${' '.repeat(2100)}<meta charset="gbk">`))).toBeNull();
    const page = new Uint8Array([...bytes('<meta charset="gbk"><p>'), 0xd6, 0xd0]);
    expect(decode(page, true)).toMatchObject({ text: '<meta charset="gbk"><p>中', encoding: 'gb18030', via: 'meta', declared: 'gbk' });
    // sniffed as HTML when the extension says nothing
    expect(decode(page)).toMatchObject({ via: 'meta' });
  });
});

describe('inputs', () => {
  it('sorts paths as a tree, by code unit', () => {
    expect(['b/x', 'a-b/x', 'a/y', 'a/x', 'B'].sort(comparePaths)).toEqual(['B', 'a/x', 'a/y', 'a-b/x', 'b/x']);
  });
});

describe('progress line', () => {
  function stream(isTTY: boolean): { chunks: string[]; write(chunk: string): void; isTTY: boolean } {
    const chunks: string[] = [];
    return { chunks, isTTY, write: (chunk: string) => void chunks.push(chunk) };
  }

  it('is silent when stderr is not a terminal, but diagnostics still print', () => {
    const s = stream(false);
    const status = new Status(s);
    status.start(2);
    status.tick();
    status.print('cannot read x: no such file or directory');
    status.tick();
    status.stop();
    expect(s.chunks.join('')).toBe('zfxxgk: cannot read x: no such file or directory\n');
  });

  it('updates one line with \\r, clears it around diagnostics and at the end', () => {
    const s = stream(true);
    const status = new Status(s);
    status.start(12);
    status.tick();
    status.print('oops');
    for (let i = 1; i < 12; i++) status.tick();
    status.stop();
    const out = s.chunks.join('');
    expect(out.startsWith('\r0/12 files · 0 failed')).toBe(true);
    expect(out).toContain('\r1/12 files · 0 failed');
    expect(out).toContain(`\r${' '.repeat('1/12 files · 0 failed'.length)}\rzfxxgk: oops\n\r1/12 files · 0 failed`);
    expect(out).toContain('\r12/12 files · 0 failed');
    expect(out.endsWith(`\r${' '.repeat('12/12 files · 0 failed'.length)}\r`)).toBe(true);
  });
});
