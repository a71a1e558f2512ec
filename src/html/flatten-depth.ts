/**
 * Bounds the nesting depth of an HTML tree before anything recursive walks it: the hast
 * builders and text extractors recurse once per level, and a page nested a thousand
 * `<div><b>` deep overflows the stack. Done with explicit stacks, so the pass itself never
 * recurses. Works on any tree shape through `TreeAccess` (parse5 nodes in Node, hast built
 * from the DOM in browsers).
 *
 * Past MAX_DEPTH an element is replaced by its children (it "unwraps"); table structure is
 * kept a little deeper (to MAX_TABLE_DEPTH) so a report table inside deep wrappers stays a
 * table. An unwrapped block element leaves a `<br>` on each side, so paragraph and cell
 * boundaries survive for the readers that split text at block edges.
 */

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

export interface TreeAccess<N> {
  /** the node's children, or undefined for a leaf (text, comment) */
  children(node: N): readonly N[] | undefined;
  setChildren(parent: N, children: N[]): void;
  /** the element's tag name, or undefined for other nodes */
  tagName(node: N): string | undefined;
  /** a new `<br>` element under `parent` */
  lineBreak(parent: N, like: N): N;
}

function mustUnwrap(tagName: string, depth: number): boolean {
  if (depth <= MAX_DEPTH || tagName === 'br') return false;
  return depth > MAX_TABLE_DEPTH || !TABLE_TAGS.has(tagName);
}

/** Returns how many elements were unwrapped (0 for every ordinary page). */
export function flattenDepth<N>(root: N, tree: TreeAccess<N>): number {
  let unwrapped = 0;
  const parents: { node: N; depth: number }[] = [{ node: root, depth: 0 }];
  while (parents.length > 0) {
    const { node, depth } = parents.pop()!;
    const children = tree.children(node) ?? [];
    const childDepth = depth + 1;
    if (childDepth <= MAX_DEPTH) {
      // The common case: nothing to unwrap at this level, only descend.
      for (const child of children) if (tree.children(child) !== undefined) parents.push({ node: child, depth: childDepth });
      continue;
    }
    const kept: N[] = [];
    const pending: N[] = [...children].reverse();
    while (pending.length > 0) {
      const child = pending.pop()!;
      const tagName = tree.tagName(child);
      if (tagName !== undefined && mustUnwrap(tagName, childDepth)) {
        unwrapped++;
        const block = BLOCK_TAGS.has(tagName);
        if (block) pending.push(tree.lineBreak(node, child));
        const inner = tree.children(child) ?? [];
        for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]!);
        if (block) kept.push(tree.lineBreak(node, child));
        continue;
      }
      kept.push(child);
      if (tree.children(child) !== undefined) parents.push({ node: child, depth: childDepth });
    }
    tree.setChildren(node, kept);
  }
  return unwrapped;
}
