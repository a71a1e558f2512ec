import type { Block } from '../model.js';
import { collapseSpaces } from '../normalize/whitespace.js';
import { isPageNumber } from './cells.js';

/** A prose section as text: its paragraphs, one per line; tables and page numbers are not prose. */
export function sectionText(blocks: readonly Block[] | null): string | null {
  if (blocks === null) return null;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = collapseSpaces(block.text);
    if (text !== '' && !isPageNumber(text)) paragraphs.push(text);
  }
  return paragraphs.length > 0 ? paragraphs.join('\n') : '';
}
