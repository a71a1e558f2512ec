import { describe, expect, it } from 'vitest';
import { linesAdapter as builtin } from '../../../src/adapters/lines.js';
import { withoutColumns } from '../helpers.js';

const linesAdapter = { ...builtin, read: (text: string) => withoutColumns(builtin.read(text)) };

describe('linesAdapter.read', () => {
  it('keeps a line of spaces only as an empty paragraph (a blank cell)', () => {
    expect(linesAdapter.read('一、本年新收政府信息公开申请数量\n   \n0')).toEqual([
      { kind: 'paragraph', text: '一、本年新收政府信息公开申请数量', line: 1 },
      { kind: 'paragraph', text: '', line: 2 },
      { kind: 'paragraph', text: '0', line: 3 },
    ]);
  });

  it('skips empty lines (paragraph separators) but keeps counting lines', () => {
    expect(linesAdapter.read('规章\n\n0\n\n\n0')).toEqual([
      { kind: 'paragraph', text: '规章', line: 1 },
      { kind: 'paragraph', text: '0', line: 3 },
      { kind: 'paragraph', text: '0', line: 6 },
    ]);
  });

  it('trims the text of each line', () => {
    expect(linesAdapter.read('  (一)予以公开  ')).toEqual([{ kind: 'paragraph', text: '(一)予以公开', line: 1 }]);
  });

  it('never returns a table', () => {
    expect(linesAdapter.read('规章 | 0 | 0\n行政许可\t0').every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('linesAdapter.detect', () => {
  it('is 0 for fewer than 20 non-blank lines', () => {
    expect(linesAdapter.detect(Array.from({ length: 19 }, () => '0').join('\n'))).toBe(0);
  });

  it('is 0.05 when fewer than 10 lines are bare numbers', () => {
    const text = [...Array.from({ length: 15 }, (_, i) => `第${i}段正文`), ...Array.from({ length: 9 }, () => '0')].join('\n');
    expect(linesAdapter.detect(text)).toBe(0.05);
  });

  it('counts as bare numbers signed, grouped and spaced ones, and nothing with a letter or a unit', () => {
    const prose = Array.from({ length: 15 }, (_, i) => `第${i}段正文`);
    const numbers = ['+3', '-1', ' 1,234 ', '0.5', '12.', '7\t', '8', '9', '10'];
    expect(linesAdapter.detect([...prose, ...numbers].join('\n'))).toBe(0.05);
    expect(linesAdapter.detect([...prose, ...numbers, '11'].join('\n'))).toBeGreaterThan(0.05);
    expect(linesAdapter.detect([...prose, ...numbers, '5元', '-', '+', '1a', ',1'].join('\n'))).toBe(0.05);
  });

  it('is high for many short lines that are bare numbers, and at most 0.8', () => {
    const text = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? '规章' : String(i))).join('\n');
    const score = linesAdapter.detect(text);
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThanOrEqual(0.8);
  });
});
