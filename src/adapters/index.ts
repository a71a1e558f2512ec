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
