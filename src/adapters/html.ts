import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { ReportParseError } from '../errors.js';
import { htmlTree, tableFragmentTree } from '../html/html-tree.js';
import type { Adapter, Block, NoteBlock, SourceCell, TableBlock } from '../model.js';
import { MAX_ROW_CELLS, MAX_TABLE_CELLS } from './limits.js';
import { collapseSpaces } from '../normalize/whitespace.js';

/**
 * `html`: a report page or fragment. Parsed with parse5 into a hast tree whose nesting is
 * bounded (html/html-tree.ts), one hast-util-to-text call per table cell.
 *
 * The article container (`.TRS_Editor`, `#zoom`, `.article-content`…) is read when the
 * page has one, so navigation and footers never reach the sections; otherwise `<body>`.
 * Layout tables (a table holding a table) are read as containers, not as data.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'iframe', 'svg', 'head', 'input', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'form', 'hr', 'body', 'html', 'caption',
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'figure', 'figcaption', 'address',
]);
const CONTAINER_CLASSES = ['TRS_Editor', 'article-content', 'article_content', 'Custom_UnionStyle', 'view', 'content-text'];
const CONTAINER_IDS = ['zoom', 'UCAP-CONTENT', 'content', 'article'];

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function findFirst(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  // Breadth-first with a moving index: shift() would make this quadratic on large pages.
  const queue: Nodes[] = [node];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    if (current.type === 'element' && test(current)) return current;
    if ('children' in current) for (const child of current.children as Nodes[]) queue.push(child);
  }
  return undefined;
}

/** Characters of visible text under a node (cheaper than toText for a whole page). */
function textLength(node: Nodes): number {
  let length = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') length += current.value.trim().length;
    else if ((current.type === 'element' && !SKIP.has(current.tagName)) || current.type === 'root') {
      for (const child of current.children) stack.push(child as Nodes);
    }
  }
  return length;
}

function containsTable(node: Element): boolean {
  return findFirst({ type: 'root', children: node.children } as Root, (el) => el.tagName === 'table') !== undefined;
}

/** Whether an element holds the report: its section 三 heading words, and a table. */
function hasReportText(element: Element): boolean {
  const text = toText(element);
  return /收到和处理|依申请公开/.test(text) && /主动公开/.test(text);
}

/** The article's container, chosen by the class and id names report sites use. */
function findContainer(tree: Root): Element | undefined {
  // One breadth-first walk collects every element carrying one of the ids or classes (in
  // walk order, so the first that holds the report is the one the per-name walks found).
  const byId = new Map<string, Element[]>();
  const byClass = new Map<string, Element[]>();
  const add = (map: Map<string, Element[]>, key: string, el: Element): void => {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  const queue: Nodes[] = [tree];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    if (current.type === 'element') {
      const id = current.properties['id'];
      if (typeof id === 'string' && CONTAINER_IDS.includes(id)) add(byId, id, current);
      const classes = current.properties['className'];
      if (Array.isArray(classes)) for (const name of classes) if (CONTAINER_CLASSES.includes(String(name))) add(byClass, String(name), current);
    }
    if ('children' in current) for (const child of current.children as Nodes[]) queue.push(child);
  }
  for (const id of CONTAINER_IDS) for (const el of byId.get(id) ?? []) if (hasReportText(el)) return el;
  for (const name of CONTAINER_CLASSES) for (const el of byClass.get(name) ?? []) if (hasReportText(el)) return el;
  return undefined;
}

/** The page title: `<meta name="ArticleTitle">`, else `<title>`. */
function pageTitle(tree: Root): string | undefined {
  const meta = findFirst(tree, (el) => el.tagName === 'meta' && String(el.properties['name'] ?? '').toLowerCase() === 'articletitle');
  const content = meta?.properties['content'];
  if (typeof content === 'string' && content.trim() !== '') return content;
  const title = findFirst(tree, (el) => el.tagName === 'title');
  return title ? toText(title) : undefined;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function span(value: unknown, limit: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, limit) : 1;
}

