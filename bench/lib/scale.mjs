/**
 * Inputs for the scaling run: one report padded to a target size.
 *
 * Text (pipe, seed-001): the padding repeats the prose lines of section 一 (inserted at the
 * end of section 一) and the data rows of table 三 (inserted after its last row, before the
 * 四 heading), in the report's own proportion of prose to table bytes, so every size has
 * the same mix and time per byte compares like with like. Repeated rows are real work for
 * the recognizers: each copy is read, classified and reported as DUPLICATE_ROW.
 *
 * HTML: the same report as a page (title, an article container `.TRS_Editor` with <p>
 * paragraphs and <table>s, a footer outside it); the padding repeats section 一's <p>
 * paragraphs.
 */

const utf8 = (text) => Buffer.byteLength(text);

/** Repeats `units` cyclically until `budget` bytes are used (at least one unit when budget > 0). */
function cycle(units, budget) {
  const out = [];
  let used = 0;
  for (let i = 0; used < budget; i++) {
    const unit = units[i % units.length];
    out.push(unit);
    used += utf8(unit) + 1;
  }
  return out;
}

function sectionBounds(lines) {
  const h1 = lines.findIndex((l) => /^一、\s*总体情况/.test(l));
  const h2 = lines.findIndex((l) => /^二、\s*主动公开/.test(l));
  const h3 = lines.findIndex((l) => /^三、\s*收到和处理/.test(l));
  const h4 = lines.findIndex((l) => /^四、\s*政府信息公开行政复议/.test(l));
  if ([h1, h2, h3, h4].some((i) => i < 0)) throw new Error('scale: the base report lacks a section heading');
  const firstRow = lines.findIndex((l, i) => i > h3 && /^一、本年新收/.test(l));
  return { h1, h2, h3, h4, firstRow };
}

/** The pipe report padded to about `target` bytes (never smaller than the report itself). */
export function padText(base, target) {
  const lines = base.replace(/\n$/, '').split('\n');
  const { h1, h2, h4, firstRow } = sectionBounds(lines);
  const prose = lines.slice(h1 + 1, h2);
  const rows = lines.slice(firstRow, h4);
  const extra = Math.max(0, target - utf8(base));
  const tableBytes = lines.filter((l) => l.includes('|')).reduce((s, l) => s + utf8(l) + 1, 0);
  const proseShare = 1 - tableBytes / utf8(base);
  const proseFill = cycle(prose, extra * proseShare);
  const rowFill = cycle(rows, extra - proseFill.reduce((s, l) => s + utf8(l) + 1, 0));
  return [...lines.slice(0, h2), ...proseFill, ...lines.slice(h2, h4), ...rowFill, ...lines.slice(h4)].join('\n') + '\n';
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The pipe report as an HTML page; `proseRepeat` extra <p> paragraphs in section 一 to reach `target` bytes. */
export function htmlPage(base, target = 0) {
  const lines = base.replace(/\n$/, '').split('\n');
  const { h1, h2 } = sectionBounds(lines);
  const footerAt = lines.findIndex((l) => /版权所有|ICP备/.test(l));
  const article = lines.slice(1, footerAt < 0 ? lines.length : footerAt);
  const footer = footerAt < 0 ? [] : lines.slice(footerAt);
  const para = (l) => `<p style="text-indent:2em">${escapeHtml(l)}</p>`;
  const body = [];
  let table = null;
  const flush = () => {
    if (table) body.push(`<table border="1" cellspacing="0">\n${table.join('\n')}\n</table>`);
    table = null;
  };
  article.forEach((line, k) => {
    const i = k + 1;
    if (line.includes(' | ') || /\|\|/.test(line) || /\S \|$/.test(line)) {
      let cells = line.split('|').map((c) => c.trim());
      if (cells.length > 1 && cells.at(-1) === '') cells = cells.slice(0, -1);
      (table ??= []).push(`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return;
    }
    flush();
    body.push(para(line));
    if (i === h2 - 1) body.push('<!--PROSE-->');
  });
  flush();
  const page = (fill) =>
    [
      '<!DOCTYPE html>',
      '<html><head><meta charset="utf-8">',
      `<title>${escapeHtml(lines[0])}_门户网站</title>`,
      '</head><body>',
      '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>',
      '<div class="TRS_Editor">',
      `<h1>${escapeHtml(lines[0])}</h1>`,
      ...body.map((b) => (b === '<!--PROSE-->' ? fill.join('\n') : b)),
      '</div>',
      `<div class="footer">${footer.map(para).join('')}</div>`,
      '</body></html>',
      '',
    ].join('\n');
  const plain = page([]);
  const prose = lines.slice(h1 + 1, h2).map(para);
  return page(cycle(prose, Math.max(0, target - utf8(plain))));
}
