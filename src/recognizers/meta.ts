import type { Block } from '../model.js';
import { removeSpaces } from '../normalize/whitespace.js';

/**
 * Title, organization and year, from the report itself — never from page menus, which
 * list dozens of other agencies.
 *
 *     鄂托克旗工信和科技局2022年政府信息公开工作年度报告 → 鄂托克旗工信和科技局 · 2022
 *     本年度报告所列数据统计期限自2023年1月1日起至2023年12月31日止 → 2023
 */
const TITLE = /^(?:标题|名称|题目)?[:：]?(.{2,60}?(?:19|20)\d{2}年度?.{0,24}?(?:年度报告|年报))$/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})年/;
const ORG_TAIL = /(?:局|委员会|委|办公室|办|政府|镇|乡|街道办事处|街道|中心|院|厅|部|署|会|所|站|队|处|馆|集团|公司|管委会|管理局)$/;

export function findTitle(before: readonly Block[], all: readonly Block[]): string | null {
  for (const list of [before, all.slice(0, 40)]) {
    for (const block of list) {
      if (block.kind !== 'paragraph') continue;
      // `<title>` often carries the site after the report: `…年度报告_政府信息公开年报_某某市人民政府`.
      const key = removeSpaces(block.text).replace(/(年度报告|年报)[_|｜].*$/, '$1');
      if (key.length > 90) continue;
      const match = TITLE.exec(key);
      if (match && /信息公开|政务公开|政务信息/.test(match[1]!)) return match[1]!;
    }
  }
  return null;
}

export function organizationFromTitle(title: string): string | null {
  const year = YEAR_IN_TITLE.exec(title);
  if (!year || year.index < 2) return null;
  const org = title.slice(0, year.index).replace(/关于$|的$/, '');
  return org.length >= 2 ? org : null;
}

/** Agency names the text attaches to 政府信息公开 or 办公室, the most frequent wins. */
export function organizationFromText(text: string): string | null {
  const counts = new Map<string, number>();
  const pattern = /([\u4e00-\u9fff]{2,24}?)(?:政府信息公开|办公室|政务公开)/g;
  const sample = text.slice(0, 20_000);
  for (const match of sample.matchAll(pattern)) {
    const name = match[1]!.replace(/^(?:成立了|成立|请与|请联系|联系|根据|按照|为|由|对|在|是|和|及|与|我|本)+/, '');
    if (!ORG_TAIL.test(name) || name.length < 3) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

export function yearFromTitle(title: string): number | null {
  const match = YEAR_IN_TITLE.exec(title);
  return match ? Number(match[1]) : null;
}

/** 统计期限 / 本年度 … from the report's text. */
export function yearFromText(text: string): number | null {
  const sample = removeSpaces(text.slice(0, 20_000));
  const period = /统计(?:期限|时限|时间)(?:为|是|自|从)?(?:自|从)?((?:19|20)\d{2})年1月1日/.exec(sample);
  if (period) return Number(period[1]);
  const annual = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)工作年度报告/.exec(sample);
  if (annual) return Number(annual[1]);
  return null;
}
