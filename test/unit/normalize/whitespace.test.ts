import { describe, expect, it } from 'vitest';
import { collapseSpaces, isWhitespace, removeSpaces, wordsOf } from '../../../src/normalize/whitespace.js';

describe('isWhitespace', () => {
  it('is `\\s` on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('wordsOf', () => {
  it('gives the runs `\\S+` finds between two positions, counted from a base', () => {
    expect(wordsOf('xx  规章   0\u3000 12 ', 4, 15, 2)).toEqual([
      { text: '规章', start: 2, end: 4 },
      { text: '0', start: 7, end: 8 },
      { text: '12', start: 10, end: 12 },
    ]);
    // Random texts of words and odd whitespace, whole: the same runs as the regex.
    const parts = ['商', 'a', '12', ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff'];
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: next() % 12 }, () => parts[next() % parts.length]).join('');
      const want = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
      expect(wordsOf(text, 0, text.length, 0), JSON.stringify(text)).toEqual(want);
    }
  });
});

describe('collapseSpaces', () => {
  it('collapses runs of whitespace, including newlines, to one space and trims', () => {
    expect(collapseSpaces('  商业\n\t企业  ')).toBe('商业 企业');
  });

  it('returns a collapsed text as it is and agrees with the regex definition on every kind of text', () => {
    const collapsed = '公开 信息 1136 条';
    expect(collapseSpaces(collapsed)).toBe(collapsed);
    // Texts built from plain and odd whitespace (tab, NBSP, ideographic space, newline) at the
    // ends, doubled or alone inside: the fast path must never keep one the regex would change.
    const parts = ['商', 'a', '1', ' ', '  ', '\t', '\u00a0', '\u3000', '\n'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = next() % 7;
      for (let i = 0; i < length; i++) text += parts[next() % parts.length];
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('removeSpaces', () => {
  it('removes every whitespace character', () => {
    expect(removeSpaces('稷山县工科局 2022 年政府信息公开工作 年度报告')).toBe('稷山县工科局2022年政府信息公开工作年度报告');
  });
});
