import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, ensureBuilt, python, tempDir, zfxxgk } from './helpers.js';

beforeAll(() => ensureBuilt());

const SEED_003 = join(FIXTURES, 'seed-003', 'input.txt');
const HTML = join(FIXTURES, 'html-2019-colspan', 'input.html');

const ENCODE = `import sys
src, out, encoding, prefix = sys.argv[1], sys.argv[2], sys.argv[3], bytes.fromhex(sys.argv[4])
text = open(src, encoding='utf-8').read()
if len(sys.argv) > 5: text = text.replace(sys.argv[5], sys.argv[6], 1)
open(out, 'wb').write(prefix + text.encode(encoding))`;

/** Writes `src` re-encoded (optionally with a prefix such as a BOM, and one text replacement). */
function encoded(src: string, name: string, encoding: string, prefixHex = '', replace?: [string, string]): string {
  const out = join(tempDir(), name);
  python(ENCODE, src, out, encoding, prefixHex, ...(replace ?? []));
  return out;
}

function reportOf(file: string, ...flags: string[]): { report: unknown; stderr: string } {
  const run = zfxxgk(['parse', ...flags, file]);
  expect(run.status).toBe(0);
  return { report: JSON.parse(run.stdout), stderr: run.stderr };
}

describe('input encodings', () => {
  const utf8 = (): unknown => reportOf(SEED_003).report;

  it('reads GB18030/GBK text to the same report as the UTF-8 file', () => {
    const file = encoded(SEED_003, 'gbk.txt', 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))).toThrow();
    const { report, stderr } = reportOf(file, '--verbose');
    expect(report).toEqual(utf8());
    expect(stderr).toBe(`zfxxgk: ${file}: read as gb18030 (not valid UTF-8)\n`);
  });

  it('reads UTF-8 with a BOM', () => {
    const file = encoded(SEED_003, 'bom.txt', 'utf-8', 'efbbbf');
    const { report, stderr } = reportOf(file, '--verbose');
    expect(report).toEqual(utf8());
    expect(stderr).toContain('read as utf-8 (byte order mark)');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(reportOf(encoded(SEED_003, 'le.txt', 'utf-16-le', 'fffe')).report).toEqual(utf8());
    expect(reportOf(encoded(SEED_003, 'be.txt', 'utf-16-be', 'feff')).report).toEqual(utf8());
  });

  it('says nothing about encodings without --verbose', () => {
    expect(reportOf(encoded(SEED_003, 'gbk.txt', 'gb18030')).stderr).toBe('');
  });

  it('reads GBK from standard input', () => {
    const file = encoded(SEED_003, 'gbk.txt', 'gb18030');
    const run = zfxxgk(['parse', '-'], { input: readFileSync(file) });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(utf8());
  });

  it('follows the charset an HTML page declares', () => {
    const html = reportOf(HTML).report;
    const file = encoded(HTML, 'page.html', 'gb18030', '', ['charset=utf-8', 'charset=gb2312']);
    const { report, stderr } = reportOf(file, '--verbose');
    expect(report).toEqual(html);
    expect(stderr).toContain('read as gb18030 (the page declares gbk)');
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares GBK (re-encoded crawls)', () => {
    const html = reportOf(HTML).report;
    const source = readFileSync(HTML, 'utf8');
    expect(source).toContain('charset=utf-8');
    const file = join(tempDir(), 'recoded.html');
    writeFileSync(file, source.replace('charset=utf-8', 'charset=gbk'));
    const { report, stderr } = reportOf(file, '--verbose');
    expect(report).toEqual(html);
    expect(stderr).toContain('read as utf-8 (valid UTF-8, although the page declares gbk)');
  });
});
