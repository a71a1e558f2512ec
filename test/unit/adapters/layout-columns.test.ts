import { describe, expect, it } from 'vitest';
import { valueColumns } from '../../../src/adapters/layout-columns.js';
import { LayoutLine, type Token } from '../../../src/adapters/layout-lines.js';

/** A value line with no label whose values sit at the given [start, end) columns. */
function valueLine(line: number, ...spans: [number, number][]): LayoutLine {
  const values: Token[] = spans.map(([start, end]) => ({ text: '1'.repeat(end - start), start, end }));
  const text = 'x'.repeat(spans[spans.length - 1]![1]);
  return new LayoutLine(line, 1, text, spans[0]![0], text.length, text, 0, 'value', [], values);
}

describe('valueColumns: each column centre is the median of the complete rows', () => {
  it('takes the centre the rows agree on', () => {
    const rows = [valueLine(1, [10, 11], [20, 21]), valueLine(2, [10, 11], [20, 21]), valueLine(3, [10, 11], [20, 21])];
    expect(valueColumns(rows, 2)).toEqual({ centers: [10.5, 20.5], left: 10 });
  });

  it('takes the middle centre of an odd count and the mean of the two middle ones of an even count when rows differ', () => {
    // Column 2: centres 21, 20.5, 20 → 20.5; with a fourth row at 21.5 → (20.5 + 21) / 2.
    const odd = [valueLine(1, [10, 11], [20, 22]), valueLine(2, [10, 11], [20, 21]), valueLine(3, [10, 11], [19, 21])];
    expect(valueColumns(odd, 2)?.centers).toEqual([10.5, 20.5]);
    const even = [...odd, valueLine(4, [10, 11], [21, 22])];
    expect(valueColumns(even, 2)?.centers).toEqual([10.5, 20.75]);
  });

  it('is null when no row is complete', () => {
    expect(valueColumns([valueLine(1, [10, 11])], 2)).toBeNull();
  });
});
