import type { Adapter, Block } from '../model.js';
import { firstColumn, paragraph, splitLines } from './text-lines.js';

/**
 * `lines`: a web page copied as text, one table cell per line.
 *
 * Seed 000: cells are paragraphs separated by an empty line, and a blank cell is a line
 * holding only spaces — kept as an empty paragraph, because its position matters.
 * Seed 004: no separators, and blank cells are simply gone (recognizers warn).
 *
 *     ··一、本年新收政府信息公开申请数量
 *     ··0
 *     ··          ← blank cell (spaces only) → null
 */
export const linesAdapter: Adapter = {
  name: 'lines',
  kind: 'stream',
  detect(text) {
    let cells = 0;
    let numeric = 0;
    let short = 0;
    for (const line of splitLines(text)) {
      const t = line.trim();
      if (t === '') continue;
      cells++;
      // A bare number starts with a digit or a sign: the test runs on few lines.
      if (t.charCodeAt(0) <= 57 && /^[-+]?\d[\d,.]*$/.test(t)) numeric++;
      if (t.length <= 40) short++;
    }
    if (cells < 20) return 0;
    // Many short lines and many lines that are a bare number: cells, one per line.
    if (numeric < 10) return 0.05;
    return Math.min(0.8, 0.2 + short / cells / 2 + Math.min(numeric / 60, 0.2));
  },
  read(text) {
    const blocks: Block[] = [];
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') continue; // paragraph separator
      blocks.push(paragraph(line.trim(), i + 1, firstColumn(line))); // spaces only → blank cell
    }
    return blocks;
  },
};
