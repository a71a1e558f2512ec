/** The table model and the vocabulary derived from it (see tables.ts). */
export * from './tables.js';
export * from './vocabulary.js';
export * from './identities.js';
