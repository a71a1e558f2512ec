/**
 * HTML text → hast tree in browsers, from the browser's own parser (DOMParser), so the
 * browser build carries no parse5. Same tree shape as html-tree.ts where the html adapter
 * and hast-util-to-text look (tag names, the properties they read, text, start lines):
 * lines come from attributes mark-lines.ts writes into the start tags, and text lines are
 * counted on from there. Built with an explicit stack, then bounded like the parse5 tree.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { type TreeAccess, flattenDepth } from './flatten-depth.js';
import { LINE_ATTRIBUTE, markLines } from './mark-lines.js';

type Parent = Root | Element;
type HastNode = Root | RootContent;

/** Attributes whose hast property name or value differ from the attribute (what the readers use). */
function properties(element: globalThis.Element): Properties {
  const props: Properties = {};
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === LINE_ATTRIBUTE) continue;
    if (name === 'class') props['className'] = value.split(/[ \t\n\f\r]+/).filter((c) => c !== '');
    else if (name === 'rowspan' || name === 'colspan') {
      // As hastscript parses a numeric attribute: a number when the whole value is one.
      const n = Number(value);
      props[name === 'rowspan' ? 'rowSpan' : 'colSpan'] = value !== '' && !Number.isNaN(n) ? n : value;
    } else if (name === 'nowrap') props['noWrap'] = true;
    else if (name === 'hidden' || name === 'open') props[name] = true;
    else props[name] = value;
  }
  return props;
}

function point(line: number): { line: number; column: number } {
  return { line, column: 1 };
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const hastTree: TreeAccess<HastNode> = {
  children: (node) => ('children' in node ? node.children : undefined),
  setChildren: (parent, children) => void ((parent as Parent).children = children as ElementContent[]),
  tagName: (node) => (node.type === 'element' ? node.tagName : undefined),
  lineBreak: () => ({ type: 'element', tagName: 'br', properties: {}, children: [] }),
};

export function htmlTree(text: string): Root {
  const document = new DOMParser().parseFromString(markLines(text), 'text/html');
  const root: Root = { type: 'root', children: [] };
  let line = 1;
  // Document order, as the tokenizer met the source: each start tag resets the line count.
  const stack: { dom: Node; parent: Parent }[] = [];
  for (let child = document.lastChild; child !== null; child = child.previousSibling) stack.push({ dom: child, parent: root });
  while (stack.length > 0) {
    const { dom, parent } = stack.pop()!;
    let node: RootContent | null = null;
    if (dom.nodeType === 1) {
      const el = dom as globalThis.Element;
      const marked = el.getAttribute(LINE_ATTRIBUTE);
      const element: Element = { type: 'element', tagName: el.localName, properties: properties(el), children: [] };
      if (marked !== null) {
        const [first, last] = marked.split(':').map(Number) as [number, number];
        element.position = { start: point(first), end: point(first) };
        line = last;
      }
      node = element;
      // A <template>'s content is not part of the page (hast-util-from-parse5 keeps it aside too).
      if (el.localName !== 'template') for (let child = el.lastChild; child !== null; child = child.previousSibling) stack.push({ dom: child, parent: element });
    } else if (dom.nodeType === 3) {
      const value = dom.nodeValue ?? '';
      node = { type: 'text', value, position: { start: point(line), end: point(line + newlines(value)) } };
      line += newlines(value);
    } else if (dom.nodeType === 8) {
      const value = dom.nodeValue ?? '';
      node = { type: 'comment', value };
      line += newlines(value);
    } else if (dom.nodeType === 10) {
      node = { type: 'doctype' };
    }
    if (node !== null) (parent.children as RootContent[]).push(node);
  }
  flattenDepth<HastNode>(root, hastTree);
  return root;
}

/**
 * The browser's parser is native and fast enough for embedded tables: the browser build reads
 * them with DOMParser too and carries no second tokenizer (html-tree.ts has one for parse5).
 */
export function tableFragmentTree(_text: string): Root | undefined {
  return undefined;
}
