import { describe, expect, it } from 'vitest';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { LINE_ATTRIBUTE, markLines } from '../../../src/html/mark-lines.js';
import { loadFixtures } from '../../fixture-helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return out;
}

describe('markLines (source lines for DOMParser)', () => {
  it('should give every start tag the line of its < and of its >', () => {
    expect(markLines('<p>a</p>\n<td\n class="x">b</td>')).toBe(`<p ${LINE_ATTRIBUTE}="1:1">a</p>\n<td ${LINE_ATTRIBUTE}="2:3"\n class="x">b</td>`);
  });

  it('should leave comments, script, style, title and textarea text as it is', () => {
    const text = '<!-- <p> --><script>if (a<b) x("<td>")</script><title>a <b> c</title><textarea><p></textarea>';
    const marked = markLines(text);
    expect(marked).toContain('<!-- <p> -->');
    expect(marked).toContain('>if (a<b) x("<td>")</script>');
    expect(marked).toContain('>a <b> c</title>');
    expect(marked).toContain('><p></textarea>');
  });

  it('should rename event handler attributes, not values that mention on…', () => {
    const marked = markLines('<td onclick="go()" title="once" ONLOAD=x data-on="1">');
    expect(marked).toBe(`<td ${LINE_ATTRIBUTE}="1:1" data-zfxxgk-onclick="go()" title="once" data-zfxxgk-ONLOAD=x data-on="1">`);
  });

  it('should agree with parse5 source positions on every element of every HTML fixture', () => {
    const pages = loadFixtures().filter((f) => /^\s*</.test(f.input));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      const text = page.input.replace(/\r\n?/g, '\n');
      for (const element of elements(parse(markLines(text), { sourceCodeLocationInfo: true }))) {
        const marked = element.attrs.find((a) => a.name === LINE_ATTRIBUTE)?.value;
        const location = element.sourceCodeLocation;
        if (!location) continue; // implied <html>, <head>, <tbody>…
        expect(marked, `${page.name} <${element.tagName}>`).toBe(`${location.startTag!.startLine}:${location.startTag!.endLine}`);
      }
    }
  });
});
