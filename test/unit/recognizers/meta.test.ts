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

  it('reads the agency from the report\'s own set phrases when they agree', () => {
    expect(organizationFromText('本报告由某某县教育局编制。如对本报告有任何疑问，请与某某县教育局办公室联系。')).toBe('某某县教育局');
    expect(organizationFromText('现将某某市统计局2022年政府信息公开工作年度报告公布如下。')).toBe('某某市统计局');
  });

  it('is null when the phrases name different agencies (never picked by frequency)', () => {
    const text = '成立了某某县教育局政府信息公开工作领导小组。某某县教育局政府信息公开平台。请与某某县人民政府办公室联系。';
    expect(organizationFromText(text)).toBeNull();
  });

  it('never takes a sentence fragment: prose that mentions agencies without a set phrase gives null', () => {
    expect(organizationFromText('全面推进县政府办公室和各乡镇政府信息公开工作，联系群众，及时回应。')).toBeNull();
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

describe('titles users meet (issue: wrong meta must be null, never a wrong value)', () => {
  const meta = (lines: string[]) => {
    const title = findTitle(paragraphs(lines), paragraphs(lines));
    return { title, organization: title === null ? null : organizationFromTitle(title), year: title === null ? null : yearFromTitle(title) };
  };

  it('reads a title that starts with the year', () => {
    expect(meta(['2023年北京市朝阳区财政局政府信息公开工作年度报告'])).toEqual({ title: '2023年北京市朝阳区财政局政府信息公开工作年度报告', organization: '北京市朝阳区财政局', year: 2023 });
    expect(meta(['2024 年某某县水利局政府信息公开工作年度报告']).organization).toBe('某某县水利局');
  });

  it('reads a title without 工作', () => {
    expect(meta(['某某市交通运输局2022年政府信息公开年度报告'])).toEqual({ title: '某某市交通运输局2022年政府信息公开年度报告', organization: '某某市交通运输局', year: 2022 });
  });

  it('strips a 名称: field name in front of the title', () => {
    expect(meta(['名称：某某区民政局2021年政府信息公开工作年度报告']).organization).toBe('某某区民政局');
    expect(meta(['文章标题: 某某区民政局2021年政府信息公开工作年度报告']).title).toBe('某某区民政局2021年政府信息公开工作年度报告');
  });

  it('never takes a 上一篇 / 下一篇 link for the title', () => {
    expect(meta(['上一篇：某某局2021年政府信息公开工作年度报告', '某某局2022年政府信息公开工作年度报告']).year).toBe(2022);
    expect(meta(['下一篇：某某局2023年政府信息公开工作年度报告']).title).toBeNull();
  });

  it('joins a title broken over two lines in PDF text (the agency, then the year and the rest)', () => {
    expect(meta(['某某市生态环境局', '2023 年政府信息公开工作年度报告'])).toEqual({ title: '某某市生态环境局2023年政府信息公开工作年度报告', organization: '某某市生态环境局', year: 2023 });
  });

  it('is null for the organization when a year-first title names none', () => {
    expect(meta(['2021年政府信息公开工作年度报告']).organization).toBeNull();
  });

  it('does not read a sentence as a title', () => {
    expect(meta(['根据要求，现将本局2021年政府信息公开工作年度报告如下。']).title).toBeNull();
  });
});
