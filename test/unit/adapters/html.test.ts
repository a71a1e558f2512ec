import type { Element, Nodes } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlAdapter } from '../../../src/adapters/html.js';
import { htmlTree } from '../../../src/html/html-tree.js';
import { collapseSpaces } from '../../../src/normalize/whitespace.js';
import type { Block, SourceCell, TableBlock } from '../../../src/model.js';

function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table');
}

function texts(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'note' ? `[${b.code}]` : '[table]'));
}

/** An article body with the headings a report container is recognised by. */
const ARTICLE = '<p>一、总体情况</p><p>正文内容</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>';
const ARTICLE_TEXTS = ['一、总体情况', '正文内容', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];

const grid = (row: readonly SourceCell[]): [string, number | undefined][] => row.map((c) => [c.text, c.col]);

describe('htmlAdapter.read', () => {
  it('gives each cell its column in the span-expanded grid (rowspan and colspan)', () => {
    const html = `<table>
      <tr><td rowspan="2">A</td><td colspan="2">B</td><td>C</td></tr>
      <tr><td>D</td><td>E</td><td>F</td></tr>
      <tr><td>G</td><td colspan="3">H</td></tr>
    </table>`;
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows.map(grid)).toEqual([
      [['A', 0], ['B', 1], ['C', 3]],
      [['D', 1], ['E', 2], ['F', 3]],
      [['G', 0], ['H', 1]],
    ]);
    expect(table!.rows[0]!.map((c) => [c.rowSpan, c.colSpan])).toEqual([[2, 1], [1, 2], [1, 1]]);
  });

  it('places cells after a rowspan from a row above past the occupied column', () => {
    const html = `<table>
      <tr><td>信息内容</td><td rowspan="3">X</td><td>本年制发件数</td></tr>
      <tr><td>规章</td><td>0</td></tr>
      <tr><td>行政规范性文件</td><td>5</td></tr>
    </table>`;
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows.map(grid)).toEqual([
      [['信息内容', 0], ['X', 1], ['本年制发件数', 2]],
      [['规章', 0], ['0', 2]],
      [['行政规范性文件', 0], ['5', 2]],
    ]);
  });

  it('reads th cells like td cells and looks through thead/tbody', () => {
    const html = '<table><thead><tr><th>申请人情况</th><th>自然人</th></tr></thead><tbody><tr><td>一、本年新收</td><td>3</td></tr></tbody></table>';
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([['申请人情况', '自然人'], ['一、本年新收', '3']]);
  });

  it('joins <br> and <p> inside a cell with spaces', () => {
    const html = '<table><tr><td>商业<br>企业</td><td><p>科研</p><p>机构</p></td></tr></table>';
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['商业 企业', '科研 机构']);
  });

  it('reads an &nbsp; cell as empty text', () => {
    const html = '<table><tr><td>行政许可</td><td>&nbsp;</td><td>&nbsp;0&nbsp;</td></tr></table>';
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['行政许可', '', '0']);
  });

  it('gives every cell the text hast-util-to-text renders, spaces collapsed (cells it would leave as they are skip it)', () => {
    const cells = ['规章', '  a   b  ', 'a\nb', '\ta\t', 'a\u200eb', 'a\u061cb', 'a\u202ab', 'a\u2066b', '\u3000x\u3000', 'a\u200bb', '', ' ', 'x&nbsp;y', 'a<br>b', '<b>a</b>', '<b>a</b> b', '<p>a</p>'];
    const html = `<table><tr>${cells.map((c) => `<td>${c}</td>`).join('')}<td nowrap>a\u200eb</td><td nowrap>a  b</td></tr></table>`;
    const tds: Element[] = [];
    const stack: Nodes[] = [htmlTree(html)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'element' && node.tagName === 'td') tds.push(node);
      else if ('children' in node) stack.push(...[...node.children].reverse());
    }
    const [table] = tables(htmlAdapter.read(html));
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(tds.map((td) => collapseSpaces(toText(td))));
    expect(tds).toHaveLength(cells.length + 2);
  });

  it('reads a layout table (a table holding a table) as a container', () => {
    const html = '<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table><p>五、存在的主要问题及改进情况</p></td></tr></table>';
    const blocks = htmlAdapter.read(html);
    expect(texts(blocks)).toEqual(['一、总体情况', '[table]', '五、存在的主要问题及改进情况']);
    expect(tables(blocks)[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([['规章', '0']]);
  });

  it('ignores script and style', () => {
    const html = '<div><script>var t = "一、总体情况";</script><style>p { color: red }</style><p>正文</p></div>';
    expect(htmlAdapter.read(html)).toEqual([{ kind: 'paragraph', text: '正文', line: 1 }]);
  });

  it('makes block elements and <br> paragraph breaks, inline elements not', () => {
    const html = '<p>甲</p><div>乙<span>丙</span>丁<br>戊</div>尾';
    expect(texts(htmlAdapter.read(html))).toEqual(['甲', '乙丙丁', '戊', '尾']);
  });

  it('gives paragraphs and tables the line they start on', () => {
    const html = '<body>\n<p>一、总体情况</p>\n\n<table>\n<tr><td>规章</td>\n<td>0</td></tr></table>\n</body>';
    const blocks = htmlAdapter.read(html);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '一、总体情况', line: 2 });
    const table = tables(blocks)[0]!;
    expect(table.line).toBe(4);
    expect(table.rows[0]!.map((c) => c.line)).toEqual([5, 6]);
  });

  it('reads only the .TRS_Editor container and notes TEXT_DROPPED when the page has other text', () => {
    const nav = `<div class="nav">${'首页 新闻中心 政务公开 办事服务 互动交流 '.repeat(20)}</div>`;
    const html = `<html><head><title>页面标题_网站</title></head><body>${nav}<div class="TRS_Editor">${ARTICLE}</div><div class="footer">版权所有 某某局</div></body></html>`;
    const blocks = htmlAdapter.read(html);
    expect(texts(blocks)).toEqual(['页面标题_网站', '[TEXT_DROPPED]', ...ARTICLE_TEXTS]);
    expect(blocks.some((b) => b.kind === 'paragraph' && /首页|版权所有/.test(b.text))).toBe(false);
  });

  it('emits no TEXT_DROPPED note when the container is all the page holds', () => {
    const html = `<html><body><div class="TRS_Editor">${ARTICLE}</div></body></html>`;
    const blocks = htmlAdapter.read(html);
    expect(blocks.some((b) => b.kind === 'note')).toBe(false);
    expect(texts(blocks)).toEqual(ARTICLE_TEXTS);
  });

  it('chooses a container by id (#zoom) too', () => {
    const html = `<body><div>${'导航 '.repeat(150)}</div><div id="zoom">${ARTICLE}</div></body>`;
    expect(texts(htmlAdapter.read(html))).toEqual(['[TEXT_DROPPED]', ...ARTICLE_TEXTS]);
  });

  it('ignores a container that does not hold the report (no 总体情况) and reads <body>', () => {
    const html = '<body><div class="TRS_Editor"><p>别的文章</p></div><p>一、概述</p></body>';
    expect(texts(htmlAdapter.read(html))).toEqual(['别的文章', '一、概述']);
  });

  it('makes <meta name="ArticleTitle"> the first paragraph, before <title>', () => {
    const html = '<html><head><title>页面标题_网站</title><meta name="ArticleTitle" content="某某局2022年政府信息公开工作年度报告"></head><body><p>一、总体情况</p></body></html>';
    const blocks = htmlAdapter.read(html);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '某某局2022年政府信息公开工作年度报告', line: 1 });
    expect(texts(blocks)).not.toContain('页面标题_网站');
  });

  it('falls back to <title> when there is no ArticleTitle', () => {
    const html = '<html><head><title> 某某局 2022年报 </title></head><body><p>一、总体情况</p></body></html>';
    expect(htmlAdapter.read(html)[0]).toEqual({ kind: 'paragraph', text: '某某局 2022年报', line: 1 });
  });
});

describe('htmlAdapter.detect', () => {
  it('is 1 for a page with <html>, <body>, <head> or a doctype', () => {
    expect(htmlAdapter.detect('<!DOCTYPE html><p>x</p>')).toBe(1);
    expect(htmlAdapter.detect('<html>\n<p>x</p></html>')).toBe(1);
    expect(htmlAdapter.detect('<body class="a">x</body>')).toBe(1);
  });

  it('is 0.95 for a fragment with ten or more tags, 0.3 for fewer, 0 for none', () => {
    expect(htmlAdapter.detect('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>')).toBe(0.95);
    expect(htmlAdapter.detect('<p>一、总体情况</p>')).toBe(0.3);
    expect(htmlAdapter.detect('一、总体情况 a<b')).toBe(0);
  });
});
