import type { Block } from '../model.js';
import { findTitle } from '../recognizers/meta.js';

/**
 * The PDF's Title metadata as a report title, only when page one shows none and the
 * metadata reads as a report title (many PDFs carry a file name or a template's title).
 */
export function withMetadataTitle(blocks: Block[], info: unknown): Block[] {
  const title = (info as { Title?: unknown } | null | undefined)?.Title;
  if (typeof title !== 'string' || title.trim() === '') return blocks;
  if (findTitle([], blocks) !== null) return blocks;
  const candidate: Block = { kind: 'paragraph', text: title.trim(), line: 1 };
  if (findTitle([candidate], [candidate]) === null) return blocks;
  return [candidate, ...blocks];
}
