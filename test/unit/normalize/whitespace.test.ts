import { describe, expect, it } from 'vitest';
import { collapseSpaces, normalizeWhitespace, removeSpaces } from '../../../src/normalize/whitespace.js';

describe('normalizeWhitespace', () => {
  it('turns NBSP, ideographic space and typographic spaces into a plain space', () => {
    expect(normalizeWhitespace('a\u00a0b\u3000c\u2003d\u202fe')).toBe('a b c d e');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(normalizeWhitespace('\ufeff规\u200b章\u200c0\u200d\u2060')).toBe('规章0');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeWhitespace('一\r\n二\r三\n四')).toBe('一\n二\n三\n四');
  });

  it('keeps the number of lines of a mixed CRLF / CR / LF text', () => {
    const input = '标题\r\n\r\n\u3000\u3000一、总体情况\r\u00a00\u00a0\n\u200b\n末行';
    const lines = input.split(/\r\n|\r|\n/).length;
    expect(normalizeWhitespace(input).split('\n')).toHaveLength(lines);
  });

  it('leaves a blank cell made of NBSP as blank as one made of spaces', () => {
    expect(normalizeWhitespace('\u00a0\u00a0').trim()).toBe('');
    expect(normalizeWhitespace('\u00a00\u00a0').trim()).toBe('0');
  });

  it('keeps tabs, which separate TSV cells', () => {
    expect(normalizeWhitespace('行政许可\t0\t\t')).toBe('行政许可\t0\t\t');
  });
});

describe('collapseSpaces', () => {
  it('collapses runs of whitespace, including newlines, to one space and trims', () => {
    expect(collapseSpaces('  商业\n\t企业  ')).toBe('商业 企业');
  });
});

describe('removeSpaces', () => {
  it('removes every whitespace character', () => {
    expect(removeSpaces('稷山县工科局 2022 年政府信息公开工作 年度报告')).toBe('稷山县工科局2022年政府信息公开工作年度报告');
  });
});
