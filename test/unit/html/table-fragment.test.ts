import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { htmlAdapter, readTable, readTableFragment } from '../../../src/adapters/html.js';
import { tableFragmentTree } from '../../../src/html/table-fragment.js';
import type { TableBlock } from '../../../src/model.js';

/** The tables as the html adapter reads them from parse5's tree: the reference. */
const byParse5 = (text: string): TableBlock[] => htmlAdapter.read(text).filter((b): b is TableBlock => b.kind === 'table');

/** The tables read from the fragment tree, or undefined when the fragment is outside its subset. */
function byFragment(text: string): TableBlock[] | undefined {
  return tableFragmentTree(text)?.children.map((table) => readTable(table as Element).table);
}

/** Fragments in the subset: each must be read without parse5, to the very blocks parse5 gives. */
const IN_SUBSET: Record<string, string> = {
  'MinerU: one line, colspan and rowspan': '<table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td rowspan="2">信息内容</td><td>本年制发件数</td><td colspan="2">现行有效件数</td></tr><tr><td>0</td><td>1</td><td>2</td></tr></table>',
  'indented over lines, thead and tbody, th': '\n\n  <table>\n    <thead>\n      <tr><th>信息内容</th><th>件数</th></tr>\n    </thead>\n    <tbody>\n      <tr>\n        <td>规章</td>\n        <td>0</td>\n      </tr>\n    </tbody>\n  </table>\n',
  'br in every spelling, inline tags, upper case': '<TABLE><TR><TD>一、<br>本年新收<BR/>申请<br />数量</TD><td><b>14</b></td><td><strong>受理<span>情况</span></strong></td><td><i>a</i><em>b</em><u>c</u><sup>1</sup><sub>2</sub></td></TR></TABLE>',
  'character references and plain & and <': '<table><tr><td>A&amp;B &lt;5&gt; &quot;x&quot; &apos;y&apos; &#39;z&#39; &#x4E00;&#20108;</td><td>a & b</td><td>&nbsp;</td><td>x &nbsp; y</td><td><5万元</td><td>1 < 2</td></tr></table>',
  'end tags left out, as HTML allows': '<table><tr><td>a<td>b<tr><td>c<td>d</table>',
  'rows and cells without tbody or tr': '<table><td>x</td><td>y</td></table><table><tbody><td>z</td></tbody></table>',
  'rows after </tr> and a closing tag for the implied tbody': '<table><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>',
  'a new row group closes the open one': '<table><thead><tr><th>h</th><tbody><tr><td>1</td><tfoot><tr><td>f</td></table>',
  'attributes in every quoting, with spaces and case': '<table border="1" cellpadding=\'0\' width=100%><tr align=center><td colspan=2 rowspan = "2" style="text-align: center; width: 3em">a</td><td COLSPAN=\'1\' valign="top">b</td><td width="12%" bgcolor=#fff>c</td></tr><tr><td>d</td></tr></table>',
  'spans clamped, zero or padded': '<table><tr><td colspan="100">wide</td><td rowspan="0">r0</td><td colspan="007">c7</td><td rowspan="9">tall</td></tr><tr><td>x</td></tr></table>',
  'two tables, text outside them dropped': '<table><tr><td>1</td></tr></table>注：单位为件。\n\n\n<table>\n<tr><td>2</td></tr>\n</table> 完',
  'a table left open at the end': '<table><tr><td>a</td><td>b',
  'columns counted in UTF-16 units after astral characters and tabs': '𠀀\t<table><tr><td>𠀁</td>\t<td>x</td></tr></table>',
  'cell text that hast-util-to-text renders: spaces, line feeds, tabs, bidi marks': '<table><tr><td>  a   b  </td><td>a\nb</td><td>\ta\t</td><td>a\u200eb</td><td>\u3000x\u3000</td><td>a\u200bb</td><td></td><td> </td><td>\n</td></tr></table>',
  'inline tags left open at the end of a cell': '<table><tr><td><b>x</td><td>y</td><td><span><i>z</td></tr></table>',
  'the same formatting tag nested four deep and repeated': '<table><tr><td><b><b><b><b>x</b>y</b></b></b> <b>z</b><b>w</b></td><td><i><b><i>v</i></b></i>u</td></tr></table>',
  'cells with spaces between tags': '<table> <tr> <td>a</td> <td> b </td> </tr>\n\t</table>',
  'empty table and table without cells': '<table></table><table><tr></tr></table>',
};

