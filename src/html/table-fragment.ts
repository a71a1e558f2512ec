/**
 * HTML tables as PDF-to-Markdown converters embed them (MinerU: `<table><tr><td colspan="4">…`)
 * → the hast tree parse5 builds for them, in one linear pass without parse5. The tree holds
 * only what the table reader and hast-util-to-text look at: the tables, their row groups, rows
 * and cells (tag names, rowSpan/colSpan, start line and column of the table and cell tags),
 * and the cells' content (text, `<br>`, simple inline tags).
 *
 * Only a strict subset is read; on anything else the result is `undefined` and the caller
 * parses with parse5, so the subset never changes a result, it only decides who builds it:
 * - tags: table, thead, tbody, tfoot, tr, td, th; inside a cell br and a few inline tags
 *   (properly nested); no comments, doctypes or other tags, no nested tables;
 * - the end tags HTML lets a writer leave out (`</td>`, `</tr>`, `</tbody>`…) and the `<tbody>`
 *   and `<tr>` it implies, as parse5 infers them; any other stray or mismatched end tag bails;
 * - attributes: rowspan/colspan (digits) on cells and a few presentational ones that no reader
 *   looks at; values without character references; no duplicates;
 * - text: anywhere in a cell (with &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric
 *   references); outside cells only spaces, except outside any table, where it is dropped as
 *   the html adapter's paragraphs are;
 * - no CR or NUL (parse5 rewrites them).
 */
import type { Element, ElementContent, Properties, Root } from 'hast';

const CELL_ATTRIBUTES = new Set(['rowspan', 'colspan', 'align', 'valign', 'width', 'height', 'style', 'bgcolor']);
/** Attributes the readers never look at, allowed on table structure tags. */
const PRESENTATION = new Set(['align', 'valign', 'width', 'height', 'style', 'bgcolor', 'border', 'cellpadding', 'cellspacing']);
/** Inline tags parse5 treats plainly when properly nested (formatting elements or ordinary ones, no special rules). */
const INLINE = new Set(['b', 'strong', 'i', 'em', 'u', 'sup', 'sub', 'span']);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const TAGS = ['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'br', ...INLINE];
const ATTRIBUTES = [...new Set([...CELL_ATTRIBUTES, ...PRESENTATION])];
/** Deeper inline nesting than converters write is left to parse5 (and its depth bound). */
const MAX_INLINE_DEPTH = 8;
const SPAN_DIGITS = /^\d{1,9}$/;
const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0']]);

/** HTML's ASCII whitespace (CR excluded: inputs holding one are not read here). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Code points a numeric reference gives unchanged (parse5 remaps or replaces the others). */
function isPlainCodePoint(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a || (cp >= 0x20 && cp <= 0x7e)) return true;
  if (cp >= 0xa0 && cp <= 0xd7ff) return true;
  if (cp >= 0xe000 && cp <= 0x10ffff) return !(cp >= 0xfdd0 && cp <= 0xfdef) && (cp & 0xfffe) !== 0xfffe;
  return false;
}

/** Text with its character references decoded, or undefined for one outside the subset. */
function decodeText(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let out = '';
  let copied = 0;
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', at + 1)) {
    const next = raw.charCodeAt(at + 1);
    // `&` before anything but a letter, a digit or `#` is a plain `&`; the others are read only as the references above
    if (next !== 0x23 && !isAsciiLetter(next) && !(next >= 0x30 && next <= 0x39)) continue;
    const semicolon = raw.indexOf(';', at);
    if (semicolon === -1 || semicolon - at > 10) return undefined;
    const name = raw.slice(at + 1, semicolon);
    let value: string | undefined;
    if (name.charCodeAt(0) === 0x23) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^\d{1,7}$/).test(digits)) return undefined;
      const cp = Number.parseInt(digits, hex ? 16 : 10);
      if (isPlainCodePoint(cp)) value = String.fromCodePoint(cp);
    } else value = ENTITIES.get(name);
    if (value === undefined) return undefined;
    out += raw.slice(copied, at) + value;
    copied = semicolon + 1;
    at = semicolon;
  }
  return out + raw.slice(copied);
}

interface Tag {
  name: string;
  closing: boolean;
  /** undefined when the tag has none (most tags) */
  attributes: Map<string, string> | undefined;
  /** written `<x/>` */
  selfClosing: boolean;
  /** index just past its `>` */
  end: number;
}

