import { describe, expect, it } from 'vitest';
import { collapseSpaces, removeSpaces } from '../../../src/normalize/whitespace.js';

describe('collapseSpaces', () => {
  it('collapses runs of whitespace, including newlines, to one space and trims', () => {
    expect(collapseSpaces('  商业\n\t企业  ')).toBe('商业 企业');
  });
});

describe('removeSpaces', () => {
  it('removes every whitespace character', () => {
    expect(removeSpaces('稷山县工科局 2022 年政府信息公开工作 年度报告')).toBe('稷山县工科局2022年政府信息公开工作年度报告');
  });
});
