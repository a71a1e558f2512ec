import type { Adapter } from '../model.js';
import { gluedAdapter } from './glued.js';
import { htmlAdapter } from './html.js';
import { layoutAdapter } from './layout.js';
import { linesAdapter } from './lines.js';
import { markdownAdapter } from './markdown.js';
import { pipeAdapter } from './pipe.js';
import { tsvAdapter } from './tsv.js';

export { gluedAdapter, htmlAdapter, layoutAdapter, linesAdapter, markdownAdapter, pipeAdapter, tsvAdapter };

/** The built-in adapters; on equal confidence the earlier one wins. */
export const builtinAdapters: readonly Adapter[] = Object.freeze([htmlAdapter, tsvAdapter, pipeAdapter, markdownAdapter, layoutAdapter, gluedAdapter, linesAdapter]);

/**
 * The most each built-in detector returns (the README's confidence table; a test holds each
 * detector to it). Detection skips a built-in that cannot beat the best confidence so far:
 * a tie keeps the earlier adapter, so the choice is the same, without `lines` scanning every
 * line of a text another adapter already claimed.
 */
export const DETECT_CEILING: ReadonlyMap<Adapter, number> = new Map<Adapter, number>([
  [htmlAdapter, 1],
  [tsvAdapter, 0.9],
  [pipeAdapter, 0.9],
  [markdownAdapter, 0.97],
  [layoutAdapter, 0.93],
  [gluedAdapter, 0.95],
  [linesAdapter, 0.8],
]);
