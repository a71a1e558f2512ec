import { describe, expect, it } from 'vitest';
import { isBlank, lineShare, linesWith, nonBlankCount, paragraph, splitLines } from '../../../src/adapters/text-lines.js';

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

  it('isBlank and nonBlankCount take a line of whitespace alone as blank', () => {
    expect(['', ' ', '\t \u3000', ' a', 'a '].map(isBlank)).toEqual([true, true, true, false, false]);
    expect(nonBlankCount(['a', '  ', '', ' b'])).toBe(2);
  });

  it('linesWith gives each line holding the mark once, as splitLines has it', () => {
    const text = 'a | b | c\nno bar\n|x\n\nend |';
    expect([...linesWith(text, '|')]).toEqual(splitLines(text).filter((line) => line.includes('|')));
    expect([...linesWith('none here', '|')]).toEqual([]);
  });
});
