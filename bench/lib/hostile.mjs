import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Worst-case inputs per built-in adapter for the memory run: the most blocks, cells or
 * nodes per input byte each shape allows. A report's title and four section headings come
 * first so the whole pipeline (sections, recognizers) runs, not only the adapter; the filler
 * lands in section 四.
 */
const HEAD = [
  '某某局2020年政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];

/** The one long line of a site's glued text export (fixture pt-gaj-2021). */
function gluedLine() {
  const text = readFileSync(fileURLToPath(new URL('../../fixtures/pt-gaj-2021/input.txt', import.meta.url)), 'utf8');
  return text.split('\n').reduce((longest, line) => (line.length > longest.length ? line : longest), '');
}

/** shape → { unit repeated to the size, how it is framed, what it stresses } */
export const WORST_CASES = {
  html: { unit: '<p>1', wrap: (body) => `<html><body>${HEAD.map((h) => `<p>${h}</p>`).join('')}${body}</body></html>`, what: '`<p>1` repeated: one element and one text node per 4 bytes' },
  tsv: { unit: 'a\tb\nc\n', wrap: (body) => `${HEAD.join('\n')}\n${body}`, what: 'a one-row table and a paragraph per 6 bytes (tables under the cell caps)' },
  pipe: { unit: 'a | b\nc\n', wrap: (body) => `${HEAD.join('\n')}\n${body}`, what: 'a one-row table and a paragraph per 8 bytes' },
  lines: { unit: 'x\n', wrap: (body) => `${HEAD.join('\n')}\n${body}`, what: 'one paragraph (cell) per 2 bytes' },
  // A real glued export line (pt-gaj-2021) with the filler inserted in its section 二.
  glued: { unit: '规章0', wrap: (body) => gluedLine().replace(/二、主动公开政府信息情况/, (heading) => heading + body), what: "a label and a number token per 7 bytes inserted into section 二 of pt-gaj-2021's glued line" },
};

/**
 * Not a worst case: a real report page (seed-001 as the HTML a site serves) padded with its
 * own paragraphs, the 20 MB page of issue 9. Read by the html adapter.
 */
export const PAGE_CASE = { shape: 'html-page', layout: 'html', what: 'seed-001 as a whole HTML page, padded with its section 一 paragraphs' };

/** The worst-case input of `shape`, about `bytes` UTF-8 bytes. */
export function worstCase(shape, bytes) {
  const { unit, wrap } = WORST_CASES[shape];
  return wrap(unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit)))));
}
