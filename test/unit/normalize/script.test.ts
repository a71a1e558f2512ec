import { describe, expect, it } from 'vitest';
import { detectScript } from '../../../src/normalize/script.js';
import { fixtureInput } from '../helpers.js';

const seed004 = fixtureInput('seed-004').split(/\r?\n/);
const seed001 = fixtureInput('seed-001').split(/\r?\n/);

describe('detectScript', () => {
  it('reads a traditional sentence of seed-004 as traditional', () => {
    const line = seed004.find((l) => l.startsWith('為全面落實'));
    expect(line).toBeDefined();
    expect(detectScript(line!)).toBe('traditional');
  });

  it('reads the whole of seed-004 as traditional', () => {
    expect(detectScript(seed004.join('\n'))).toBe('traditional');
  });

  it('reads a simplified sentence of seed-001 as simplified', () => {
    const line = seed001.find((l) => l.startsWith('本年度报告是根据'));
    expect(line).toBeDefined();
    expect(detectScript(line!)).toBe('simplified');
  });

  it('reads the whole of seed-001 as simplified', () => {
    expect(detectScript(seed001.join('\n'))).toBe('simplified');
  });

  it('needs at least five traditional-only characters', () => {
    expect(detectScript('開報機關')).toBe('simplified');
    expect(detectScript('開報機關數')).toBe('traditional');
  });

  it('calls a text with no script-specific characters simplified', () => {
    expect(detectScript('')).toBe('simplified');
    expect(detectScript('0 0 0')).toBe('simplified');
  });

  it('calls a mixed text traditional only when traditional characters outnumber simplified ones more than twice', () => {
    // 5 traditional-only, 3 simplified-only: 5 < 2 × 3
    expect(detectScript('開報機關數 开报机')).toBe('simplified');
    // 7 traditional-only, 3 simplified-only
    expect(detectScript('開報機關數據條 开报机')).toBe('traditional');
  });
});
