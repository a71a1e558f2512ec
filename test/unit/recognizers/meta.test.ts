import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { normalize } from '../../../src/normalize/index.js';
import { findTitle, organizationFromText, organizationFromTitle, yearFromText, yearFromTitle } from '../../../src/recognizers/meta.js';
import { fixtureInput, paragraphs } from '../helpers.js';

/** A seed as the pipeline sees it: normalized, one paragraph per non-blank line; `before` = lines before 一、. */
async function seed(name: string): Promise<{ text: string; before: Block[]; all: Block[] }> {
  const { text } = await normalize(fixtureInput(name));
  const all = paragraphs(text.split('\n').filter((line) => line.trim() !== ''));
  const first = all.findIndex((b) => b.kind === 'paragraph' && /^\s*一、/.test(b.text));
  return { text, before: all.slice(0, first), all };
}

describe('findTitle, organizationFromTitle, yearFromTitle on the seeds', () => {
  it.each([
    ['seed-000', '鄂托克旗工信和科技局2022年政府信息公开工作年度报告', '鄂托克旗工信和科技局', 2022],
    ['seed-001', '包头市工业和信息化局2021年度政务信息公开年度报告', '包头市工业和信息化局', 2021],
    ['seed-002', '稷山县工科局2022年政府信息公开工作年度报告', '稷山县工科局', 2022],
    ['seed-003', '阿拉善盟阿拉善右旗巴丹吉林镇2022年度政府信息公开工作年度报告', '阿拉善盟阿拉善右旗巴丹吉林镇', 2022],
  ] as const)('reads the title, organization and year of %s', async (name, title, organization, year) => {
    const { before, all } = await seed(name);
    const found = findTitle(before, all);
    expect(found).toBe(title);
    expect(organizationFromTitle(found!)).toBe(organization);
    expect(yearFromTitle(found!)).toBe(year);
  });

  it('finds no title in seed-004, which has none', async () => {
    const { before, all } = await seed('seed-004');
    expect(findTitle(before, all)).toBeNull();
  });
});

describe('findTitle', () => {
  it('strips a 标题: prefix and the whitespace inside the title', () => {
    expect(findTitle(paragraphs(['标题: 某某局 2021年政府信息公开工作年度报告']), [])).toBe('某某局2021年政府信息公开工作年度报告');
  });

  it('cuts a site suffix after _ or |', () => {
    expect(findTitle(paragraphs(['某某局2019年度政府信息公开工作年度报告_政府信息公开年报']), [])).toBe('某某局2019年度政府信息公开工作年度报告');
  });

  it('needs a year and 信息公开 / 政务公开 in the title', () => {
    expect(findTitle(paragraphs(['某某局政府信息公开工作年度报告', '某某局2021年工作年度报告']), [])).toBeNull();
  });

  it('looks at the first 40 blocks when nothing before 一 is a title', () => {
    const all = paragraphs([...Array<string>(5).fill('正文'), '某某局2020年政府信息公开工作年度报告']);
    expect(findTitle([], all)).toBe('某某局2020年政府信息公开工作年度报告');
  });
});

describe('organizationFromTitle', () => {
  it('drops a trailing 关于…的 around the agency', () => {
    expect(organizationFromTitle('某某局关于2021年政府信息公开工作年度报告')).toBe('某某局');
    expect(organizationFromTitle('某某局的2021年政府信息公开工作年度报告')).toBe('某某局');
  });

  it('is null when the title starts with the year', () => {
    expect(organizationFromTitle('2021年政府信息公开工作年度报告')).toBeNull();
  });
});

describe('organizationFromText', () => {
  it("reads 鄂温克族自治旗教育局 from seed-004's simplified text", async () => {
    const { text } = await normalize(fixtureInput('seed-004'));
    expect(organizationFromText(text)).toBe('鄂温克族自治旗教育局');
  });

  it('takes the agency the text names most often', () => {
    const text = '成立了某某县教育局政府信息公开工作领导小组。某某县教育局政府信息公开平台。请与某某县人民政府办公室联系。';
    expect(organizationFromText(text)).toBe('某某县教育局');
  });

  it('is null when no agency is named', () => {
    expect(organizationFromText('本年度未收到申请。')).toBeNull();
  });
});

describe('yearFromText', () => {
  it('reads the year of a 统计期限 sentence', () => {
    expect(yearFromText('本年度报告所列数据统计期限自2023年1月1日起至2023年12月31日止。')).toBe(2023);
  });

  it('reads it across spaces', () => {
    expect(yearFromText('统计期限为 2021 年 1 月 1 日至 2021 年 12 月 31 日')).toBe(2021);
  });

  it('falls back to a title-like …年度政府信息公开工作年度报告 phrase', () => {
    expect(yearFromText('现发布某某局2020年度政府信息公开工作年度报告')).toBe(2020);
  });

  it('is null without either', () => {
    expect(yearFromText('本报告没有写明年份。')).toBeNull();
  });

  it('reads 2023 from seed-004', async () => {
    const { text } = await normalize(fixtureInput('seed-004'));
    expect(yearFromText(text)).toBe(2023);
  });
});
