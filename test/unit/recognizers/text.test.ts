import { describe, expect, it } from 'vitest';
import { sectionText } from '../../../src/recognizers/text.js';
import { paragraphs } from '../helpers.js';

describe('sectionText', () => {
  it('is null for a missing section and empty for a section with no prose', () => {
    expect(sectionText(null)).toBeNull();
    expect(sectionText([])).toBe('');
  });

  it('joins the paragraphs one per line, spaces collapsed, empty ones dropped', () => {
    expect(sectionText(paragraphs(['  (一)存在问题 ', '', '一是  培训\t不足。']))).toBe('(一)存在问题\n一是 培训 不足。');
  });

  it('leaves tables and notes out of the prose', () => {
    const text = sectionText([
      ...paragraphs(['正文']),
      { kind: 'table', line: 2, rows: [[{ text: '规章', line: 2 }]] },
      { kind: 'note', code: 'TEXT_DROPPED', message: 'm', line: 3 },
    ]);
    expect(text).toBe('正文');
  });
});
