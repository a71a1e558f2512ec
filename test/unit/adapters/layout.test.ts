import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../../src/adapters/choose.js';
import { builtinAdapters, layoutAdapter } from '../../../src/adapters/index.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../fixture-helpers.js';
import { at, COLS, notes, paragraphs, read, row, tables, values } from './layout-text.js';

describe('layout adapter: value columns', () => {
  it('places a row with blank cells by character position, with explicit empty cells and `col`', () => {
    const blocks = read(
      at([0, '一、本年新收政府信息公开申请数量'], ...values('69', '0', '0', '0', '0', '0', '69')),
      at([0, '二、上年结转政府信息公开申请数量'], ...values('3', '', '0', '', '0', '0', '3')),
    );
    const [table] = tables(blocks);
    expect(row(table!, 1)).toEqual(['二、上年结转政府信息公开申请数量', '3', '', '0', '', '0', '0', '3']);
    expect(table!.rows[1]!.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(notes(blocks)).toEqual([]);
  });

  it('refuses a value midway between two columns: no value, a CELL_UNPLACED note quoting it', () => {
    const blocks = read(
      at([0, '一、本年新收政府信息公开申请数量'], ...values('69', '0', '0', '0', '0', '0', '69')),
      at([0, '二、上年结转政府信息公开申请数量'], [49, '5'], [76, '5']),
    );
    const [table] = tables(blocks);
    expect(row(table!, 1).slice(1)).toEqual(['', '', '', '', '', '', '']);
    expect(notes(blocks)).toHaveLength(1);
    expect(notes(blocks)[0]).toMatchObject({ code: 'CELL_UNPLACED', line: 2 });
    expect(notes(blocks)[0]!.message).toContain('「5」「5」');
  });

  it('does not trust the position of a value pushed right by the label before it', () => {
    const blocks = read(
      at([0, '一、本年新收政府信息公开申请数量'], ...values('69', '0', '0', '0', '0', '0', '69')),
      at([20, '5.要求行政机关确认或重新出具已获取信息'], [42, '2'], [76, '2']),
    );
    expect(row(tables(blocks)[0]!, 1).slice(1)).toEqual(['', '', '', '', '', '', '']);
    expect(notes(blocks)[0]!.code).toBe('CELL_UNPLACED');
  });

  it('reads table 四 as one line of 15 numbers under a header over several lines (kept as text)', () => {
    const blocks = read(
      at([5, '四、政府信息公开行政复议、行政诉讼情况']),
      at([10, '行政复议'], [40, '行政诉讼']),
      at([0, '结果   结果     其他   尚未']),
      at([20, '总 计 结果 结果 其他       尚未     结果 结果 其他 尚未']),
      '',
      '10    1      0   0    0   0    0   0   0    0   5   0     0   0   0',
    );
    const [table] = tables(blocks);
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
    expect(table!.rows[0]![0]!.col).toBe(0);
    expect(paragraphs(blocks)[0]).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(paragraphs(blocks)).toContain('行政复议 行政诉讼');
  });

  it('keeps a unit one space after its number with it (`832995 元`)', () => {
    const [table] = tables(read(at([8, '信息内容'], [30, '采购项目数量'], [58, '采购总金额']), at([6, '政府集中采购'], [35, '2'], [58, '832995'], [65, '元'])));
    expect(row(table!, 1, 2)).toEqual(['政府集中采购', '2', '832995元']);
  });

  it('places a one-line header by its cells, in order', () => {
    const [table] = tables(read(at([7, '信息内容'], [14, '本年制发件数'], [24, '本年废止件数'], [34, '现行有效件数']), '', at([0, '规章'], [17, '0'], [28, '0'], [36, '0'])));
    expect(table!.rows[0]!.map((c) => [c.text, c.col])).toEqual([
      ['信息内容', 0],
      ['本年制发件数', 1],
      ['本年废止件数', 2],
      ['现行有效件数', 3],
    ]);
    expect(row(table!, 1, 3)).toEqual(['规章', '0', '0', '0']);
  });
});

describe('layout adapter: labels', () => {
  it('joins a label wrapped above its value line (WPS)', () => {
    const [table] = tables(
      read(
        at([18, '（一）予以公开'], ...values('0', '0', '0', '0', '0', '0', '0')),
        at([18, '（二）部分公开（区分处理的，只计这一情 形，不']),
        at([18, '计其他情形）']),
        at([0, ''], ...values('4', '0', '0', '0', '0', '0', '4')),
      ),
    );
    expect(row(table!, 1)).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4']);
  });

  it('joins a label split above and below its value line (Chromium)', () => {
    const [table] = tables(
      read(at([11, '1.属于国家秘密'], ...values('0', '0', '0', '0', '0', '0', '0')), '', at([11, '2.其他法律行政法规禁']), at([0, ''], ...values('0', '0', '0', '0', '0', '0', '0')), at([11, '止公开'])),
    );
    expect(row(table!, 1)[0]).toBe('2.其他法律行政法规禁止公开');
  });

  it('keeps group labels in a label column of their own, never inside an item label', () => {
    const [table] = tables(
      read(
        at([10, '4.保护第三方合法权']),
        at([0, ''], ...values('0', '0', '0', '0', '0', '0', '0')),
        at([5, '（三）不'], [10, '益']),
        at([5, '予公开']),
        '',
        at([11, '5.属于三类内部事务信']),
        at([0, ''], ...values('1', '0', '0', '0', '0', '0', '1')),
        at([11, '息']),
      ),
    );
    expect(table!.rows.map((r) => row(table!, table!.rows.indexOf(r)))).toEqual([
      ['4.保护第三方合法权益', '0', '0', '0', '0', '0', '0', '0'],
      ['（三）不予公开', '', '', '', '', '', '', ''],
      ['5.属于三类内部事务信息', '1', '0', '0', '0', '0', '0', '1'],
    ]);
    // The group label has a label column of its own, left of the item labels.
    expect(table!.rows[1]![0]!.col).toBe(0);
    expect(table!.rows[0]![0]!.col).toBe(1);
  });

  it('keeps a vertical group label (三 、本 年 度办 理 结果) as a label row of its own', () => {
    const [table] = tables(
      read(
        at([28, '1.属于国家秘密'], ...values('1', '0', '0', '0', '0', '0', '1')),
        at([1, '三 、本 年 度办 理 结果']),
        '',
        at([28, '2.其他法律行政止公开'], ...values('0', '0', '0', '0', '0', '0', '0')),
      ),
    );
    expect(table!.rows.map((r) => r[0]!.text)).toEqual(['1.属于国家秘密', '三 、本 年 度办 理 结果', '2.其他法律行政止公开']);
    expect(row(table!, 1).slice(1)).toEqual(['', '', '', '', '', '', '']);
  });

  it('joins a label whose lines LibreOffice set one blank line apart, up to its value line', () => {
    const [table] = tables(
      read(
        at([5, '5.要求行政机关确认或'], ...values('0', '0', '0', '0', '0', '0', '0')),
        '',
        at([5, '1.申请人无正当']),
        '',
        at([5, '理由逾期不补']),
        '',
        at([5, '正、行政机关'], ...values('0', '0', '0', '0', '0', '0', '0')),
      ),
    );
    expect(row(table!, 1)[0]).toBe('1.申请人无正当理由逾期不补正、行政机关');
  });

  it('reads a line of group and item fragments where the labels start as labels, not as a header', () => {
    const blocks = read(
      at([8, '（三'], [14, '1.属于国家秘密'], ...values('0', '0', '0', '0', '0', '0', '0')),
      '',
      at([8, '）不'], [14, '2.其他法律行政']),
      at([0, ''], ...values('0', '0', '0', '0', '0', '0', '0')),
      at([8, '予公'], [14, '法规禁止公开']),
      at([8, '开']),
    );
    expect(tables(blocks)).toHaveLength(1);
    expect(row(tables(blocks)[0]!, 1)).toEqual(['）不予公开/2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('gives a fragment between two rows to the row above when the row below starts with its own number', () => {
    const [table] = tables(
      read(
        at([0, '一、本年新收政府信息公开申请'], ...values('0', '0', '0', '0', '0', '0', '0')),
        '',
        at([12, '数量']),
        at([0, '二、上年结转政府信息公开申请'], ...values('1', '0', '0', '0', '0', '0', '1')),
        '',
        at([12, '数量']),
      ),
    );
    expect(table!.rows.map((r) => r.slice(0, -7).map((c) => c.text.replace(/\s+/g, '')).join('/'))).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']);
  });

  it('refuses a fragment that could end the label above or start the one below', () => {
    const blocks = read(
      at([0, '规章'], [17, '0'], [28, '0'], [36, '0']),
      at([0, '行政规范性']),
      at([17, '0'], [28, '5'], [36, '5']),
      at([0, '文件']),
    );
    const [table] = tables(blocks);
    expect(table!.rows.map((r) => r[0]!.text)).not.toContain('规章 行政规范性');
    expect(row(table!, 0, 3)).toEqual(['规章', '0', '0', '0']);
    // The unlabelled row is left out, its values quoted.
    expect(table!.rows.some((r) => r.some((c) => c.text === '5'))).toBe(false);
    expect(notes(blocks).some((n) => n.message.includes('「0」「5」「5」'))).toBe(true);
  });
});

describe('layout adapter: a row\u2019s values over two lines', () => {
  const rowAbove = at([0, '一、本年新收政府信息公开申请'], ...values('', '3', '0', '0', '0', '0', '3'));
  const below = (value: string): string => at([0, ''], [COLS[0]! - 1, value]);
  const next = at([0, '二、上年结转政府信息公开申请数量'], ...values('0', '0', '0', '0', '0', '0', '0'));

  it('folds a label-less line into the row lacking exactly its columns when the row total checks', () => {
    const [table] = tables(read(rowAbove, below('0'), next));
    expect(row(table!, 0).slice(1)).toEqual(['0', '3', '0', '0', '0', '0', '3']);
  });

  it('does not fold it when the total does not prove the two lines are one row', () => {
    const [table] = tables(read(rowAbove, below('5'), next));
    expect(row(table!, 0).slice(1)).toEqual(['', '3', '0', '0', '0', '0', '3']);
    // Right over the next row's first value it may be a wrapped piece of it: kept apart, never read.
    expect(row(table!, 1).slice(1, 3)).toEqual(['5 0', '0']);
  });

  it('leaves a label-less line out, quoted, when no row can take it', () => {
    const blocks = read(rowAbove, '', at([0, ''], [COLS[0]! - 1, '5'], [COLS[6]!, '5']), '', next);
    expect(tables(blocks)[0]!.rows).toHaveLength(2);
    expect(notes(blocks).map((n) => n.message).join()).toContain('「5」「5」');
  });
});

describe('layout adapter: pages', () => {
  it('continues a table on the next page whose columns shifted, dropping nothing but the page number', () => {
    const blocks = read(
      at([0, '一、本年新收政府信息公开申请数量'], ...values('21', '0', '0', '0', '0', '0', '21')),
      '',
      at([60, '-3-']),
      '\f' + at([17, '3.补正后申请内容仍不明确'], [39, '0'], [44, '0'], [48, '0'], [52, '0'], [57, '0'], [62, '0'], [66, '0']),
      at([17, '1.信访举报投诉类申请'], [39, '1'], [48, '0'], [52, '0'], [57, '0'], [62, '0'], [66, '1']),
    );
    const all = tables(blocks);
    expect(all).toHaveLength(1);
    expect(row(all[0]!, 2)).toEqual(['1.信访举报投诉类申请', '1', '', '0', '0', '0', '0', '1']);
    expect(all[0]!.rows[2]![1]!.page).toBe(2);
    expect(paragraphs(blocks)).toEqual(['-3-']);
  });
});

describe('layout adapter: a label cut by a page break', () => {
  it('gives the unnumbered text at the top of the next page to the last label before the break', () => {
    const [table] = tables(
      read(
        at([14, '1.属于国家秘'], ...values('1', '0', '0', '0', '0', '0', '1')),
        at([60, '- 3 -']),
        '\f' + at([14, '密']),
        at([14, '2.其他法律行政法规禁止公开'], [39, '0'], [44, '0'], [48, '0'], [52, '0'], [57, '0'], [62, '0'], [66, '0']),
      ),
    );
    expect(table!.rows.map((r) => r.slice(0, -7).map((c) => c.text.replace(/\s+/g, '')).join('/'))).toEqual(['1.属于国家秘密', '2.其他法律行政法规禁止公开']);
  });
});

describe('layout adapter: numbers wrapped in a narrow cell', () => {
  it('joins `151` printed as `15` over `1` when the row total only checks joined', () => {
    const [table] = tables(
      read(at([0, '一、本年新收政府信息公开申请数量'], ...values('151', '0', '0', '0', '0', '0', '15')), at([0, ''], [76, '1']), at([0, '二、上年结转政府信息公开申请数量'], ...values('0', '0', '0', '0', '0', '0', '0'))),
    );
    expect(row(table!, 0)).toEqual(['一、本年新收政府信息公开申请数量', '151', '0', '0', '0', '0', '0', '151']);
    expect(table!.rows).toHaveLength(2);
  });

  it('keeps the pieces apart (`1 4`, a split number) when the total does not prove the join', () => {
    const [table] = tables(
      read(at([0, '一、本年新收政府信息公开申请数量'], ...values('14', '1', '0', '0', '0', '0', '1')), at([0, ''], [76, '4']), at([0, '二、上年结转政府信息公开申请数量'], ...values('0', '0', '0', '0', '0', '0', '0'))),
    );
    expect(row(table!, 0).slice(1)).toEqual(['14', '1', '0', '0', '0', '0', '1 4']);
  });

  it('joins a total wrapped around its row (`3` above, `7` below) when the total checks', () => {
    const [table] = tables(
      read(
        at([0, '8.属于行政查询事项'], ...values('0', '0', '0', '0', '0', '0', '0')),
        '',
        at([13, '1.本机关不掌握相关政府'], [76, '3']),
        at([0, ''], ...values('37', '0', '0', '0', '0', '0')),
        at([13, '信息'], [76, '7']),
      ),
    );
    expect(row(table!, 1)).toEqual(['1.本机关不掌握相关政府信息', '37', '0', '0', '0', '0', '0', '37']);
  });
});

describe('layout adapter: detect', () => {
  it('wins on layout text', () => {
    const text = [
      at([0, '一、本年新收政府信息公开申请数量'], ...values('69', '0', '0', '0', '0', '0', '69')),
      at([0, '二、上年结转政府信息公开申请数量'], ...values('0', '0', '0', '0', '0', '0', '0')),
      at([5, '（一）予以公开'], ...values('23', '0', '0', '0', '0', '0', '23')),
      at([11, '1.属于国家秘密'], ...values('0', '0', '0', '0', '0', '0', '0')),
      at([11, '2.重复申请'], ...values('0', '0', '0', '0', '0', '0', '0')),
      at([0, '规章'], [17, '0'], [28, '0'], [36, '0']),
    ].join('\n');
    expect(layoutAdapter.detect(text)).toBeGreaterThan(0.8);
    expect(chooseAdapter(builtinAdapters, text, undefined).name).toBe('layout');
  });

  it('loses on every other shape: each fixture keeps its adapter', () => {
    for (const name of readdirSync(FIXTURES)) {
      const dir = join(FIXTURES, name);
      const file = ['input.html', 'input.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!file) continue; // templates, and the PDF and Markdown folders (tested in pdf-text.test.ts)
      const layout = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { meta: { layout: string } }).meta.layout;
      expect(chooseAdapter(builtinAdapters, readFileSync(file, 'utf8'), undefined).name, name).toBe(layout);
    }
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\f', '\f\f\f', '1   2   3', ' -3- ', '规章   0\n\f   1   2', '一'.repeat(500) + '   1']) {
      expect(() => layoutAdapter.read(input)).not.toThrow();
    }
  });
});
