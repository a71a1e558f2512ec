import type { Block } from '../model.js';
import type { Warnings } from '../warnings.js';
import { isChrome } from '../normalize/chrome.js';
import { type HeadingStyle, headingCandidate } from './headings.js';

export interface Sections {
  /** blocks before section 一 (title, preface, page chrome) */
  before: Block[];
  /** sections 1–6 by number; null where the report has no such section */
  body: (Block[] | null)[];
}

function accept(candidate: NonNullable<ReturnType<typeof headingCandidate>>, current: number, style: HeadingStyle | null): boolean {
  if (candidate.section <= current) return false;
  if (candidate.style === null) return candidate.strong || current === 0 || candidate.section === current + 1;
  const sameStyle = style === null || candidate.style === style;
  if (candidate.written === candidate.section) return sameStyle || candidate.strong;
  return candidate.strong && sameStyle;
}

/**
 * Step 3: splits blocks into the six sections by their headings, whatever the numbering
 * style, and drops page chrome after section 六. Headings must come in order; a heading
 * with a wrong number is accepted when its wording is the usual one.
 */
export function splitSections(blocks: readonly Block[], warnings: Warnings): Sections {
  const body: (Block[] | null)[] = [null, null, null, null, null, null, null];
  const before: Block[] = [];
  let current = 0;
  let style: HeadingStyle | null = null;
  let droppedAt = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      const candidate = headingCandidate(block.text);
      // Section 一 again after the tables: a second report in the same input (a page that
      // lists several, or a file that repeats one). Only the first is read.
      if (candidate?.section === 1 && current >= 3) {
        if (droppedAt > 0) warnings.add('TEXT_DROPPED', '删除了报告末尾的网页框架文字（页脚、网站信息等）', { line: droppedAt });
        droppedAt = 0;
        warnings.add('MULTIPLE_REPORTS', `第${block.line}行起是另一份报告，只读取第一份`, { line: block.line });
        break;
      }
      if (droppedAt > 0) continue; // past the report's end: chrome, unless another report starts
      if (candidate && accept(candidate, current, style)) {
        current = candidate.section;
        style ??= candidate.style;
        body[current] = [];
        continue;
      }
      if (current === 6 && isChrome(block.text)) {
        droppedAt = block.line;
        continue;
      }
    }
    if (droppedAt > 0) continue;
    if (current === 0) before.push(block);
    else body[current]!.push(block);
  }
  if (droppedAt > 0) warnings.add('TEXT_DROPPED', '删除了报告末尾的网页框架文字（页脚、网站信息等）', { line: droppedAt });
  const chrome = before.find((block) => block.kind === 'paragraph' && isChrome(block.text));
  if (chrome) warnings.add('TEXT_DROPPED', '删除了报告前的网页框架文字（导航、发布信息等）', { line: chrome.line });
  return { before, body };
}
