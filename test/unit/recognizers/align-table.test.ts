import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../../src/model.js';
import { anchorsAgree, readingsInOrder } from '../../../src/recognizers/align-rows.js';
import { placeActiveDisclosure, scanActiveDisclosure } from '../../../src/recognizers/active-disclosure.js';
import { placeApplications, scanApplications } from '../../../src/recognizers/applications.js';
import { cellStream } from '../../../src/recognizers/cells.js';
import { placeReviewLitigation } from '../../../src/recognizers/review-litigation.js';
import { emptyReport } from '../../../src/report/empty.js';
import { APPLICATION_ROWS, applicationRowPaths } from '../../../src/table-model/index.js';
import { Warnings } from '../../../src/warnings.js';
import { codes } from '../helpers.js';

/**
 * The whole-table order rule of the row-order aligner (align-rows.ts), for PDF reading-order
 * text: labels apart from their values, blank cells gone, numbers wrapped in narrow cells.
 *
 * Text is written as pdftotext gives it: `|` separates lines of one block, a new array item
 * starts a block after a blank line.
 */
function blocks(items: readonly string[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  let line = 1;
  for (const item of items) {
    for (const piece of item.split('|')) out.push({ kind: 'paragraph', text: piece, line: line++ });
    line++; // the blank line between blocks
  }
  return out;
}
const cells = (items: readonly string[]) => cellStream(blocks(items), () => false);
const texts = (rows: readonly { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('readingsInOrder', () => {
  it('reads exactly rows × width numbers row by row, labels aside', () => {
    const readings = readingsInOrder(cells(['甲', '1', '2', '乙', '3', '4']), 2, 2);
    expect(readings.map(texts)).toEqual([[['1', '2'], ['3', '4']]]);
  });

  it('gives nothing when the count is short, or a value cell is not a plain number', () => {
    expect(readingsInOrder(cells(['1', '2', '3']), 2, 2)).toEqual([]);
    expect(readingsInOrder(cells(['1', '2', '-', '4']), 2, 2)).toEqual([]);
  });

  it('joins wrapped pieces (lines of one block) to make up a surplus, every way it can', () => {
    // `12` printed as 1 over 2, and 3 over 4 in one block: either pair may be one number.
    const readings = readingsInOrder(cells(['1|2', '3|4', '5']), 2, 2);
    expect(readings.map(texts)).toEqual([
      [['12', '3'], ['4', '5']],
      [['1', '2'], ['34', '5']],
    ]);
  });

  it('never joins pieces apart (a blank line between) or a piece after a 0', () => {
    expect(readingsInOrder(cells(['1', '2', '3', '4', '5']), 2, 2)).toEqual([]);
    expect(readingsInOrder(cells(['0|2', '3', '4', '5']), 2, 2)).toEqual([]);
  });

  it('refuses to join when there would be too many ways to try', () => {
    // 60 numbers for 40 cells: 20 joins among 30 places, C(30, 20) ways.
    const many = Array.from({ length: 30 }, () => '1|1');
    expect(readingsInOrder(cells(many), 20, 2)).toEqual([]);
    expect(readingsInOrder(cells(['1|2', '3']), 1, 2, { joins: false })).toEqual([]);
  });

  it('turns a run of rows printed column by column (width blocks of k lines) back into rows, as a second reading', () => {
    // Two rows of three: column blocks 1|4, 2|5, 3|6.
    const readings = readingsInOrder(cells(['1|4', '2|5', '3|6']), 2, 3);
    expect(readings.map(texts)).toContainEqual([['1', '2', '3'], ['4', '5', '6']]);
  });
});

describe('anchorsAgree', () => {
  it('wants labels for at least half the rows, in any order', () => {
    expect(anchorsAgree(['a', 'b', 'c', 'd'], ['b', 'a'])).toBe(true);
    expect(anchorsAgree(['a', 'b', 'c', 'd'], ['a'])).toBe(false);
    expect(anchorsAgree(['a', 'b', 'c', 'd'], ['a', 'x', 'y'])).toBe(false);
  });
});

/** Table 三 (2019 rows) as reading-order text: each label, then its seven numbers, one block each. */
const ROWS_2019 = applicationRowPaths('2019');
const LABEL = new Map(APPLICATION_ROWS.map((row) => [row.path, row.label]));
function table3(values: Record<string, number[]>, edit: (items: string[][]) => string[][] = (x) => x): string[] {
  const rows = ROWS_2019.map((path) => [LABEL.get(path)!, ...(values[path] ?? [0, 0, 0, 0, 0, 0, 0]).map(String)]);
  return edit(rows).flat();
}
const BALANCED = {
  newReceived: [5, 1, 0, 0, 0, 0, 6],
  granted: [3, 1, 0, 0, 0, 0, 4],
  'unableToProvide.notHeld': [2, 0, 0, 0, 0, 0, 2],
  totalProcessed: [5, 1, 0, 0, 0, 0, 6],
};

function readApplications(items: readonly string[]) {
  const warnings = new Warnings();
  const report = emptyReport('lines');
  const scan = scanApplications(cells(items), warnings);
  placeApplications(scan, '2019', report.applications, warnings);
  return { applications: report.applications, warnings };
}

describe('table 三 by whole-table order', () => {
  // A label printed after its values (what reading order does to a wrapped label cell).
  const labelAfter = (rows: string[][]) => {
    const out = rows.map((row) => [...row]);
    const granted = out[2]!;
    out[2] = [...granted.slice(1), granted[0]!];
    return out;
  };

  it('places every row when the count and every identity hold, with one VALUE_INFERRED naming the identities', () => {
    const { applications, warnings } = readApplications(table3(BALANCED, labelAfter));
    expect(applications.granted).toEqual({ naturalPerson: 3, commercial: 1, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 4 });
    expect(applications.unableToProvide.notHeld.total).toBe(2);
    expect(codes(warnings)).toEqual([['VALUE_INFERRED', 'applications']]);
    expect(warnings.list[0]!.via).toEqual(['APPLICATIONS_ROW_TOTAL', 'APPLICATIONS_BALANCE', 'APPLICATIONS_TOTAL_PROCESSED']);
  });

  it('refuses when two values of one row are swapped (the row total still holds, a column identity does not)', () => {
    const swapped = { ...BALANCED, granted: [1, 3, 0, 0, 0, 0, 4] };
    const { applications, warnings } = readApplications(table3(swapped, labelAfter));
    expect(applications.granted.naturalPerson).toBeNull();
    expect(applications.granted.commercial).toBeNull();
    expect(codes(warnings)).not.toContainEqual(['VALUE_INFERRED', 'applications']);
  });

  it('refuses when a number is lost and a stray one makes up the count', () => {
    const items = table3(BALANCED, labelAfter);
    const lost = items.indexOf('4'); // granted's total
    items.splice(lost, 1);
    items.push('4');
    const { applications } = readApplications(items);
    expect(applications.granted.total).toBeNull();
  });

  it('joins a number wrapped over two lines when exactly one join makes the identities hold', () => {
    const wide = { newReceived: [15, 0, 0, 0, 0, 0, 15], granted: [15, 0, 0, 0, 0, 0, 15], totalProcessed: [15, 0, 0, 0, 0, 0, 15] };
    // granted's 自然人 15 printed as 1 over 5, its label after the values.
    const items = table3(wide, (rows) => {
      const out = labelAfter(rows);
      out[2]![0] = '1|5';
      return out;
    });
    const { applications, warnings } = readApplications(items);
    expect(applications.granted.naturalPerson).toBe(15);
    expect(warnings.list[0]!.message).toContain('「15」由折行的数字拼合');
  });

  it('is not broken by a vertical label in single characters, a group label between rows, or a label split around its values', () => {
    const items = table3(BALANCED, (rows) => {
      const out = labelAfter(rows);
      out.unshift(['三 、本|年 度办|理 结果']);
      // （三）不予公开 floats between 1. and 2.; 4.保护第三方合法权 / values / 益.
      const first = out.findIndex((row) => row[0] === '1.属于国家秘密');
      out.splice(first + 1, 0, ['（三）不予公开']);
      const third = out.find((row) => row[0] === '4.保护第三方合法权益')!;
      third.splice(0, 2, '4.保护第三方合法权', third[1]!, '益');
      return out;
    });
    const { applications, warnings } = readApplications(items);
    expect(applications.granted.total).toBe(4);
    expect(applications.denied.thirdPartyRights.total).toBe(0);
    expect(codes(warnings)).toEqual([['VALUE_INFERRED', 'applications']]);
  });

  it('leaves a table the scan read cleanly to the scan', () => {
    const { warnings } = readApplications(table3(BALANCED));
    expect(codes(warnings).some(([code, path]) => code === 'VALUE_INFERRED' && path === 'applications')).toBe(false);
  });
});

describe('table 四 by whole-table order', () => {
  const HEADER = ['行政复议', '结果|维持', '结果|纠正', '其他|结果', '尚未|审结'];
  function read(values: number[]) {
    // Header words between the numbers: 总计 printed beside its number, as pdftotext gives it.
    const items = [...HEADER, ...values.slice(0, 4).map(String), '未经复议直接起诉|总计', ...values.slice(4, 9).map(String), '复议后起诉|总计', ...values.slice(9).map(String)];
    const warnings = new Warnings();
    const report = emptyReport('lines');
    placeReviewLitigation(cells(items), report.reviewLitigation, warnings);
    return { review: report.reviewLitigation, warnings };
  }

  it('places the 15 numbers when each group\u2019s outcomes are equal (no order reads otherwise)', () => {
    const { review, warnings } = read([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(review.litigationAfterReview.total).toBe(0);
    expect(codes(warnings)).toEqual([['VALUE_INFERRED', 'reviewLitigation']]);
  });

  it('refuses unequal outcomes even where the totals hold: cells of a row can come out of order', () => {
    const { review } = read([2, 1, 0, 0, 3, 3, 0, 0, 3, 6, 2, 0, 0, 0, 2]);
    expect(review.litigationDirect.corrected).toBeNull();
    expect(review.litigationDirect.pending).toBeNull();
  });
});

describe('table 二 by whole-table order', () => {
  function read(items: string[]) {
    const warnings = new Warnings();
    const report = emptyReport('lines');
    const scan = scanActiveDisclosure(cells(items), warnings);
    placeActiveDisclosure(scan, '2021', report.activeDisclosure, warnings);
    return { active: report.activeDisclosure, warnings };
  }
  // 规章 3 · 规范性文件 3 · 许可 1 · 处罚 1 · 强制 1 · 收费 1; 行政许可's value printed above its label.
  const ITEMS = ['规章', '0', '0', '0', '规范性文件', '0', '5', '5', '本年处理决定数量|550', '行政许可', '行政处罚', '4119', '行政强制', '195', '行政事业性收费', '7.5'];

  it('places by order when the numbers are exactly the cells and each label stands by its values', () => {
    const { active, warnings } = read(ITEMS);
    expect(active.licensing.decisions).toBe(550);
    expect(active.penalty.decisions).toBe(4119);
    expect(active.fees.amount).toBe(7.5);
    expect(codes(warnings)).toEqual([['VALUE_INFERRED', 'activeDisclosure']]);
  });

  it('refuses when a label stands away from its row (the count alone proves nothing)', () => {
    const moved = [...ITEMS];
    moved.splice(moved.indexOf('规章'), 1);
    moved.splice(moved.indexOf('行政处罚'), 0, '规章');
    expect(read(moved).active.rules.issued).toBeNull();
  });

  it('refuses when a number is missing', () => {
    const short = ITEMS.filter((item) => item !== '195');
    expect(read(short).active.licensing.decisions).toBeNull();
  });
});
