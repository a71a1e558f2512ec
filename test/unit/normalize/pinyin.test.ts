import { describe, expect, it } from 'vitest';
import { stripPinyin, TONE_MARKS } from '../../../src/normalize/pinyin.js';

describe('stripPinyin', () => {
  it('names in TONE_MARKS exactly the characters that mark an annotation (rewriteCharacters counts them)', () => {
    const marking: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (stripPinyin(`統(t${ch}ng)`).removed === 1) marking.push(ch);
    }
    expect(marking.join('')).toBe([...TONE_MARKS].sort().join(''));
  });

  it('removes a tone-marked annotation after a Han character: 統(tǒng)計 → 統計', () => {
    expect(stripPinyin('統(tǒng)計')).toEqual({ text: '統計', removed: 1 });
  });

  it('removes 聯(lián)系 → 聯系', () => {
    expect(stripPinyin('聯(lián)系')).toEqual({ text: '聯系', removed: 1 });
  });

  it('counts every annotation it removes', () => {
    expect(stripPinyin('發(fā)布、規(guī)章、巴彥托海鎮(zhèn)')).toEqual({ text: '發布、規章、巴彥托海鎮', removed: 3 });
  });

  it('treats ü as a tone mark (女(nü))', () => {
    expect(stripPinyin('女(nü)')).toEqual({ text: '女', removed: 1 });
  });

  it.each(['(一)', '(2021)', '(ICP)', '(tel)', '工作(一)', '年度(2021)', '备案(ICP)', '电话(tel)', '说(shuo)', '(單位:萬元)'])(
    'leaves %s untouched',
    (text) => {
      expect(stripPinyin(text)).toEqual({ text, removed: 0 });
    },
  );

  it('does not touch an annotation that follows a non-Han character', () => {
    expect(stripPinyin('3(tǒng)')).toEqual({ text: '3(tǒng)', removed: 0 });
  });

  it('does not touch a parenthesis with more than 7 letters', () => {
    expect(stripPinyin('統(tǒngtǒngt)')).toEqual({ text: '統(tǒngtǒngt)', removed: 0 });
  });
});
