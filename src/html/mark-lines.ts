/**
 * Source lines for a parser that gives none (the browser's DOMParser): every start tag gets
 * an attribute `data-zfxxgk-lines="<line of its '<'>:<line of its '>'>"`, written in before
 * the page is parsed and read back from the elements. A small tokenizer finds the tags:
 * comments, raw-text and RCDATA elements (script, style, title, textarea…) are stepped over
 * so their text is never changed, and quoted attribute values may hold `>`.
 *
 * Event handler attributes (`onclick`…) are renamed on the way: they never run in a parsed
 * document, but a page's Content-Security-Policy still reports each one as a violation.
 */
export const LINE_ATTRIBUTE = 'data-zfxxgk-lines';

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index just past the `>` that ends the tag starting at `from` (quotes respected), or the text's end. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // A quote opens a value only after `=` (and spaces); elsewhere it is an odd attribute name.
      if (/=\s*$/.test(text.slice(Math.max(from, i - 8), i))) quote = c;
    } else if (c === '>') return i + 1;
  }
  return text.length;
}

/**
 * The tag's text from just after its name to its end, with every attribute named `on…`
 * renamed to `data-zfxxgk-on…` (names and values read as the HTML tokenizer reads them).
 */
function disarmHandlers(tag: string): string {
  let out = '';
  let i = 0;
  while (i < tag.length) {
    const c = tag[i]!;
    if (/[\s/]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    if (c === '>') return out + tag.slice(i);
    let end = i + 1;
    while (end < tag.length && !/[\s/>=]/.test(tag[end]!)) end++;
    const name = tag.slice(i, end);
    out += /^on/i.test(name) ? `data-zfxxgk-${name}` : name;
    i = end;
    while (i < tag.length && /\s/.test(tag[i]!)) out += tag[i++];
    if (tag[i] !== '=') continue;
    out += tag[i++];
    while (i < tag.length && /\s/.test(tag[i]!)) out += tag[i++];
    const quote = tag[i];
    if (quote === '"' || quote === "'") {
      const close = tag.indexOf(quote, i + 1);
      const stop = close === -1 ? tag.length : close + 1;
      out += tag.slice(i, stop);
      i = stop;
    } else {
      let stop = i;
      while (stop < tag.length && !/[\s>]/.test(tag[stop]!)) stop++;
      out += tag.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** Index of the next `</tag` (any case) from `from`, or the text's end. */
function closingTag(text: string, tag: string, from: number): number {
  for (let i = text.indexOf('</', from); i !== -1; i = text.indexOf('</', i + 2)) {
    if (text.slice(i + 2, i + 2 + tag.length).toLowerCase() === tag) return i;
  }
  return text.length;
}

export function markLines(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number): number => {
    line += countLines(text, counted, index);
    counted = index;
    return line;
  };
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end === -1 ? text.length : end + 3;
    } else if (/^<[A-Za-z]/.test(text.slice(i, i + 2))) {
      const name = /^<([A-Za-z][^\s/>]*)/.exec(text.slice(i, i + 64))![1]!;
      const end = tagEnd(text, i + 1 + name.length);
      const first = lineAt(i);
      const last = lineAt(end);
      const nameEnd = i + 1 + name.length;
      const rest = text.slice(nameEnd, end);
      out.push(text.slice(copied, nameEnd), ` ${LINE_ATTRIBUTE}="${first}:${last}"`, /\bon/i.test(rest) ? disarmHandlers(rest) : rest);
      copied = end;
      i = end;
      const tag = name.toLowerCase();
      if (RAW_TEXT.has(tag)) {
        i = closingTag(text, tag, i);
      }
    } else if (text[i + 1] === '/' || text[i + 1] === '!' || text[i + 1] === '?') {
      i = tagEnd(text, i + 1);
    } else i++;
    i = text.indexOf('<', i);
  }
  out.push(text.slice(copied));
  return out.join('');
}
