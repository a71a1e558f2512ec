/** Every type the published declarations mention is exported, so JSDoc links and users can name it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureDist } from './ensure-dist.js';

beforeAll(async () => {
  await ensureDist();
}, 180_000);

describe('published declarations', () => {
  for (const file of ['index.d.ts', 'index.d.cts']) {
    it(`${file}: every declared interface, type, class and function is exported`, () => {
      const text = readFileSync(join(DIST, file), 'utf8');
      const declared = [...text.matchAll(/^(?:declare )?(?:interface|type|class|function|const) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
      const exported = new Set(
        [...text.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((name) => name.trim().replace(/^type /, '').split(' as ')[0]!.trim())),
      );
      const missing = declared.filter((name) => !exported.has(name));
      expect(missing).toEqual([]);
      expect(exported.has('CheckCode')).toBe(true);
    });
  }
});
