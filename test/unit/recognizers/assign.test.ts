import { describe, expect, it } from 'vitest';
import { cellNumber } from '../../../src/recognizers/assign.js';
import { Warnings } from '../../../src/warnings.js';
import { cell, codes } from '../helpers.js';

describe('cellNumber', () => {
  it('returns a number cell\'s value without a warning', () => {
    const warnings = new Warnings();
    expect(cellNumber(cell('3,068'), 'applications.newReceived.total', warnings)).toBe(3068);
    expect(warnings.list).toEqual([]);
  });

  it('returns null for no cell and for a blank cell, never 0, without a warning', () => {
    const warnings = new Warnings();
    expect(cellNumber(null, 'a.b', warnings)).toBeNull();
    expect(cellNumber(cell(''), 'a.b', warnings)).toBeNull();
    expect(warnings.list).toEqual([]);
  });

  it.each([
    ['—', 'PLACEHOLDER'],
    ['不适用', 'PLACEHOLDER'],
    ['2 0', 'NUMBER_SPLIT'],
    ['见附件', 'NOT_A_NUMBER'],
  ])('reads %s as null with %s at the field path and the cell line', (text, code) => {
    const warnings = new Warnings();
    expect(cellNumber(cell(text, 12), 'activeDisclosure.licensing.decisions', warnings)).toBeNull();
    expect(codes(warnings)).toEqual([[code, 'activeDisclosure.licensing.decisions']]);
    expect(warnings.list[0]!.line).toBe(12);
    expect(warnings.list[0]!.message).toContain(text);
  });
});