/** Fragments outside the subset: the fast path must bail (and parse5 read them). */
const OUTSIDE: Record<string, string> = {
  comment: '<table><tr><td>a<!-- x --></td></tr></table>',
  doctype: '<!doctype html><table><tr><td>a</td></tr></table>',
  script: '<table><tr><td>a</td></tr></table><script>x</script>',
  'nested table': '<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>',
  'table start inside a table': '<table><tr><td>a<table><tr><td>b</td></tr></table>',
  'a paragraph in a cell': '<table><tr><td><p>a</p></td></tr></table>',
  'a div outside': '<div><table><tr><td>a</td></tr></table></div>',
  caption: '<table><caption>表</caption><tr><td>a</td></tr></table>',
  'class attribute': '<table class="view"><tr><td>a</td></tr></table>',
  'id attribute': '<table><tr><td id="content">a</td></tr></table>',
  'nowrap attribute': '<table><tr><td nowrap>a b</td></tr></table>',
  'hidden attribute': '<table><tr><td hidden>a</td></tr></table>',
  'span with letters': '<table><tr><td colspan="2x">a</td></tr></table>',
  'empty span': '<table><tr><td colspan="">a</td></tr></table>',
  'span with spaces': '<table><tr><td colspan=" 2">a</td></tr></table>',
  'colspan on a row': '<table><tr colspan="2"><td>a</td></tr></table>',
  'duplicate attribute': '<table><tr><td colspan="2" colspan="3">a</td></tr></table>',
  'attribute with a reference': '<table><tr><td style="a&amp;b">a</td></tr></table>',
  'no space between attributes': '<table><tr><td colspan="2"rowspan="2">a</td></tr></table>',
  'attribute on br': '<table><tr><td>a<br class="x">b</td></tr></table>',
  'text between rows': '<table><tr><td>a</td></tr>x<tr><td>b</td></tr></table>',
  'a non-breaking space between rows': '<table><tr><td>a</td></tr>&nbsp;</table>',
  'stray </td>': '<table><tr><td>a</td></td></tr></table>',
  'stray </tr>': '<table><tr><td>a</td></tr></tr></table>',
  'mismatched </th>': '<table><tr><td>a</th></tr></table>',
  'mismatched row group end': '<table><tbody><tr><td>a</td></tr></thead></table>',
  'stray </table>': '</table><table><tr><td>a</td></tr></table>',
  'misnested inline tags': '<table><tr><td><b><i>a</b></i></td></tr></table>',
  'inline tag outside a cell': '<table><tr><b><td>a</td></b></tr></table>',
  'br outside a table': '<br><table><tr><td>a</td></tr></table>',
  '</br>': '<table><tr><td>a</br>b</td></tr></table>',
  'self-closing cell': '<table><tr><td/><td>a</td></tr></table>',
  'self-closing inline tag': '<table><tr><td><b/>a</td></tr></table>',
  'named reference outside the few': '<table><tr><td>a&hellip;</td></tr></table>',
  'legacy reference without semicolon': '<table><tr><td>&copy 2024</td></tr></table>',
  'ambiguous ampersand': '<table><tr><td>A&B公司</td></tr></table>',
  'numeric reference parse5 replaces (NUL)': '<table><tr><td>&#0;</td></tr></table>',
  'numeric reference parse5 remaps (C1)': '<table><tr><td>&#128;</td></tr></table>',
  'numeric reference to a surrogate': '<table><tr><td>&#xD800;</td></tr></table>',
  'carriage return': '<table>\r\n<tr><td>a</td></tr></table>',
  NUL: '<table><tr><td>a\0</td></tr></table>',
  'inline nesting deeper than converters write': `<table><tr><td>${'<b>'.repeat(9)}a</td></tr></table>`,
  'unknown tag': '<table><tr><td><font color="red">a</font></td></tr></table>',
  'a tag cut off at the end': '<table><tr><td colspan="2',
  'end tag with attributes': '<table><tr><td>a</td x></tr></table>',
  '< at the end': '<table><tr><td>a</td></tr></table><',
  'processing instruction': '<?xml version="1.0"?><table><tr><td>a</td></tr></table>',
};

describe('tableFragmentTree: table fragments as converters write them', () => {
  for (const [name, text] of Object.entries(IN_SUBSET)) {
    it(`reads without parse5, as parse5 does: ${name}`, () => {
      const fast = byFragment(text);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(byParse5(text));
    });
  }

  it('gives the html adapter cell text, columns and lines it was given by parse5 (a spot check of the reference)', () => {
    const [table] = byFragment('\n<table>\n<tr><td colspan="2">A&amp;B</td>\n  <td>x<br>y</td></tr></table>')!;
    expect(table!.line).toBe(2);
    expect(table!.rows[0]!.map((c) => [c.text, c.line, c.column, c.col, c.colSpan])).toEqual([
      ['A&B', 3, 5, 0, 2],
      ['x y', 4, 3, 2, 1],
    ]);
  });

  for (const [name, text] of Object.entries(OUTSIDE)) {
    it(`bails out, and readTableFragment falls back to parse5: ${name}`, () => {
      expect(tableFragmentTree(text)).toBeUndefined();
      expect(readTableFragment(text)).toStrictEqual(byParse5(text));
    });
  }

  it('reads a fragment in the subset through readTableFragment as parse5 does', () => {
    // The table left open goes last: any table after it would be nested in it.
    const { 'a table left open at the end': open, ...closed } = IN_SUBSET;
    const text = [...Object.values(closed), open].join('\n');
    expect(tableFragmentTree(text)).toBeDefined();
    expect(readTableFragment(text)).toStrictEqual(byParse5(text));
  });

  it('stays linear on long hostile fragments', () => {
    const long = `<table><tr>${'<td>&amp'.repeat(20_000)}`;
    const started = performance.now();
    expect(tableFragmentTree(long)).toBeUndefined();
    expect(tableFragmentTree(`<table>${'<tr><td>a'.repeat(50_000)}`)).toBeDefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
