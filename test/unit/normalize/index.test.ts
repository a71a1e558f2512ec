import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { fixtureInput } from '../helpers.js';

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
/** A pinyin annotation: Han character, then parentheses holding Latin letters with a tone mark. */
const ANNOTATION = /[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

describe('normalize', () => {
  it('reports seed-004 as traditional and returns it simplified', async () => {
    const result = await normalize(fixtureInput('seed-004'));
    expect(result.script).toBe('traditional');
    expect(result.text).toContain('鄂温克族自治旗教育局');
    expect(result.text).not.toContain('鄂溫克族自治旗教育局');
    expect(result.text.split('\n')[1]).toBe('一、总体情况');
  });

  it('leaves no Latin pinyin in seed-004 and counts what it removed', async () => {
    const input = fixtureInput('seed-004');
    const annotations = (input.match(ANNOTATION) ?? []).filter((a) => TONED.test(a));
    expect(annotations.length).toBeGreaterThan(0);
    const result = await normalize(input);
    expect(result.text).not.toMatch(TONED);
    expect(result.text.match(ANNOTATION)).toBeNull();
    expect(result.pinyinRemoved).toBe(annotations.length);
    expect(result.text).toContain('统计期限自2023年1月1日起至2023年12月31日止');
  });

  it('keeps the line count of seed-004', async () => {
    const input = fixtureInput('seed-004');
    const result = await normalize(input);
    expect(result.text.split('\n')).toHaveLength(input.split(/\r\n|\r|\n/).length);
  });

  it('keeps the line count of every seed', async () => {
    for (const name of ['seed-000', 'seed-001', 'seed-002', 'seed-003']) {
      const input = fixtureInput(name);
      const result = await normalize(input);
      expect(result.text.split('\n'), name).toHaveLength(input.split(/\r\n|\r|\n/).length);
      expect(result.script, name).toBe('simplified');
    }
  });

  it('applies whitespace, width and pinyin rules together on a simplified text', async () => {
    const input = '\ufeff统(tǒng)计\r\n（一）\u3000３，０６８\u00a0件\r\n联系：ＩＣＰ(ICP)';
    const result = await normalize(input);
    expect(result).toEqual({ text: '统计\n(一) 3，068 件\n联系:ICP(ICP)', script: 'simplified', pinyinRemoved: 1 });
  });

  it('leaves a simplified text that needs nothing unchanged', async () => {
    const input = '一、总体情况\n规章 | 0 | 0 | 0 |\n';
    expect(await normalize(input)).toEqual({ text: input, script: 'simplified', pinyinRemoved: 0 });
  });
});
