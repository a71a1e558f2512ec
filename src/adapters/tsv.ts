import type { Adapter } from '../model.js';
import { readDelimited } from './delimited.js';
import { lineShare, splitLines } from './text-lines.js';

/**
 * `tsv`: text copied out of a PDF or Word table — cells separated by TAB, merged cells
 * leave leading or trailing empty fields (seed 002).
 *
 *     一、本年新收政府信息公开申请数量→→→→→→→→0→
 */
export const tsvAdapter: Adapter = {
  name: 'tsv',
  kind: 'grid',
  detect(text) {
    if (!text.includes('\t')) return 0;
    // lineShare skips blank lines, so a line with a tab here also has text besides its tabs.
    const share = lineShare(splitLines(text), (line) => line.includes('\t'));
    return share === 0 ? 0 : Math.min(0.9, 0.3 + share);
  },
  read(text) {
    return readDelimited(text, (line, limit) => (line.includes('\t') ? line.split('\t', limit) : null));
  },
};
