import type { Block } from '../model.js';
import { spaceTolerant } from '../normalize/space-tolerant.js';
import { removeSpaces } from '../normalize/whitespace.js';

/**
 * Title, organization and year, from the report itself — never from page menus, which
 * list dozens of other agencies, and never a guess: what is not certain is null.
 *
 *     鄂托克旗工信和科技局2022年政府信息公开工作年度报告 → 鄂托克旗工信和科技局 · 2022
 *     2023年北京市朝阳区财政局政府信息公开工作年度报告   → 北京市朝阳区财政局 · 2023
 *     本年度报告所列数据统计期限自2023年1月1日起至2023年12月31日止 → 2023
 */
const TITLE = /^(.{0,60}?(?:19|20)\d{2}年度?.{0,40}?(?:年度报告|年报))$/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})年/;
const DISCLOSURE = /信息公开|政务公开|政务信息/;
/** Field names and navigation that stand before a title on pages and in exports. */
const PREFIX = /^(?:(?:文件|文章|信息)?(?:标题|名称|题目)|主题)[:：]/;
/** Links to other reports (上一篇：…) are titles, but not this report's. */
const NAVIGATION = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关(?:阅读|文章|链接|信息|新闻)|推荐阅读|热点|延伸阅读)/;
const ORG_TAIL = /(?:局|委员会|委|办公室|室|办|政府|镇|乡|街道办事处|街道|中心|院|厅|部|署|会|所|站|队|处|馆|行|社|集团|公司|管委会|管理局|区|县|市|旗|盟)$/;

function titleKey(text: string): string | null {
  // `<title>` often carries the site after the report: `…年度报告_政府信息公开年报_某某市人民政府`.
  const key = removeSpaces(text).replace(/(年度报告|年报)[_|｜-].*$/, '$1');
  if (key.length > 90 || NAVIGATION.test(key)) return null;
  return key.replace(PREFIX, '');
}

function isTitle(key: string): boolean {
  const match = TITLE.exec(key);
  return match !== null && DISCLOSURE.test(key) && !/[。；;，,]/.test(key);
}

/**
 * The report's title: the first paragraph shaped like one before section 一 (else among the
 * first 40 blocks). A title broken over two lines in PDF text (the agency on one line,
 * `2023年政府信息公开工作年度报告` on the next) is joined.
 */
export function findTitle(before: readonly Block[], all: readonly Block[]): string | null {
  for (const list of [before, all.slice(0, 40)]) {
    // The paragraph before, whose key is needed only when a title follows it.
    let previousText: string | null = null;
    for (const block of list) {
      if (block.kind !== 'paragraph') continue;
      // A title ends in 年度报告 or 年报: a paragraph without 报 or 年 is none (and needs no key yet).
      const key = block.text.includes('报') && block.text.includes('年') ? titleKey(block.text) : null;
      if (key !== null && isTitle(key)) {
        // Starts with the year and names no agency: the agency may be the line above.
        const previous = previousText === null ? null : titleKey(previousText);
        if (/^(?:19|20)\d{2}年/.test(key) && previous !== null && previous.length <= 30 && ORG_TAIL.test(previous) && organizationFromTitle(key) === null) {
          return previous + key;
        }
        return key;
      }
      previousText = block.text;
    }
  }
  return null;
}

/** The agency a title names: before its year, or (a title starting with the year) between the year and 政府信息公开. */
export function organizationFromTitle(title: string): string | null {
  const year = YEAR_IN_TITLE.exec(title);
  if (!year) return null;
  let org: string;
  if (year.index === 0) {
    const after = title.slice(year[0].length).replace(/^度/, '');
    const end = after.search(/(?:政府信息公开|政务公开|政务信息公开|信息公开)/);
    org = end > 0 ? after.slice(0, end) : '';
  } else {
    org = title.slice(0, year.index);
  }
  org = org.replace(/关于$|的$/, '');
  return org.length >= 2 && ORG_TAIL.test(org) ? org : null;
}

/** Only the report's first 20,000 characters are searched for its own phrases. */
const PHRASE_SAMPLE = 20_000;

/**
 * The agency as the report's own set phrases name it, when it has no title: 本报告由…编制,
 * 现将…年度报告, 请与…联系, 成立…领导小组. Every phrase found must name the same agency,
 * else null: an agency is never picked out of prose by guessing. The phrases match with
 * whitespace anywhere (space-tolerant.ts): PDF text spaces them out, and a spaceless copy of
 * the text costs more than the search.
 */
const OWN_PHRASES: readonly RegExp[] = [
  /本(?:年度)?报告(?:是)?(?:根据[^。]{0,60}?)?由([\u4e00-\u9fff]{2,30}?)(?:编制|制作|发布|负责)/g,
  /现将([\u4e00-\u9fff]{2,30}?)(?:19|20)\d{2}年度?政府信息公开工作年度报告/g,
  /请(?:与|联系)([\u4e00-\u9fff]{2,30}?)(?:办公室|综合科|办公厅)?联系/g,
  /成立了?(?:以[^。]{0,20}?的)?([\u4e00-\u9fff]{2,30}?)政府信息公开(?:工作)?领导小组/g,
].map(spaceTolerant);

export function organizationFromText(text: string): string | null {
  const sample = text.slice(0, PHRASE_SAMPLE);
  const names = new Set<string>();
  for (const pattern of OWN_PHRASES) {
    // exec from the start, not matchAll: no copy of the pattern and no iterator per search.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sample); match !== null; match = pattern.exec(sample)) {
      const name = removeSpaces(match[1]!).replace(/^(?:我们|我)/, '');
      if (name.length >= 3 && ORG_TAIL.test(name) && !/^(?:本|我|该|各)/.test(name)) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

export function yearFromTitle(title: string): number | null {
  const match = YEAR_IN_TITLE.exec(title);
  return match ? Number(match[1]) : null;
}

/** The year a report's text states: its 统计期限, else its own title in a sentence (whitespace anywhere, as above). */
const PERIOD = spaceTolerant(/统计(?:期限|时限|时间)(?:为|是|自|从)?(?:自|从)?((?:19|20)\d{2})年1月1日/);
const ANNUAL = spaceTolerant(/((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)工作年度报告/);

/** 统计期限 / 本年度 … from the report's text. */
export function yearFromText(text: string): number | null {
  const sample = text.slice(0, PHRASE_SAMPLE);
  const period = PERIOD.exec(sample);
  if (period) return Number(removeSpaces(period[1]!));
  const annual = ANNUAL.exec(sample);
  if (annual) return Number(removeSpaces(annual[1]!));
  return null;
}
