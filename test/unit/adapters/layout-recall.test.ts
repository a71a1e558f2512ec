import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/model.js';
import { parseReport } from '../../../src/index.js';
import { at, COLS, notes, paragraphs, read, row, tables, values } from './layout-text.js';

/**
 * Layout-text rules for cells the earlier rules left out: a heading-shaped label over its
 * value line, label columns two characters apart, label text at the top of the next page,
 * several numbers wrapped around one row, value columns from header words. Each rule is
 * checked where it must read and where it must refuse.
 */

const labels = (table: TableBlock, width = 7): string[] => table.rows.map((_, i) => row(table, i, width)[0]!);

describe('layout: a label that looks like a section heading', () => {
  const NEW = [at([0, '一、本年新收政府信息公开申']), at([0, ''], ...values('8', '0', '0', '0', '0', '0', '8')), at([0, '请数量'])];
  const CARRIED = [at([0, '二、上年结转政府信息公开申']), at([0, ''], ...values('1', '0', '0', '0', '0', '0', '1')), at([0, '请数量'])];

  it('is the first line of the label of a value line right below it that has no label', () => {
    const blocks = read(...NEW, '', ...CARRIED);
    const all = tables(blocks);
    expect(all).toHaveLength(1);
    expect(labels(all[0]!)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']);
    expect(row(all[0]!, 1).slice(1)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(paragraphs(blocks)).toEqual([]);
  });

  it('stays a heading when a blank line, or a value line with a label of its own, follows it', () => {
    const table = at([0, '一、本年新收政府信息公开申请数量'], ...values('8', '0', '0', '0', '0', '0', '8'));
    expect(paragraphs(read('三、收到和处理政府信息公开申请情况', '', table))).toEqual(['三、收到和处理政府信息公开申请情况']);
    expect(paragraphs(read('三、收到和处理政府信息公开申请情况', table))).toEqual(['三、收到和处理政府信息公开申请情况']);
  });
});

describe('layout: label columns two characters apart', () => {
  // LibreOffice: the vertical 三、本年度办理结果 at 0, （一）/（二） at 3, （三）不予公开 at 2, items at 10.
  const lines = [
    at([0, '三、'], [3, '（一）予以公开'], ...values('3', '0', '0', '0', '0', '0', '3')),
    at([0, '本年']),
    at([3, '（二）部分公开（区分处理的，只计这']),
    at([0, '度办'], ...values('1', '0', '0', '0', '0', '0', '1')),
    at([3, '一情形，不计其他情形）']),
    at([0, '理结']),
    at([1, '果'], [10, '1.属于国家秘密'], ...values('0', '0', '0', '0', '0', '0', '0')),
    at([2, '（三）不予'], [10, '2.其他法律行政法规禁止公开'], ...values('0', '0', '0', '0', '0', '0', '0')),
  ];

  it('keeps the group label column apart from the item groups, so （二） gets its value line', () => {
    const [table] = tables(read(...lines));
    const partial = table!.rows.findIndex((r) => r.some((c) => c.text.startsWith('（二）')));
    expect(row(table!, partial).slice(1)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(row(table!, partial)[0]).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  });

  it('still joins a group label whose fragments jitter by one character', () => {
    const [table] = tables(
      read(
        at([5, '（三'], [14, '1.属于国家秘密'], ...values('0', '0', '0', '0', '0', '0', '0')),
        at([6, '）不'], [14, '2.其他法律行政法规禁止公开'], ...values('0', '0', '0', '0', '0', '0', '0')),
        at([6, '予公']),
      ),
    );
    expect(table!.rows[0]![0]!.col).toBe(0);
    expect(table!.rows[1]![0]!.col).toBe(0);
  });
});

describe('layout: a row cut by a page break', () => {
  const before = [
    at([5, '5.要求行政机关确认'], ...values('0', '0', '0', '0', '0', '0', '0')),
    at([0, '（六'], [5, '1.申请人无正'], ...values('0', '0', '0', '0', '0', '0', '0')),
    at([0, '）其'], [5, '当理由逾期不']),
  ];
  const after = [
    '\f' + at([14, '补正、行政机']),
    at([14, '关不再处理其']),
    at([14, '政府信息公开']),
    at([14, '申请']),
    '',
    at([14, '2.申请人逾期']),
    at([5, '他处'], [14, '未按收费通知']),
    at([5, '理'], [14, '要求缴纳费'], [42, '0'], [50, '0'], [58, '0'], [66, '0'], [74, '0'], [82, '0'], [90, '0']),
    at([14, '3.其他'], [42, '0'], [50, '0'], [58, '0'], [66, '0'], [74, '0'], [82, '0'], [90, '0']),
  ];

  it('keeps the label tail at the top of the next page, and the page part, in the table', () => {
    const blocks = read(...before, ...after);
    const all = tables(blocks);
    expect(all).toHaveLength(1);
    expect(labels(all[0]!).map((l) => l.replace(/^.*\//, ''))).toEqual(['5.要求行政机关确认', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费', '3.其他']);
    expect(paragraphs(blocks)).toEqual([]);
    // Two fragments on one line, the second where the item labels start: labels, not a header.
    expect(row(all[0]!, 2)[0]).toBe('他处理/2.申请人逾期未按收费通知要求缴纳费');
  });

  it('leaves text at the top of the next page alone when it reaches the value columns (a running title)', () => {
    const blocks = read(...before, '\f' + at([14, '某某区人民政府办公室关于印发的通知'], [60, '第二页']), ...after.slice(1));
    expect(paragraphs(blocks)).toContain('某某区人民政府办公室关于印发的通知 第二页');
    expect(labels(tables(blocks)[0]!)[1]).toBe('（六）其/1.申请人无正当理由逾期不');
  });

  it('takes nothing from the next page when prose ends the page before', () => {
    const blocks = read(...before, '本机关严格按照规定办理，全年无逾期答复。', ...after);
    expect(paragraphs(blocks)).toContain('补正、行政机');
  });
});

describe('layout: several numbers wrapped around one row', () => {
  // LibreOffice: `29` as `2`/`9` (自然人) and `30` as `3`/`0` (总计), the row line holding the rest.
  const around = (top: [string, string], bottom: [string, string], shift = 0): string[] => [
    at([0, '二、上年结转政府信息公开申请数量'], ...values('0', '0', '0', '0', '0', '0', '0')),
    at([COLS[0]! + shift, top[0]], [COLS[6]! + shift, top[1]]),
    at([0, '一、本年新收政府信息公开申请数量'], ...values('', '1', '0', '0', '0', '0', '').map(([c, t]) => [c + shift, t] as [number, string])),
    at([COLS[0]! + shift, bottom[0]], [COLS[6]! + shift, bottom[1]]),
    at([0, '三、本年度办理结果（一）予以公开'], ...values('2', '0', '0', '0', '0', '0', '2')),
  ];

  it('joins them all when the row total holds only with every piece joined', () => {
    const [table] = tables(read(...around(['2', '3'], ['9', '0'])));
    expect(row(table!, 1)).toEqual(['一、本年新收政府信息公开申请数量', '29', '1', '0', '0', '0', '0', '30']);
  });

  it('still joins them when the lines are shifted a character', () => {
    const [table] = tables(read(...around(['2', '3'], ['9', '0'], 1)));
    expect(row(table!, 1).slice(1)).toEqual(['29', '1', '0', '0', '0', '0', '30']);
  });

  it('keeps every piece apart (split numbers) when the total does not hold', () => {
    const [table] = tables(read(...around(['2', '3'], ['8', '0'])));
    expect(row(table!, 1).slice(1)).toEqual(['2 8', '1', '0', '0', '0', '0', '3 0']);
  });

  it('keeps them apart when a piece is missing below: no total, nothing joined', () => {
    const [table] = tables(read(...around(['2', '3'], ['9', ''])));
    expect(row(table!, 1).slice(1)).toEqual(['2 9', '1', '0', '0', '0', '0', '']);
  });
});

describe('layout: value columns from the header words', () => {
  // Chromium, table 二 (2019): `采购项目数量` one character a line, `采购总金额` over two lines,
  // the amount wrapped around its row as `83299` over `5元`.
  const header = [at([13, '第二十条第（九）项']), at([47, '采']), at([47, '购'], [52, '采购总']), at([15, '信息内容'], [47, '项'], [52, '金额']), at([47, '目']), at([47, '数']), ''];
  const rows = [at([52, '83299']), at([0, '政府集中采购'], [47, '2']), at([53, '5元'])];

  it('places a row none of whose lines fills every column under the header words above it', () => {
    const [table] = tables(read(...header, ...rows));
    const procurement = table!.rows.find((r) => r[0]!.text === '政府集中采购')!;
    expect(procurement.map((c) => c.text)).toEqual(['政府集中采购', '2', '83299 5元']);
  });

  it('gives the count, and refuses the wrapped amount (no total proves it) as a split number', async () => {
    const text = ['二、主动公开政府信息情况', ...header, ...rows, '', '三、收到和处理政府信息公开申请情况'].join('\n');
    const report = await parseReport(text, { layout: 'layout' });
    expect(report.activeDisclosure.procurement.projects).toBe(2);
    expect(report.activeDisclosure.procurement.amount).toBeNull();
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.procurement.amount')).toMatchObject({ code: 'NUMBER_SPLIT' });
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.procurement.amount')!.message).toContain('83299 5元');
  });

  it('refuses when a value lies under two header columns at once', () => {
    const blocks = read(...header, at([49, '12345']), at([0, '政府集中采购'], [47, '2']));
    const [table] = tables(blocks);
    expect(table!.rows.some((r) => r.some((c) => c.text.includes('12345')))).toBe(false);
    expect(notes(blocks).map((n) => n.message).join()).toContain('「12345」');
  });

  it('refuses when a header word crosses into the label area', () => {
    const shifted = header.map((line) => line.replace('信息内容', '信息内容政府集中采购项目数量'));
    const [table] = tables(read(...shifted, ...rows));
    expect(table!.rows.some((r) => r.length === 3)).toBe(false);
  });
});

describe('layout: the first column from values not pushed against their label', () => {
  it('places a wrapped piece in the first column although long labels pushed that column right', () => {
    const [table] = tables(
      read(
        at([19, '正、行政机关不再处理其政府'], [33, '0'], [46, '0'], [53, '0'], [60, '0'], [70, '0'], [78, '0'], [83, '0']),
        at([13, '求缴纳费用、行政机关不再处'], [27, '0'], [46, '0'], [53, '0'], [60, '0'], [70, '0'], [78, '0'], [83, '0']),
        at([19, '3.其他'], [41, '0'], [46, '0'], [53, '0'], [60, '0'], [70, '0'], [78, '0'], [83, '0']),
        at([41, '2'], [83, '3']),
        at([6, '（七）总计'], [46, '1'], [53, '0'], [60, '0'], [70, '0'], [78, '0']),
        at([41, '9'], [83, '0']),
        at([0, '四、结转下年度继续办理'], [41, '0'], [46, '0'], [53, '0'], [60, '0'], [70, '0'], [78, '0'], [83, '0']),
      ),
    );
    const total = table!.rows.findIndex((r) => r.some((c) => c.text === '（七）总计'));
    expect(row(table!, total).slice(1)).toEqual(['29', '1', '0', '0', '0', '0', '30']);
  });
});
