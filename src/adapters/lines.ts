import type { Adapter, Block } from '../model.js';
import { isWhitespace } from '../normalize/whitespace.js';
import { firstColumn, isDigit, paragraph, splitLines } from './text-lines.js';

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
      if (line === '') continue;
      // Most lines have no space at either end: they are not trimmed.
      const t = isWhitespace(line.charCodeAt(0)) || isWhitespace(line.charCodeAt(line.length - 1)) ? line.trim() : line;
      if (t === '') continue;
      cells++;
      if (isBareNumber(t)) numeric++;
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

/** `^[-+]?\d[\d,.]*$` by character codes: the test runs on every line of the text. */
function isBareNumber(text: string): boolean {
  const sign = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  if (!isDigit(text.charCodeAt(sign))) return false;
  for (let i = sign + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && code !== 44 && code !== 46) return false;
  }
  return true;
}
