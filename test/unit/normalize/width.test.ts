import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../../src/normalize/width.js';

describe('toHalfWidth', () => {
  it('turns full-width digits into ASCII digits', () => {
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
  });

  it('turns full-width Latin letters into ASCII letters', () => {
    expect(toHalfWidth('ＡＢＺａｂｚ')).toBe('ABZabz');
  });

  it('turns full-width parentheses and colon into ASCII', () => {
    expect(toHalfWidth('（一）联系电话：０４７０')).toBe('(一)联系电话:0470');
  });

  it('keeps the rest of the Chinese punctuation as written', () => {
    const prose = '，。、“”；《》〔〕【】！？';
    expect(toHalfWidth(prose)).toBe(prose);
  });

  it('leaves the signs the number reader handles (＋－．) alone', () => {
    expect(toHalfWidth('＋－．')).toBe('＋－．');
  });

  it('does not change the length or the line structure', () => {
    const input = '（一）\n３，０６８。\n';
    const out = toHalfWidth(input);
    expect(out).toBe('(一)\n3，068。\n');
    expect(out).toHaveLength(input.length);
  });
});
