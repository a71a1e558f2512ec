import { describe, expect, it } from 'vitest';
import { scanRows, warnOrphans } from '../../../src/recognizers/scan.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, stream } from '../helpers.js';

type Row = 'rules' | 'licensing';
const match = (key: string): Row | null => (key === '规章' ? 'rules' : key === '行政许可' ? 'licensing' : null);

function scan(texts: readonly string[]) {
  const warnings = new Warnings();
  const result = scanRows(stream(texts), match, warnings, 'activeDisclosure');
  const rows = Object.fromEntries([...result.rows].map(([row, scanned]) => [row, [scanned.label.text, ...scanned.values.map((v) => v.text)]]));
  warnOrphans(result.orphans, 'activeDisclosure', warnings);
  return { rows, labels: result.labels.map((l) => l.text), warnings };
}

describe('scanRows', () => {
  it('gives each row label the value cells that follow it', () => {
    expect(scan(['规章', '0', '1', '2', '行政许可', '5']).rows).toEqual({ rules: ['规章', '0', '1', '2'], licensing: ['行政许可', '5'] });
  });

  it('ends a row at a label that is not a row, and lists every label it saw', () => {
    const result = scan(['规章', '0', '第二十条第(五)项', '信息内容', '行政许可', '5']);
    expect(result.rows).toEqual({ rules: ['规章', '0'], licensing: ['行政许可', '5'] });
    expect(result.labels).toEqual(['规章', '第二十条第(五)项', '信息内容', '行政许可']);
  });

  it('keeps the first occurrence of a row that holds values and warns DUPLICATE_ROW at the second', () => {
    const result = scan(['规章', '0', '1', '2', '规章', '3', '4', '5']);
    expect(result.rows).toEqual({ rules: ['规章', '0', '1', '2'] });
    expect(codes(result.warnings)).toEqual([['DUPLICATE_ROW', 'activeDisclosure.rules']]);
    expect(result.warnings.list[0]!.line).toBe(5);
  });

  it('takes a repeated row whose first occurrence had no values (a header repeated after a page break)', () => {
    const result = scan(['规章', '', '', '规章', '1', '2', '3']);
    expect(result.rows).toEqual({ rules: ['规章', '1', '2', '3'] });
    expect(result.warnings.list).toEqual([]);
  });

  it('continues a row across a label wrapped onto the next line before its values', () => {
    expect(scan(['行政许可', '(含备案)', '5']).rows).toEqual({ licensing: ['行政许可', '5'] });
  });

  it('warns CELL_UNPLACED for a value that no row claims', () => {
    const result = scan(['5', '规章', '0', '孤立的说明', '7']);
    expect(result.rows).toEqual({ rules: ['规章', '0'] });
    expect(codes(result.warnings)).toEqual([['CELL_UNPLACED', 'activeDisclosure'], ['CELL_UNPLACED', 'activeDisclosure']]);
    expect(result.warnings.list.map((w) => w.line)).toEqual([1, 5]);
  });

  it('does not warn about blank cells that no row claims', () => {
    expect(scan(['', '规章', '0']).warnings.list).toEqual([]);
  });
});
