import { describe, expect, it } from 'vitest';
import { blocksOf, paragraphs, sample, shape, tables } from './helpers.js';
import { buildPdf, line, ruledTable, text } from './make-pdf.js';

/** The grid builder on small PDFs: spans, explicit blanks, page breaks, no borders, rotation, transforms. */
describe('PDF grid builder', () => {
  it('rebuilds merged cells and explicit blanks from Chromium borders (thin filled rectangles), joining a number wrapped in a narrow cell', async () => {
    const [table] = tables(await blocksOf(sample('merged.pdf')));
    expect(shape(table!)).toEqual([
      [[0, 2, 1, '信息内容'], [1, 1, 2, '申请人情况'], [3, 2, 1, '总计']],
      [[1, 1, 1, '自然人'], [2, 1, 1, '商业企业']],
      [[0, 1, 1, '本年新收'], [1, 1, 1, '12'], [2, 1, 1, ''], [3, 1, 1, '151']],
      [[0, 1, 1, '上年结转'], [1, 1, 1, '3'], [2, 1, 1, '0'], [3, 1, 1, '3']],
    ]);
    const cell = table!.rows[2]![3]!;
    expect(cell.page).toBe(1);
    expect(cell.box![2]).toBeGreaterThan(cell.box![0]);
    expect(cell.box![3]).toBeGreaterThan(cell.box![1]);
  });

  it('reads the same table from LibreOffice (stroked borders)', async () => {
    const [table] = tables(await blocksOf(sample('merged-libreoffice.pdf')));
    expect(shape(table!)).toEqual([
      [[0, 2, 1, '信息内容'], [1, 1, 2, '申请人情况'], [3, 2, 1, '总计']],
      [[1, 1, 1, '自然人'], [2, 1, 1, '商业企业']],
      [[0, 1, 1, '本年新收'], [1, 1, 1, '12'], [2, 1, 1, ''], [3, 1, 1, '151']],
      [[0, 1, 1, '上年结转'], [1, 1, 1, '3'], [2, 1, 1, '0'], [3, 1, 1, '3']],
    ]);
  });

  it('joins a table split over two pages: one table, the repeated header dropped, the spanning label continued', async () => {
    const blocks = await blocksOf(sample('split.pdf'));
    const found = tables(blocks);
    expect(found).toHaveLength(1);
    const rows = shape(found[0]!);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual([[0, 1, 1, '组别'], [1, 1, 1, '事项'], [2, 1, 1, '件数'], [3, 1, 1, '备注']]);
    expect(rows[1]).toEqual([[0, 30, 1, '第一组'], [1, 1, 1, '事项1'], [2, 1, 1, '1'], [3, 1, 1, '']]);
    for (let i = 2; i <= 30; i++) expect(rows[i]!.map((c) => c[3])).toEqual([`事项${i}`, String(i), i === 30 ? '末行' : '']);
    const pages = new Set(found[0]!.rows.flat().map((c) => c.page));
    expect([...pages].sort()).toEqual([1, 2]);
    expect(paragraphs(blocks)).toEqual(['跨页表格测试', '表后文字。']);
  });

  it('joins parts whose columns differ: a label column left undrawn on the next page keeps spanning, a column split only there', async () => {
    const page1 = ruledTable(60, 700, [40, 80, 80, 50], 20, [['类别', '事项', null, '件数'], ['第一组', '事项一', null, '1'], [null, '事项二', null, '2']], { '0,1': [1, 2], '1,0': [2, 1], '1,1': [1, 2], '2,1': [1, 2] });
    const page2 = ruledTable(100, 800, [80, 80, 50], 20, [['分项甲', '分项乙', '3'], ['分项丙', '分项丁', '4']]);
    const found = tables(await blocksOf(buildPdf([{ content: page1 }, { content: page2 }])));
    expect(found).toHaveLength(1);
    expect(shape(found[0]!)).toEqual([
      [[0, 1, 1, '类别'], [1, 1, 2, '事项'], [3, 1, 1, '件数']],
      [[0, 4, 1, '第一组'], [1, 1, 2, '事项一'], [3, 1, 1, '1']],
      [[1, 1, 2, '事项二'], [3, 1, 1, '2']],
      [[1, 1, 1, '分项甲'], [2, 1, 1, '分项乙'], [3, 1, 1, '3']],
      [[1, 1, 1, '分项丙'], [2, 1, 1, '分项丁'], [3, 1, 1, '4']],
    ]);
  });

  it('never runs two numbers together over a page break, even when the table is left open at the foot of the page', async () => {
    // Page 1: no bottom border (as if the last row went on); page 2: a new row with its own values.
    const grid1 = `${line(60, 700, 220, 700)}${line(60, 680, 220, 680)}${[60, 160, 220].map((x) => line(x, 660, x, 700)).join('')}`;
    const page1 = grid1 + text(63, 686, '事项', 9) + text(163, 686, '件数', 9) + text(63, 666, '事项一', 9) + text(163, 666, '3', 9);
    const grid2 = `${line(60, 800, 220, 800)}${line(60, 780, 220, 780)}${[60, 160, 220].map((x) => line(x, 780, x, 800)).join('')}`;
    const page2 = grid2 + text(63, 786, '事项二', 9) + text(163, 786, '0', 9);
    const found = tables(await blocksOf(buildPdf([{ content: page1 }, { content: page2 }])));
    expect(found).toHaveLength(1);
    expect(shape(found[0]!).map((row) => row.map((c) => c[3]))).toEqual([['事项', '件数'], ['事项一', '3'], ['事项二', '0']]);
  });

  it('reads a table without borders by the header columns, a blank cell kept blank', async () => {
    const blocks = await blocksOf(sample('borderless.pdf'));
    const [table] = tables(blocks);
    expect(shape(table!).map((row) => row.map((c) => c[3]))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '4', '', '17'],
      ['行政规范性文件', '12', '3', '250'],
    ]);
    expect(paragraphs(blocks)).toEqual(['无边框表格测试', '表后文字。']);
  });

  it('leaves a borderless value out, with a note, when its column is not certain', async () => {
    const header = text(60, 700, '信息内容', 10) + text(200, 700, '本年制发件数', 10) + text(330, 700, '现行有效件数', 10);
    // `99` sits between the two value columns: it belongs to neither for certain.
    const rows = text(60, 680, '规章', 10) + text(210, 680, '4', 10) + text(340, 680, '17', 10) + text(60, 660, '行政规范性文件', 10) + text(285, 660, '99', 10) + text(340, 660, '5', 10);
    const blocks = await blocksOf(buildPdf([{ content: header + rows }]));
    const [table] = tables(blocks);
    expect(shape(table!).map((row) => row.map((c) => c[3]))).toEqual([
      ['信息内容', '本年制发件数', '现行有效件数'],
      ['规章', '4', '17'],
      ['行政规范性文件', '', '5'],
    ]);
    expect(blocks.some((b) => b.kind === 'note' && b.code === 'CELL_UNPLACED' && b.message.includes('99'))).toBe(true);
  });

  it('reads a rotated page (/Rotate 90, content drawn turned) as it is displayed', async () => {
    // Drawn in a landscape frame 842 × 595, turned onto the portrait page.
    const table = ruledTable(80, 500, [160, 80, 80], 24, [['信息内容', '自然人', '总计'], ['本年新收', '7', '7']]);
    const content = `q 0 1 -1 0 595 0 cm\n${text(80, 540, '横向页面', 12)}${table}Q\n`;
    const blocks = await blocksOf(buildPdf([{ content, rotate: 90 }]));
    const [found] = tables(blocks);
    expect(shape(found!)).toEqual([
      [[0, 1, 1, '信息内容'], [1, 1, 1, '自然人'], [2, 1, 1, '总计']],
      [[0, 1, 1, '本年新收'], [1, 1, 1, '7'], [2, 1, 1, '7']],
    ]);
    expect(paragraphs(blocks)).toEqual(['横向页面']);
  });

  it('tracks transforms: borders as thin filled rectangles inside a scaled, moved form XObject', async () => {
    // The form draws a 2 × 2 grid at half scale; placed at (100, 500) by the page.
    const bar = (x: number, y: number, w: number, h: number): string => `${x} ${y} ${w} ${h} re f\n`;
    const form = `2 0 0 2 0 0 cm\n${bar(0, 0, 100, 0.3)}${bar(0, 15, 100, 0.3)}${bar(0, 30, 100, 0.3)}${bar(0, 0, 0.3, 30)}${bar(60, 0, 0.3, 30)}${bar(100, 0, 0.3, 30)}`;
    const words = text(105, 535, '规章', 10) + text(230, 535, '12', 10) + text(105, 505, '行政许可', 10) + text(230, 505, '3', 10);
    const pdf = buildPdf(
      [{ content: `q 1 0 0 1 100 500 cm /Tbl Do Q\n${words}`, resources: '/XObject << /Tbl 100 0 R >>' }],
      [{ id: 100, body: '/Type /XObject /Subtype /Form /BBox [0 0 200 200]', stream: form }],
    );
    const [found] = tables(await blocksOf(pdf));
    expect(shape(found!)).toEqual([
      [[0, 1, 1, '规章'], [1, 1, 1, '12']],
      [[0, 1, 1, '行政许可'], [1, 1, 1, '3']],
    ]);
    // Box in page points (y upwards): the form's 60 × 15 cell, scaled by 2, moved to (100, 500).
    const box = found!.rows[0]![0]!.box!;
    [100, 530, 220, 560].forEach((v, i) => expect(Math.abs(box[i]! - v)).toBeLessThan(0.5));
  });

  it('does not take white lines or a lone frame for a table', async () => {
    const white = `1 1 1 RG ${line(50, 700, 300, 700)}${line(50, 680, 300, 680)}${line(50, 680, 50, 700)}${line(300, 680, 300, 700)}0 0 0 RG\n`;
    const frame = `${line(50, 600, 300, 600)}${line(50, 560, 300, 560)}${line(50, 560, 50, 600)}${line(300, 560, 300, 600)}`;
    const blocks = await blocksOf(buildPdf([{ content: white + text(60, 685, '白线之间') + frame + text(60, 575, '框内文字') }]));
    expect(tables(blocks)).toEqual([]);
    expect(paragraphs(blocks)).toEqual(['白线之间', '框内文字']);
  });

  it('reads a font that is not embedded (STSong-Light, UniGB-UCS2-H) through the CMaps pdf.js ships', async () => {
    const blocks = await blocksOf(buildPdf([{ content: text(60, 700, '政府信息公开工作年度报告 2023', 14) }]));
    expect(paragraphs(blocks)).toEqual(['政府信息公开工作年度报告 2023']);
  });
});

describe('PDF grid builder limits', () => {
  it('reads a page drawn with thousands of lines as text, quickly (the grouping is quadratic)', async () => {
    // 1,600 '#' marks, 26 pt apart on a large page: 3,200 lines each way, every mark a small 3 × 3 grid.
    let hatch = '0.1 w\n';
    for (let i = 0; i < 1600; i++) {
      const x = 20 + (i % 40) * 26;
      const y = 20 + Math.floor(i / 40) * 26;
      hatch += `${x} ${y + 8} m ${x + 22} ${y + 8} l ${x} ${y + 14} m ${x + 22} ${y + 14} l ${x + 8} ${y} m ${x + 8} ${y + 22} l ${x + 14} ${y} m ${x + 14} ${y + 22} l S\n`;
    }
    const started = performance.now();
    const blocks = await blocksOf(buildPdf([{ content: hatch + text(60, 1080, '只有文字'), width: 1100, height: 1100 }]));
    expect(tables(blocks)).toEqual([]);
    expect(paragraphs(blocks)).toEqual(['只有文字']);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
