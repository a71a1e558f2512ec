import { describe, expect, it } from 'vitest';
import { emptyCounts, setCounts } from '../../../src/report/empty.js';
import { COUNT_COLUMNS } from '../../../src/table-model/index.js';

describe('setCounts', () => {
  it('stores the values in COUNT_COLUMNS order, each under its column key', () => {
    const counts = emptyCounts();
    const values = COUNT_COLUMNS.map((_, i) => (i === 3 ? null : i * 10 + 1));
    setCounts(counts, values);
    expect(Object.keys(counts)).toEqual(COUNT_COLUMNS.map((column) => column.key));
    expect(COUNT_COLUMNS.map((column) => (counts as unknown as Record<string, number | null>)[column.key])).toEqual(values);
  });
});
