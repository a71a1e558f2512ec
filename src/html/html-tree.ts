/**
 * HTML text → hast tree, as hast-util-from-html builds it (parse5 with source positions,
 * then hast-util-from-parse5), with the nesting bounded in between (see flatten-depth.ts).
 * Browsers get html-tree-dom.ts instead (the package's `browser` build), without parse5.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { VFile } from 'vfile';
import { type TreeAccess, flattenDepth } from './flatten-depth.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const parse5Tree: TreeAccess<Node> = {
  children: (node) => ('childNodes' in node ? node.childNodes : undefined),
  setChildren(parent, children) {
    for (const child of children) (child as Element).parentNode = parent as Element;
    (parent as Element).childNodes = children as Element['childNodes'];
  },
  tagName: (node) => ('tagName' in node ? node.tagName : undefined),
  lineBreak: (parent, like) => ({
    nodeName: 'br',
    tagName: 'br',
    attrs: [],
    namespaceURI: (like as Element).namespaceURI,
    childNodes: [],
    parentNode: parent as Element,
    sourceCodeLocation: null,
  }),
};

/**
 * HTML made of tables only (what Markdown converters embed) → the same tree's tables, without
 * parse5 when the text is in table-fragment.ts's subset (several times faster), else undefined.
 */
export { tableFragmentTree } from './table-fragment.js';

export function htmlTree(text: string): Root {
  const document = parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  flattenDepth<Node>(document, parse5Tree);
  return fromParse5(document, { file: new VFile(text) }) as Root;
}
