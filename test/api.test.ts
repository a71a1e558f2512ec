import { describe, expect, it } from 'vitest';
import * as zfxxgk from '../src/index.js';

describe('the public API', () => {
  it('should export exactly these names (a new export is a decision, not an accident)', () => {
    expect(Object.keys(zfxxgk).sort()).toEqual([
      'ReportParseError',
      'ReportSchemaError',
      'WARNING_CATALOGUE',
      'WARNING_CODES',
      'assertSchema',
      'auditPage',
      'builtinAdapters',
      'checkProse',
      'checkSchema',
      'createParser',
      'decode',
      'gluedAdapter',
      'htmlAdapter',
      'layoutAdapter',
      'linesAdapter',
      'markdownAdapter',
      'organizationKey',
      'parseReport',
      'pipeAdapter',
      'readStatements',
      'tsvAdapter',
      'validate',
      'validateSeries',
    ]);
  });

  it('should list the built-in adapters in detection order, each exported by name', () => {
    expect(zfxxgk.builtinAdapters.map((a) => a.name)).toEqual(['html', 'tsv', 'pipe', 'markdown', 'layout', 'glued', 'lines']);
    expect(zfxxgk.builtinAdapters).toEqual([zfxxgk.htmlAdapter, zfxxgk.tsvAdapter, zfxxgk.pipeAdapter, zfxxgk.markdownAdapter, zfxxgk.layoutAdapter, zfxxgk.gluedAdapter, zfxxgk.linesAdapter]);
    expect(Object.isFrozen(zfxxgk.builtinAdapters)).toBe(true);
  });

  it('should document every warning code it can emit', async () => {
    const readme = (await import('node:fs')).readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of zfxxgk.WARNING_CODES) expect(readme, code).toContain(`\`${code}\``);
  });
});
