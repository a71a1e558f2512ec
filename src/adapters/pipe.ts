import type { Adapter } from '../model.js';
import { readDelimited } from './delimited.js';
import { linesWith, nonBlankCount, splitLines } from './text-lines.js';

/**
 * `pipe`: cells joined by ` | `; merged cells leave runs of empty cells (seeds 001, 003).
 *
 *     规章 | 0 | 0 | 0 |
 *     行政许可 | 0 | ||
 */
function splitPipe(line: string, limit: number): string[] | null {
  if (!line.includes('|')) return null;
  // Two fields more than asked, for the opening and closing bars; split stops there, so a
  // line of a million bars costs `limit` fields, not a million.
  let fields = line.split('|', limit + 2);
  const cut = fields.length === limit + 2;
  // A leading or trailing bar opens or closes the row; it does not add an empty cell.
  if (fields.length > 1 && fields[0]!.trim() === '' && line.trimStart().startsWith('|')) fields = fields.slice(1);
  if (!cut && fields.length > 1 && fields[fields.length - 1]!.trim() === '' && line.trimEnd().endsWith('|')) fields = fields.slice(0, -1);
  return fields.length > limit ? fields.slice(0, limit) : fields;
}

export const pipeAdapter: Adapter = {
  name: 'pipe',
  kind: 'grid',
  detect(text) {
    // The share of non-blank lines that are pipe rows: only lines with a bar can be one.
    let rows = 0;
    for (const line of linesWith(text, '|')) if (/ \| |\|\|/.test(line) || /\S \|$/.test(line)) rows++;
    return rows === 0 ? 0 : Math.min(0.9, 0.3 + rows / nonBlankCount(splitLines(text)));
  },
  read(text) {
    return readDelimited(text, splitPipe);
  },
};