/** Names by their first letter and length, so a tag is matched against one to four names. */
type NameIndex = Map<number, readonly string[]>;
const nameKey = (firstLetter: number, length: number): number => firstLetter * 64 + length;
function indexNames(names: readonly string[]): NameIndex {
  const index: NameIndex = new Map();
  for (const name of names) {
    const key = nameKey(name.charCodeAt(0), name.length);
    index.set(key, [...(index.get(key) ?? []), name]);
  }
  return index;
}
const TAG_NAMES = indexNames(TAGS);
const ATTRIBUTE_NAMES = indexNames(ATTRIBUTES);

/**
 * The name that text[start, end) spells in any case (ASCII letters only), or undefined when
 * it is not one of `names`. Returns the index's own string: slicing and lowercasing every tag
 * of a two-byte (CJK) text costs more than the rest of the scan.
 */
function knownName(text: string, start: number, end: number, names: NameIndex): string | undefined {
  const candidates = names.get(nameKey(text.charCodeAt(start) | 0x20, end - start));
  if (candidates === undefined) return undefined;
  next: for (const name of candidates) {
    for (let k = 1; k < name.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== name.charCodeAt(k)) continue next;
    return name;
  }
  return undefined;
}

/** The tag whose `<` is at `from` (a letter or `/` follows it), or undefined outside the subset (an unknown tag or attribute among others). */
function readTag(text: string, from: number): Tag | undefined {
  const closing = text.charCodeAt(from + 1) === 0x2f;
  let i = from + (closing ? 2 : 1);
  if (!isAsciiLetter(text.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  const name = knownName(text, nameStart, i, TAG_NAMES);
  if (name === undefined) return undefined;
  let attributes: Map<string, string> | undefined;
  for (;;) {
    const spaceStart = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    if (c === '>') return { name, closing, attributes, selfClosing: false, end: i + 1 };
    if (c === '/' && text[i + 1] === '>' && !closing) return { name, closing, attributes, selfClosing: true, end: i + 2 };
    // Attributes: only on start tags, each after a space, names of letters (no `/`, quotes, `<`…).
    if (closing || i === spaceStart || c === undefined || !isAsciiLetter(text.charCodeAt(i))) return undefined;
    const attrStart = i;
    while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
    const attr = knownName(text, attrStart, i, ATTRIBUTE_NAMES);
    if (attr === undefined) return undefined;
    attributes ??= new Map();
    if (attributes.has(attr)) return undefined; // parse5 keeps the first; not worth following
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '=') {
      attributes.set(attr, '');
      continue;
    }
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return undefined;
      value = text.slice(i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '>') i++;
      value = text.slice(valueStart, i);
      if (value === '' || /["'<=`]/.test(value)) return undefined;
    }
    if (value.includes('&')) return undefined;
    attributes.set(attr, value);
  }
}

/** The hast properties of a start tag, or undefined when it carries an attribute outside the subset. */
function propertiesOf(tag: Tag): Properties | undefined {
  const props: Properties = {};
  if (tag.attributes === undefined) return props;
  const cell = tag.name === 'td' || tag.name === 'th';
  for (const [name, value] of tag.attributes) {
    if (cell && (name === 'rowspan' || name === 'colspan')) {
      if (!SPAN_DIGITS.test(value)) return undefined;
      // hastscript stores a numeric attribute as a number
      props[name === 'rowspan' ? 'rowSpan' : 'colSpan'] = Number(value);
    } else if (!(cell ? CELL_ATTRIBUTES : PRESENTATION).has(name)) return undefined;
    else props[name] = value;
  }
  return props;
}

/**
 * The tables of `text` as parse5 + hast-util-from-parse5 would build them (the root's children
 * are the `<table>` elements, in order), or undefined when the text leaves the subset.
 */
export function tableFragmentTree(text: string): Root | undefined {
  if (text.includes('\r') || text.includes('\0')) return undefined;
  const root: Root = { type: 'root', children: [] };
  let table: Element | undefined;
  let group: Element | undefined;
  let row: Element | undefined;
  let cell: Element | undefined;
  /** open inline elements of the cell, innermost last */
  let inline: Element[] = [];

  // Source positions, counted forward as the scan moves: each line feed is found once.
  let line = 1;
  let lineStart = 0;
  let nextLineFeed = text.indexOf('\n');
  const positionAt = (index: number): Element['position'] => {
    while (nextLineFeed !== -1 && nextLineFeed < index) {
      line++;
      lineStart = nextLineFeed + 1;
      nextLineFeed = text.indexOf('\n', lineStart);
    }
    const point = { line, column: index - lineStart + 1 };
    return { start: point, end: point };
  };
  const element = (tagName: string, properties: Properties, at?: number): Element => {
    const node: Element = { type: 'element', tagName, properties, children: [] };
    if (at !== undefined) node.position = positionAt(at);
    return node;
  };
  const appendText = (value: string): void => {
    const parent = inline.at(-1) ?? cell!;
    const last = parent.children.at(-1);
    // parse5 adds adjacent characters to one text node
    if (last?.type === 'text') last.value += value;
    else parent.children.push({ type: 'text', value });
  };
  const closeCell = (): void => {
    cell = undefined;
    inline = [];
  };
  const closeRow = (): void => {
    closeCell();
    row = undefined;
  };
  const closeGroup = (): void => {
    closeRow();
    group = undefined;
  };
  // The row group and row a cell or row implies when its writer left them out (no source position).
  const ensureGroup = (): Element => (group ??= pushTo(table!, element('tbody', {})));
  const ensureRow = (): Element => (row ??= pushTo(ensureGroup(), element('tr', {})));

  /** Handles one tag; false when it leaves the subset. */
  const onTag = (tag: Tag, at: number): boolean => {
    const { name } = tag;
    if (tag.closing) {
      if (name === 'table') {
        if (table === undefined) return false;
        closeGroup();
        table = undefined;
      } else if (ROW_GROUPS.has(name)) {
        if (group?.tagName !== name) return false;
        closeGroup();
      } else if (name === 'tr') {
        if (row === undefined) return false;
        closeRow();
      } else if (name === 'td' || name === 'th') {
        if (cell?.tagName !== name) return false;
        closeCell();
      } else if (INLINE.has(name)) {
        if (inline.at(-1)?.tagName !== name) return false;
        inline.pop();
      } else return false;
      return true;
    }
    // `<td/>` or `<b/>` opens an element in HTML (the slash is ignored): not followed here
    if (tag.selfClosing && name !== 'br') return false;
    if (name === 'br' || INLINE.has(name)) {
      if (cell === undefined || tag.attributes !== undefined) return false;
      const node = element(name, {});
      pushTo(inline.at(-1) ?? cell, node);
      if (name === 'br') return true;
      if (inline.length === MAX_INLINE_DEPTH) return false;
      inline.push(node);
      return true;
    }
    const properties = propertiesOf(tag);
    if (properties === undefined) return false;
    if (name === 'table') {
      if (table !== undefined) return false;
      table = pushTo(root, element(name, properties, at));
    } else if (table === undefined) return false;
    else if (ROW_GROUPS.has(name)) {
      closeGroup();
      group = pushTo(table, element(name, properties, at));
    } else if (name === 'tr') {
      closeRow();
      row = pushTo(ensureGroup(), element(name, properties, at));
    } else if (name === 'td' || name === 'th') {
      closeCell();
      cell = pushTo(ensureRow(), element(name, properties, at));
    } else return false;
    return true;
  };

  let i = 0;
  while (i < text.length) {
    let lt = text.indexOf('<', i);
    // `<` before anything but a letter, `/`, `!` or `?` is text
    while (lt !== -1 && !isAsciiLetter(text.charCodeAt(lt + 1)) && !'/!?'.includes(text[lt + 1] ?? '/')) lt = text.indexOf('<', lt + 1);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > i) {
      const raw = text.slice(i, textEnd);
      if (cell !== undefined) {
        const value = decodeText(raw);
        if (value === undefined) return undefined;
        appendText(value);
      } else if (table !== undefined) {
        // parse5 moves text out of a table (foster parenting) unless it is spaces only
        for (let k = 0; k < raw.length; k++) if (!isSpace(raw.charCodeAt(k))) return undefined;
      }
    }
    if (lt === -1) break;
    const tag = readTag(text, lt);
    if (tag === undefined || !onTag(tag, lt)) return undefined;
    i = tag.end;
  }
  return root;
}

function pushTo<T extends Root | Element>(parent: T, child: Element): Element {
  (parent.children as ElementContent[]).push(child);
  return child;
}
