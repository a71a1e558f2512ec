/**
 * Bounds the nesting depth of a parse5 tree before it is turned into hast: the hast
 * builders and text extractors recurse once per level, and a page nested a thousand
 * `<div><b>` deep overflows the stack. Done with explicit stacks, so the pass itself never
 * recurses.
 *
 * Past MAX_DEPTH an element is replaced by its children (it "unwraps"); table structure is
 * kept a little deeper (to MAX_TABLE_DEPTH) so a report table inside deep wrappers stays a
 * table. An unwrapped block element leaves a `<br>` on each side, so paragraph and cell
 * boundaries survive for the readers that split text at block edges.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Deepest element kept as it is; real report pages stay below 60. */
export const MAX_DEPTH = 200;
/** Deepest table-structure element kept. */
export const MAX_TABLE_DEPTH = 300;

const TABLE_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** Elements whose edges break a line of text (a subset of what the html reader treats as blocks). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'form', 'hr', 'table', 'tr', 'td', 'th',
  'tbody', 'thead', 'tfoot', 'caption', 'figure', 'figcaption', 'address',
]);

function isElement(node: ChildNode): node is Element {
  return 'tagName' in node;
}

function lineBreak(parent: ParentNode, namespaceURI: Element['namespaceURI']): Element {
  return { nodeName: 'br', tagName: 'br', attrs: [], namespaceURI, childNodes: [], parentNode: parent, sourceCodeLocation: null };
}

function mustUnwrap(element: Element, depth: number): boolean {
  if (depth <= MAX_DEPTH || element.tagName === 'br') return false;
  return depth > MAX_TABLE_DEPTH || !TABLE_TAGS.has(element.tagName);
}

/** Returns how many elements were unwrapped (0 for every ordinary page). */
export function flattenDepth(root: ParentNode): number {
  let unwrapped = 0;
  const parents: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (parents.length > 0) {
    const { node, depth } = parents.pop()!;
    const childDepth = depth + 1;
    if (childDepth <= MAX_DEPTH) {
      // The common case: nothing to unwrap at this level, only descend.
      for (const child of node.childNodes) if ('childNodes' in child) parents.push({ node: child, depth: childDepth });
      continue;
    }
    const kept: ChildNode[] = [];
    const pending: ChildNode[] = [...node.childNodes].reverse();
    while (pending.length > 0) {
      const child = pending.pop()!;
      if (isElement(child) && mustUnwrap(child, childDepth)) {
        unwrapped++;
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) pending.push(lineBreak(node, child.namespaceURI));
        for (let i = child.childNodes.length - 1; i >= 0; i--) pending.push(child.childNodes[i]!);
        if (block) kept.push(lineBreak(node, child.namespaceURI));
        continue;
      }
      child.parentNode = node as Element;
      kept.push(child);
      if ('childNodes' in child) parents.push({ node: child, depth: childDepth });
    }
    node.childNodes = kept;
  }
  return unwrapped;
}
