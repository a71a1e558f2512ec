import { describe, expect, it } from 'vitest';
import { lineShare, paragraph, splitLines } from '../../../src/adapters/text-lines.js';

describe('text-lines helpers', () => {
  it('splitLines splits on LF only, keeping empty lines', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b', '']);
  });

  it('paragraph builds a paragraph block', () => {
    expect(paragraph('正文', 7)).toEqual({ kind: 'paragraph', text: '正文', line: 7 });
  });

  it('lineShare counts only non-blank lines', () => {
    expect(lineShare(['a1', '  ', 'b', '', 'c1'], (l) => l.endsWith('1'))).toBeCloseTo(2 / 3);
    expect(lineShare(['', ' '], () => true)).toBe(0);
  });
});
