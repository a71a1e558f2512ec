import { describe, expect, it } from 'vitest';
import { spaceTolerant } from '../../../src/normalize/space-tolerant.js';
import { removeSpaces } from '../../../src/normalize/whitespace.js';

/** Every match of a global pattern: its captures, spaces removed. */
const captures = (pattern: RegExp, text: string): string[][] => [...text.matchAll(pattern)].map((m) => m.slice(1).map((g) => (g === undefined ? '' : removeSpaces(g))));

describe('spaceTolerant', () => {
  it('matches a text with spaces where the pattern matches it without them, capturing the same once spaces are removed', () => {
    const pattern = spaceTolerant(/统计(?:期限|时间)(?:为)?((?:19|20)\d{2})年/);
    const match = pattern.exec('统 计 期限为 2 0 2 1 年 1 月');
    expect(match?.index).toBe(0);
    expect(removeSpaces(match![1]!)).toBe('2021');
  });

  it('takes `.` and a negated class as one character that is not a space', () => {
    expect(spaceTolerant(/存在.{0,2}问题/).test('存 在  的 问 题')).toBe(true);
    expect(spaceTolerant(/存在.{0,2}问题/).test('存在 主 要 的问题')).toBe(false);
    expect(spaceTolerant(/由[^。]{0,2}编/).test('由 某 局 编')).toBe(true);
  });

  it('finds what the pattern finds in the spaceless text, wherever spaces fall (random spacing)', () => {
    const pattern = /本(?:年度)?报告由([\u4e00-\u9fff]{2,4}?)(?:编制|发布)|现将([\u4e00-\u9fff]{1,3})(?:19|20)\d{2}年度?/g;
    const texts = ['本报告由某某局编制。现将某局2021年度', '本年度报告由某局发布', '本报告由某某某某某局编制', '现将某某2021年现将局1999年', '本报告由局编制本报告由某局发布', '现将某局20年'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 8) % n;
    };
    const tolerant = spaceTolerant(pattern);
    let found = 0;
    for (let t = 0; t < 600; t++) {
      const text = [...texts[t % texts.length]!].map((ch) => ch + [' ', '', '', '\n', '  '][random(5)]!).join('');
      const expected = captures(pattern, removeSpaces(text));
      expect(captures(tolerant, text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBe(600); // six matches in every six texts: the test is not vacuous
  });

  it('refuses what it cannot rewrite (anchors, lookarounds, back-references)', () => {
    expect(() => spaceTolerant(/^总体情况/)).toThrow();
    expect(() => spaceTolerant(/总体(?=情况)/)).toThrow();
    expect(() => spaceTolerant(/(情)\1/)).toThrow();
  });
});
