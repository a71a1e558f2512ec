/** `npm run demo` (scripts/demo.mjs): explains — and never says ok when most checks are undecided. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from './helpers.js';

beforeAll(() => ensureBuilt());

describe('demo', () => {
  it('explains — and says how many checks could not be decided', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8' });
    expect(out).toMatch(/^— means null: /);
    const verdicts = out.split('\n').filter((line) => line.startsWith('  validate: '));
    expect(verdicts).toHaveLength(5);
    for (const line of verdicts) {
      expect(line).toMatch(/could not be decided/);
      const pass = Number(/(\d+) pass/.exec(line)?.[1] ?? /(\d+) passed/.exec(line)?.[1]);
      const unknown = Number(/(\d+)(?: of \d+ checks)? could not be decided/.exec(line)?.[1]);
      if (line.startsWith('  validate: ok')) expect(unknown).toBeLessThanOrEqual(pass);
    }
  });
});
