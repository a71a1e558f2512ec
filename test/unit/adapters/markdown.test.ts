import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlAdapter, markdownAdapter, pipeAdapter } from '../../../src/adapters/index.js';
import { stripInline } from '../../../src/adapters/markdown.js';
import type { Block, TableBlock } from '../../../src/model.js';

const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (table: TableBlock): string[][] => table.rows.map((row) => row.map((cell) => cell.text));
const paragraphs = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

// Rows of table 二 and 三 as seed 001 prints them, in the shape PDF-to-Markdown converters write.
const REPORT = [
  '# 包头市工业和信息化局2021年度政务信息公开年度报告',
  '',
  '## 二、主动公开政府信息情况',
  '',
  '| 第二十条第（一）项 | | | |',
  '|---|---|---|---|',
  '| **信息内容** | **本年制发件数** | **本年废止件数** | **现行有效件数** |',
  '| 规章 | 0 | 0 | 0 |',
  '| [行政规范性文件](https://example.org/a) | 0 | - | 5 |',
  '',
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '| 一、本年新收政府信息公开申请数量 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |',
  '| --- | :---: | ---: | --- | --- | --- | --- | --- |',
  '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '',
  '| （五）不 | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '|---|---|---|---|---|---|---|---|---|',
  '',
  '本机关全年共收到申请 14 件，*均已按期答复*。',
].join('\n');

describe('markdown adapter: read', () => {
  const blocks = markdownAdapter.read(REPORT);

  it('turns headings into paragraphs carrying their text (sections are found from them)', () => {
    expect(paragraphs(blocks)).toContain('二、主动公开政府信息情况');
    expect(paragraphs(blocks)).toContain('三、收到和处理政府信息公开申请情况');
    expect(paragraphs(blocks)[0]).toBe('包头市工业和信息化局2021年度政务信息公开年度报告');
  });

  it('reads pipe tables as grids: one cell per column, explicit empty cells, `col` set, separator rows dropped', () => {
    const [active] = tables(blocks);
    expect(texts(active!)).toEqual([
      ['第二十条第（一）项', '', '', ''],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '-', '5'],
    ]);
    expect(active!.rows[3]!.map((c) => c.col)).toEqual([0, 1, 2, 3]);
    expect(active!.rows[3]![0]!.line).toBe(9);
  });

  it('keeps `-` as written: a placeholder the recognizers read as null', () => {
    expect(tables(blocks)[0]!.rows[3]![2]!.text).toBe('-');
  });

  it('keeps a table broken into one table per row group as consecutive tables, label fragments as they are', () => {
    const all = tables(blocks);
    expect(all).toHaveLength(3);
    expect(texts(all[1]!).map((row) => row[0])).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']);
    expect(texts(all[2]!)[0]!.slice(0, 3)).toEqual(['（五）不', '2.重复申请', '0']);
  });

  it('keeps prose as paragraphs without emphasis', () => {
    expect(paragraphs(blocks)).toContain('本机关全年共收到申请 14 件，均已按期答复。');
  });

  it('reads escaped pipes as text inside a cell', () => {
    const [table] = tables(markdownAdapter.read('| a \\| b | 1 |\n|---|---|\n| c | 2 |'));
    expect(texts(table!)).toEqual([
      ['a | b', '1'],
      ['c', '2'],
    ]);
  });

  it('keeps header rows cut into fragments as they are', () => {
    const [table] = tables(markdownAdapter.read('| - | 企 | 机构 | 公益 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |'));
    expect(texts(table!)[0]).toEqual(['', '企', '机构', '公益']);
  });

  it('reads `-` as padding where no value can be: label slots before the label, rows without numbers', () => {
    const input = ['|第二十条第（一）项|-|-|-|', '|---|---|---|---|', '|**信息内容**|**本年处理决定数量**|-|-|', '|-|-|3.危及“三安全一稳定”|0|', '|-|（四）无法提供|1.本机关不掌握相关政府信息|-|'].join('\n');
    const [table] = tables(markdownAdapter.read(input));
    expect(texts(table!)).toEqual([
      ['第二十条第（一）项', '', '', ''],
      ['信息内容', '本年处理决定数量', '', ''],
      ['', '', '3.危及“三安全一稳定”', '0'],
      ['', '（四）无法提供', '1.本机关不掌握相关政府信息', ''],
    ]);
  });

  it('reads `-` after a label as padding in a label slot left of every number of its table', () => {
    const input = ['|（本列数据的勾稽关系为…）|-|-|申请人情况|-|', '|---|---|---|---|---|', '|-|-|-|自然人|总计|', '|**一、本年新收政府信息公开申请数量**|-|-|21|21|', '|二、上年结转政府信息公开申请数量|-|-|-|0|'].join('\n');
    const [table] = tables(markdownAdapter.read(input));
    expect(texts(table!)[2]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '21', '21']);
    // Under 自然人 a dash is a placeholder still: a value slot, read as null with a warning.
    expect(texts(table!)[3]).toEqual(['二、上年结转政府信息公开申请数量', '', '', '-', '0']);
  });

  it('reads `-` as padding under no header of the rows right above, and keeps it under a named column', () => {
    const input = ['|第二十条第（五）项|-|-|-|', '|---|---|---|---|', '|**信息内容**|**本年处理决定数量**|-|-|', '|行政许可|550|-|-|', '|**信息内容**|**本年制发件数**|**本年废止件数**|**现行有效件数**|', '|规章|0|-|5|'].join('\n');
    const [table] = tables(markdownAdapter.read(input));
    expect(texts(table!)[2]).toEqual(['行政许可', '550', '', '']);
    expect(texts(table!)[4]).toEqual(['规章', '0', '-', '5']);
  });

  it('keeps `-` in the first value column when the table has no header and a number further left elsewhere', () => {
    const input = ['|（五）不|2.重复申请|0|0|', '|---|---|---|---|', '|予处理|3.要求提供公开出版物|-|0|'].join('\n');
    expect(texts(tables(markdownAdapter.read(input))[0]!)[1]).toEqual(['予处理', '3.要求提供公开出版物', '-', '0']);
  });

  it('reads an HTML table inside the Markdown with the html adapter, spans and lines included', () => {
    const input = ['## 四、政府信息公开行政复议、行政诉讼情况', '', '<table>', '<tr><td colspan="5">行政复议</td></tr>', '<tr><td>1</td><td>0</td><td></td><td>0</td><td>1</td></tr>', '</table>', '', '## 五、存在的主要问题及改进情况'].join('\n');
    const blocks = markdownAdapter.read(input);
    const [table] = tables(blocks);
    expect(table!.rows[0]![0]).toMatchObject({ text: '行政复议', colSpan: 5, col: 0 });
    expect(texts(table!)[1]).toEqual(['1', '0', '', '0', '1']);
    expect(table!.rows[1]![0]!.line).toBe(5);
    expect(paragraphs(blocks)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']);
  });

  it('never throws on odd input', () => {
    for (const input of ['|', '||||', '| --- |', '<table>', '#', '**', '| a |\n|---|\n<table><tr><td>1', '\\|\\|']) {
      expect(() => markdownAdapter.read(input)).not.toThrow();
    }
  });
});