/** What hast-util-to-text changes in a cell's text: whitespace, bidi controls, the zero-width space. */
const RENDERED_DIFFERENTLY = /[\s\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A cell's text as hast-util-to-text renders it, spaces collapsed. Most cells are one text
 * node it would return as it is: those skip it (a third of reading an embedded table).
 */
function cellText(cell: Element): string {
  const only = cell.children.length === 1 ? cell.children[0]! : undefined;
  if (only?.type === 'text' && !cell.properties['noWrap'] && !RENDERED_DIFFERENTLY.test(only.value)) return only.value;
  return collapseSpaces(toText(cell));
}

/** No report table is wider than this; a larger colspan only pads the grid. */
const MAX_COLSPAN = 64;

/** A `<table>` as rows of cells, each cell placed in the span-expanded grid (`col`); notes for what the caps dropped. */
export function readTable(table: Element): { table: TableBlock; notes: NoteBlock[] } {
  const occupied: boolean[][] = [];
  const rows: SourceCell[][] = [];
  const notes: NoteBlock[] = [];
  const trs = rowsOf(table);
  let cells = 0;
  for (let r = 0; r < trs.length; r++) {
    const tr = trs[r]!;
    const row: SourceCell[] = [];
    occupied[r] ??= [];
    let col = 0;
    for (const cell of tr.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      if (row.length === MAX_ROW_CELLS) {
        notes.push(dropped(`表格行超过 ${MAX_ROW_CELLS} 个单元格，只读取了前 ${MAX_ROW_CELLS} 个`, lineOf(tr)));
        break;
      }
      while (occupied[r]![col]) col++;
      // Spans are clamped to the table (rows) and to MAX_COLSPAN, so marking them is bounded.
      const rowSpan = span(cell.properties['rowSpan'], trs.length - r);
      const colSpan = span(cell.properties['colSpan'], MAX_COLSPAN);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) target[col + dc] = true;
      }
      const column = cell.position?.start.column;
      const text = cellText(cell);
      row.push(column === undefined ? { text, line: lineOf(cell), rowSpan, colSpan, col } : { text, line: lineOf(cell), column, rowSpan, colSpan, col });
      col += colSpan;
    }
    cells += row.length;
    if (cells > MAX_TABLE_CELLS) {
      notes.push(dropped(`表格超过 ${MAX_TABLE_CELLS} 个单元格，从第 ${lineOf(tr)} 行起的表格行未读取`, lineOf(tr)));
      break;
    }
    occupied[r] = []; // a finished row's marks are no longer needed
    rows.push(row);
  }
  return { table: { kind: 'table', rows, line: lineOf(table) }, notes };
}

function dropped(message: string, line: number): NoteBlock {
  return { kind: 'note', code: 'TEXT_DROPPED', message, line };
}

function readBlocks(root: Nodes): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let bufferLine = 1;
  const flush = (): void => {
    const text = collapseSpaces(buffer);
    if (text !== '') blocks.push({ kind: 'paragraph', text, line: bufferLine });
    buffer = '';
  };
  const visit = (node: Nodes | ElementContent): void => {
    if (node.type === 'text') {
      if (buffer === '') bufferLine = lineOf(node);
      buffer += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return;
      if (node.tagName === 'br') {
        flush();
        return;
      }
      if (node.tagName === 'table' && !containsTable(node)) {
        flush();
        const { table, notes } = readTable(node);
        blocks.push(table, ...notes);
        return;
      }
      if (BLOCK.has(node.tagName)) flush();
    }
    for (const child of node.children) visit(child);
    if (node.type === 'element' && BLOCK.has(node.tagName)) flush();
  };
  visit(root);
  flush();
  return blocks;
}

function readPage(text: string): Block[] {
  const tree = htmlTree(text);
  const container = findContainer(tree);
  const blocks = readBlocks(container ?? findFirst(tree, (el) => el.tagName === 'body') ?? tree);
  if (container && textLength(tree) > textLength(container) + 100) {
    blocks.unshift({ kind: 'note', code: 'TEXT_DROPPED', message: '只读取了正文区域，网页其他部分（导航、页脚等）未读取', line: lineOf(container) });
  }
  const title = pageTitle(tree);
  if (title !== undefined) blocks.unshift({ kind: 'paragraph', text: collapseSpaces(title), line: 1 });
  return blocks;
}

/**
 * The tables of HTML that holds tables only (what Markdown converters embed), as `read` gives
 * them: read from html/table-fragment.ts's small tree when the text is in its subset (most
 * of the time; several times faster than parse5), else from the page `read` parses. The
 * browser build has no such tree (html-tree-dom.ts): its DOMParser is native.
 */
export function readTableFragment(text: string): TableBlock[] {
  const tree = tableFragmentTree(text);
  if (tree === undefined) return htmlAdapter.read(text).filter((block): block is TableBlock => block.kind === 'table');
  return tree.children.map((table) => readTable(table as Element).table);
}

/** A tag only a whole page has (global: searched from `lastIndex`). */
const DOCUMENT_TAG = /<(!doctype html|html|body|head)[\s>]/gi;

export const htmlAdapter: Adapter = {
  name: 'html',
  kind: 'grid',
  detect(text) {
    const first = text.indexOf('<');
    if (first < 0) return 0; // no tag: every text input is done with one scan
    if (first < 4096) {
      // Searched from the first `<` on: the case-blind pattern need not read the prose before it.
      DOCUMENT_TAG.lastIndex = first;
      if (DOCUMENT_TAG.test(text.slice(0, 4096))) return 1;
    }
    // Tags are tried at each `<` only (text with a stray `<` is not scanned by a case-blind
    // pattern), and counted up to 10: a match array over a 20 MB page would cost memory for nothing.
    const tag = /<\/?(table|tr|td|p|div|span|br)\b/iy;
    let tags = 0;
    for (let at = first; at >= 0 && tags < 10; at = text.indexOf('<', at + 1)) {
      tag.lastIndex = at;
      if (tag.test(text)) tags++;
    }
    return tags >= 10 ? 0.95 : tags > 0 ? 0.3 : 0;
  },
  read(text) {
    try {
      return readPage(text);
    } catch (error) {
      // Nesting is bounded before any recursive step; this is the last guard, with its own code.
      if (error instanceof RangeError) throw new ReportParseError('HTML_UNREADABLE', `the HTML page could not be read: ${error.message}`, { cause: error });
      throw error;
    }
  },
};
