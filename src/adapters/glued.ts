import type { Adapter } from '../model.js';
import { linesAdapter } from './lines.js';

/** Placeholder until the glued reader lands: never chosen. */
export const gluedAdapter: Adapter = {
  name: 'glued',
  detect() {
    return 0;
  },
  read(text) {
    return linesAdapter.read(text);
  },
};
