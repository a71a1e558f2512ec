import type { Adapter } from '../model.js';
import { gluedAdapter } from './glued.js';
import { htmlAdapter } from './html.js';
import { linesAdapter } from './lines.js';
import { pipeAdapter } from './pipe.js';
import { tsvAdapter } from './tsv.js';

export { gluedAdapter, htmlAdapter, linesAdapter, pipeAdapter, tsvAdapter };

/** The built-in adapters; on equal confidence the earlier one wins. */
export const builtinAdapters: readonly Adapter[] = Object.freeze([htmlAdapter, tsvAdapter, pipeAdapter, gluedAdapter, linesAdapter]);