describe('markdown adapter: stripInline', () => {
  it('removes bold, italics, links, images, code spans and <br>', () => {
    expect(stripInline('**一、本年新收**')).toBe('一、本年新收');
    expect(stripInline('__规章__')).toBe('规章');
    expect(stripInline('*行政许可*')).toBe('行政许可');
    expect(stripInline('[行政处罚](http://x/y)')).toBe('行政处罚');
    expect(stripInline('![图](a.png)')).toBe('图');
    expect(stripInline('`7730.28`')).toBe('7730.28');
    expect(stripInline('社会<br>公益<br/>组织')).toBe('社会 公益 组织');
  });

  it('leaves a lone `-`, `*` and underscores inside words alone', () => {
    expect(stripInline('-')).toBe('-');
    expect(stripInline('*')).toBe('*');
    expect(stripInline('a_b_c')).toBe('a_b_c');
  });
});

describe('markdown adapter: detect', () => {
  const seed = (name: string): string => readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', name, 'input.txt'), 'utf8');

  it('beats pipe and a fragment of HTML on Markdown with headings and tables', () => {
    expect(markdownAdapter.detect(REPORT)).toBeGreaterThan(pipeAdapter.detect(REPORT));
    const mineru = `# 报告\n\n## 二、主动公开政府信息情况\n\n${'<table><tr><td>规章</td><td>0</td></tr></table>\n'.repeat(3)}`;
    expect(markdownAdapter.detect(mineru)).toBeGreaterThan(htmlAdapter.detect(mineru));
  });

  it('loses to pipe on plain pipe tables (seeds 001 and 003)', () => {
    for (const name of ['seed-001', 'seed-003']) {
      const text = seed(name);
      expect(markdownAdapter.detect(text)).toBeLessThan(pipeAdapter.detect(text));
    }
  });

  it('is 0 on text with neither headings nor tables', () => {
    expect(markdownAdapter.detect('一、总体情况\n本机关……')).toBe(0);
  });
});
