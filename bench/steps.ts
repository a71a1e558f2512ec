/**
 * Entry of the step-breakdown bundle. `parseReport` here is src/parse.ts itself, with a
 * clock mark injected before each step's first statement (bench/lib/instrument.mjs), so the
 * sequence measured is always the one in the source, not a copy of it.
 */
export { parseReport } from '../src/parse.js';
export { cpu, mark, wall } from './marks.js';
