import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { splitSections } from '../../../src/sections/split.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, paragraphs } from '../helpers.js';

const texts = (blocks: readonly Block[] | null | undefined): string[] | null =>
  blocks ? blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.kind}]`)) : null;

function split(list: readonly (string | Block)[]): { before: string[] | null; body: (string[] | null)[]; warnings: Warnings } {
  const warnings = new Warnings();
  const blocks = list.map((item, i): Block => (typeof item === 'string' ? { kind: 'paragraph', text: item, line: i + 1 } : item));
  const result = splitSections(blocks, warnings);
  return { before: texts(result.before), body: result.body.map(texts), warnings };
}

const SIX = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

describe('splitSections', () => {
  it('puts each block into its section, in order, and what comes before 一 into before', () => {
    const { before, body, warnings } = split(['某某局2022年政府信息公开工作年度报告', SIX[0]!, '概述', SIX[1]!, '规章', '0', SIX[2]!, '自然人', SIX[3]!, '行政复议', SIX[4]!, '问题', SIX[5]!, '无']);
    expect(before).toEqual(['某某局2022年政府信息公开工作年度报告']);
    expect(body).toEqual([null, ['概述'], ['规章', '0'], ['自然人'], ['行政复议'], ['问题'], ['无']]);
    expect(warnings.list).toEqual([]);
  });

  it('leaves a missing section null and an empty one empty', () => {
    const { body } = split([SIX[0]!, 'a', SIX[1]!, SIX[4]!, 'b']);
    expect(body).toEqual([null, ['a'], [], null, null, ['b'], null]);
  });

  it('keeps tables and notes in the section they fall in', () => {
    const table: Block = { kind: 'table', line: 3, rows: [[{ text: '规章', line: 3 }]] };
    const { body } = split([SIX[0]!, SIX[1]!, table]);
    expect(body[2]).toEqual(['[table]']);
  });

  it('accepts a mis-numbered heading with the canonical wording (三、主动公开政府信息情况 as 二)', () => {
    const { body } = split([SIX[0]!, 'a', '三、主动公开政府信息情况', 'b', SIX[2]!, 'c']);
    expect(body.slice(1, 4)).toEqual([['a'], ['b'], ['c']]);
  });

  it('ignores (一)主动公开信息情况 inside section 一 of a report whose headings use 一、', () => {
    const { body } = split([SIX[0]!, '(一)主动公开信息情况', 'x', '(二)依申请公开情况', 'y', SIX[1]!, 'z']);
    expect(body[1]).toEqual(['(一)主动公开信息情况', 'x', '(二)依申请公开情况', 'y']);
    expect(body[2]).toEqual(['z']);
  });

  it('reads paren-style headings when the report uses them throughout', () => {
    const { body } = split(['(一)总体情况', 'a', '(二)主动公开政府信息情况', 'b', '(三)收到和处理政府信息公开申请情况', 'c']);
    expect(body.slice(1, 4)).toEqual([['a'], ['b'], ['c']]);
  });

  it('does not go back: a heading of an earlier section is content', () => {
    const { body } = split([SIX[0]!, SIX[2]!, 'a', SIX[1]!, 'b']);
    expect(body[3]).toEqual(['a', SIX[1]!, 'b']);
    expect(body[2]).toBeNull();
  });

  it('does not take table-三 row titles (三、本年度办理结果, 四、结转下年度继续办理) for headings', () => {
    const { body } = split([SIX[0]!, SIX[2]!, '三、本年度办理结果', '四、结转下年度继续办理', '0', SIX[3]!]);
    expect(body[3]).toEqual(['三、本年度办理结果', '四、结转下年度继续办理', '0']);
    expect(body[4]).toEqual([]);
  });

  it('drops the footer chrome after 六 and everything after it, with a TEXT_DROPPED warning at its line', () => {
    const { body, warnings } = split([SIX[0]!, SIX[5]!, '我局未收取费用。', '版权所有:某某局', '网站地图', '某某局']);
    expect(body[6]).toEqual(['我局未收取费用。']);
    expect(codes(warnings)).toEqual([['TEXT_DROPPED', '']]);
    expect(warnings.list[0]!.line).toBe(4);
  });

  it('keeps chrome-like lines inside sections before 六', () => {
    const { body, warnings } = split([SIX[0]!, '联系我们', SIX[1]!]);
    expect(body[1]).toEqual(['联系我们']);
    expect(warnings.list).toEqual([]);
  });

  it('warns TEXT_DROPPED for page chrome before 一 and keeps it out of the sections', () => {
    const { before, body, warnings } = split(['首页 > 政务公开', '发布时间:2023-01-01', SIX[0]!, 'a']);
    expect(before).toEqual(['首页 > 政务公开', '发布时间:2023-01-01']);
    expect(body[1]).toEqual(['a']);
    expect(codes(warnings)).toEqual([['TEXT_DROPPED', '']]);
    expect(warnings.list[0]!.line).toBe(1);
  });

  it('puts everything in before when there is no heading', () => {
    const { before, body } = split(paragraphs(['规章', '0']));
    expect(before).toEqual(['规章', '0']);
    expect(body.every((b) => b === null)).toBe(true);
  });
});
