import { describe, expect, it } from 'vitest';
import { headingCandidate } from '../../../src/sections/headings.js';

describe('headingCandidate', () => {
  it.each([
    ['一、总体情况', { section: 1, written: 1, style: 'plain', strong: true }],
    ['一.总体情况', { section: 1, written: 1, style: 'plain', strong: true }],
    ['一．总体情况', { section: 1, written: 1, style: 'plain', strong: true }],
    ['（一）总体情况', { section: 1, written: 1, style: 'paren', strong: true }],
    ['(一)总体情况', { section: 1, written: 1, style: 'paren', strong: true }],
    ['一、概述', { section: 1, written: 1, style: 'plain', strong: true }],
    ['一、 总体 情况', { section: 1, written: 1, style: 'plain', strong: true }],
    ['二、主动公开政府信息情况', { section: 2, written: 2, style: 'plain', strong: true }],
    ['三、收到和处理政府信息公开申请情况', { section: 3, written: 3, style: 'plain', strong: true }],
    ['四、政府信息公开行政复议、行政诉讼情况', { section: 4, written: 4, style: 'plain', strong: true }],
    ['五、存在的主要问题及改进情况', { section: 5, written: 5, style: 'plain', strong: true }],
    ['五、存在问题及改进情况', { section: 5, written: 5, style: 'plain', strong: true }],
    ['六、其他需要报告的事项', { section: 6, written: 6, style: 'plain', strong: true }],
    ['六、需要说明的其他事项与附表', { section: 6, written: 6, style: 'plain', strong: true }],
  ] as const)('reads %s as a heading', (text, expected) => {
    expect(headingCandidate(text)).toEqual(expected);
  });

  it('reads a heading whose number does not match its wording with the number it has', () => {
    expect(headingCandidate('三、主动公开政府信息情况')).toEqual({ section: 2, written: 3, style: 'plain', strong: true });
  });

  it('reads an unnumbered heading with the usual wording as a strong heading', () => {
    expect(headingCandidate('总体情况')).toEqual({ section: 1, written: 0, style: null, strong: true });
    expect(headingCandidate('主动公开政府信息情况')).toEqual({ section: 2, written: 0, style: null, strong: true });
  });

  it('reads (一)主动公开信息情况 as a weak paren-style candidate for section 2 numbered 1', () => {
    expect(headingCandidate('(一)主动公开信息情况')).toEqual({ section: 2, written: 1, style: 'paren', strong: false });
  });

  it.each([
    '二是创新途径，拓宽公开渠道',
    '三、本年度办理结果',
    '四、结转下年度继续办理',
    '一、本年新收政府信息公开申请数量',
    '(六)其他处理',
    '一）总体情况',
    '（一总体情况',
    '三安全一稳定',
    '一',
  ])('does not read %s as a heading', (text) => {
    expect(headingCandidate(text)).toBeNull();
  });

  it('does not read a 60-character sentence as a heading, even with heading words in it', () => {
    const sentence = '我局2023年在门户网站主动公开政府信息情况良好全年共主动公开政府信息54条部门信息46条政务公开信息6条政策解读2条并及时公开';
    expect(sentence.length).toBeGreaterThanOrEqual(60);
    expect(headingCandidate(sentence)).toBeNull();
  });

  it('does not read a line with sentence punctuation (。；) as a heading', () => {
    expect(headingCandidate('一、总体情况。')).toBeNull();
    expect(headingCandidate('总体情况；')).toBeNull();
  });

  // BUG (headings.ts CANONICAL): the usual wordings of 二…六 are matched anywhere in the text
  // (only 一's is anchored), so a short unnumbered prose line that merely mentions one, without
  // 。 or ；, is taken as a strong heading. In seed-001, inserting the line
  // `现将本机关2021年主动公开政府信息情况报告如下:` into section 一 ends text.overview there,
  // silently moving the rest of 一 into section 二.
  it('does not read a prose line that only mentions a section name as a heading', () => {
    expect(headingCandidate('下面报告本年度主动公开政府信息情况')).toBeNull();
    expect(headingCandidate('现将本机关2021年主动公开政府信息情况报告如下:')).toBeNull();
  });
});
