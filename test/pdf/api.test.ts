import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as pdf from '../../src/pdf/index.js';

describe('zfxxgk/pdf public API', () => {
  it('exports exactly parsePdf, isPdf and ReportParseError (types aside)', () => {
    expect(Object.keys(pdf).sort()).toEqual(['ReportParseError', 'isPdf', 'parsePdf']);
  });

  it('shares ReportParseError with the core entry, and instanceof holds across separately built copies', () => {
    expect(pdf.ReportParseError).toBe(core.ReportParseError);
    // What the other entry's copy of the class looks like: a different class with the same brand.
    const copy = Object.defineProperty(new Error('x'), Symbol.for('zfxxgk.ReportParseError'), { value: true });
    expect(copy).toBeInstanceOf(core.ReportParseError);
    expect(new Error('x')).not.toBeInstanceOf(core.ReportParseError);
  });
});
