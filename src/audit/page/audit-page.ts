/**
 * auditPage(entries): one self-contained HTML page for people who check reports.
 *
 * Pure function: reports in, a string out; no I/O, no clock, no randomness. The page has
 * no script and loads nothing (a CSP meta tag allows only its own inline stylesheet, by
 * hash). Per report it draws the three tables as the official forms, each cell coloured by
 * what we know about it; a cell is a <details>: click or Enter opens its source, the
 * warnings about it and the checks it takes part in (one at a time, `name="cell"`).
 * Hovering shows the same in short (the `title`). Then the series checks, the prose checks
 * with their quotes, and a summary across reports.
 */
import type { Report } from '../../types.js';
import { type Check, type ValidateOptions, validate } from '../../validate/index.js';
import { checkProse } from '../prose/check-prose.js';
import { validateSeries } from '../series.js';
import type { ProseCheck, SeriesCheck, SeriesOptions } from '../types.js';
import { type AnyCheck, type CellIndex, type FieldSource, indexReport } from './cell-index.js';
import { type Form, formsOf } from './forms.js';
import { esc, idPart } from './html.js';
import { CELL_STATE_MARKS, CELL_STATE_NAMES, CELL_STATES, STATUS_NAMES, checkName } from './labels.js';
import { sha256Base64 } from './sha256.js';
import { STYLES } from './styles.js';

export interface AuditEntry {
  /** how the report is named on the page (a file name) */
  name: string;
  report: Report;
}

export interface AuditPageOptions {
  /** page title; default 政府信息公开工作年度报告核查 */
  title?: string;
  /** passed to validate() and validateSeries() */
  nulls?: ValidateOptions['nulls'];
  /** grouping key for the series checks */
  key?: SeriesOptions['key'];
}

interface Audited {
  entry: AuditEntry;
  index: number;
  table: Check[];
  prose: ProseCheck[];
  series: SeriesCheck[];
  cells: CellIndex;
}

const DEFAULT_TITLE = '政府信息公开工作年度报告核查';

function read(report: Report, path: string): unknown {
  let v: unknown = report;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function status(s: string): string {
  return `<span class="st st-${esc(s)}">${esc(STATUS_NAMES[s] ?? s)}</span>`;
}

function cellId(index: number, path: string): string {
  return `r${index}-${idPart(path)}`;
}

function describeSource(s: FieldSource): string {
  const where: string[] = [];
  if (typeof s.page === 'number') where.push(`第${s.page}页`);
  if (typeof s.line === 'number') where.push(`第${s.line}行`);
  if (typeof s.column === 'number') where.push(`第${s.column}列`);
  if (s.box !== undefined) where.push(`位置 ${JSON.stringify(s.box)}`);
  return `“${s.text}”${where.length > 0 ? `（${where.join('，')}）` : ''}`;
}

function showValue(v: unknown): string {
  return typeof v === 'number' ? String(v) : '空';
}

// ---------------------------------------------------------------------------------------
// Cells and forms

function cell(a: Audited, path: string, label: string, colSpan: number | undefined): string {
  const value = read(a.entry.report, path);
  const state = a.cells.state(path, value);
  const source = a.cells.source(path);
  const checks = a.cells.checks(path);
  const warnings = a.cells.warnings(path);
  const unit = path === 'activeDisclosure.procurement.amount' ? read(a.entry.report, 'activeDisclosure.procurement.amountUnit') : null;
  const shown = typeof value === 'number' ? esc(value) + (typeof unit === 'string' ? esc(unit) : '') : '<span class="blank">空</span>';
  const hover = [
    `${label}：${showValue(value)}`,
    source !== null ? `原文 ${describeSource(source)}` : '',
    checks.length > 0 ? `参与${checks.length}项核对` : '',
    warnings.length > 0 ? `${warnings.length}条解析警告` : '',
  ].filter((s) => s !== '');
  const pop: string[] = [`<p><strong>${esc(label)}</strong>：${esc(showValue(value))}　<code>${esc(path)}</code></p>`];
  pop.push('<h4>原文</h4>');
  pop.push(
    source !== null
      ? `<p class="source">${esc(describeSource(source))}</p>`
      : '<p>未记录原文位置（报告中没有 sources）。</p>',
  );
  if (warnings.length > 0) {
    pop.push('<h4>解析警告</h4><ul>');
    for (const w of warnings) pop.push(`<li><code>${esc(w.code)}</code> ${esc(w.message)}${typeof w.line === 'number' ? `（第${w.line}行）` : ''}</li>`);
    pop.push('</ul>');
  }
  pop.push('<h4>参与的核对</h4>');
  if (checks.length === 0) pop.push('<p>无</p>');
  else {
    // a passed check is named; one that did not pass is spelled out (this keeps the page small)
    pop.push('<ul>');
    for (const c of checks) pop.push(`<li>${status(c.status)}${esc(checkName(c.code))}${c.status === 'pass' ? '' : `：${esc(c.message)}`}</li>`);
    pop.push('</ul>');
  }
  const span = colSpan !== undefined && colSpan > 1 ? ` colspan="${colSpan}"` : '';
  const mark = CELL_STATE_MARKS[state];
  return (
    `<td class="c s-${state}" id="${cellId(a.index, path)}"${span}><details name="cell">` +
    `<summary title="${esc(hover.join('；'))}" aria-label="${esc(`${label}：${showValue(value)}，${CELL_STATE_NAMES[state]}`)}">${shown}` +
    (mark !== '' ? `<span class="mk" aria-hidden="true">${mark}</span>` : '') +
    `</summary><div class="pop" role="region" tabindex="0" aria-label="${esc(label)}的来源与核对">${pop.join('')}</div></details></td>`
  );
}

function form(a: Audited, f: Form): string {
  const out: string[] = [`<div class="scroll"><table><caption>${esc(f.caption)}</caption>`];
  for (const b of f.blocks) {
    out.push('<thead>');
    for (const row of b.head) {
      out.push('<tr>');
      for (const h of row) {
        const attrs = (h.colSpan !== undefined ? ` colspan="${h.colSpan}"` : '') + (h.rowSpan !== undefined ? ` rowspan="${h.rowSpan}"` : '');
        out.push(h.text === '' ? `<td${attrs}></td>` : `<th scope="col"${attrs}>${esc(h.text)}</th>`);
      }
      out.push('</tr>');
    }
    out.push('</thead><tbody>');
    for (const r of b.rows) {
      out.push(`<tr><th scope="row" class="row">${esc(r.label)}</th>`);
      for (const c of r.cells) out.push(cell(a, c.path, c.label, c.colSpan));
      out.push('</tr>');
    }
    out.push('</tbody>');
  }
  out.push('</table></div>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------
// Check lists

function links(a: Audited, paths: readonly string[]): string {
  const seen = [...new Set(paths)];
  return seen.map((p) => `<a href="#${cellId(a.index, p)}" class="path">${esc(p)}</a>`).join('，');
}

function checkItem(c: AnyCheck, extra = ''): string {
  return `<li>${status(c.status)}<strong>${esc(checkName(c.code))}</strong>：${esc(c.message)}${extra}</li>`;
}

function tableChecks(a: Audited): string {
  const failed = a.table.filter((c) => c.status === 'fail');
  const unknown = a.table.filter((c) => c.status === 'unknown').length;
  const passed = a.table.filter((c) => c.status === 'pass').length;
  const out = [`<h3>表内核对</h3><p>共${a.table.length}项：通过${passed}项，未通过${failed.length}项，无法核对${unknown}项（有空白单元格）。</p>`];
  if (failed.length > 0) {
    out.push('<ul class="checks">');
    for (const c of failed) out.push(checkItem(c, `<br>涉及：${links(a, c.paths)}`));
    out.push('</ul>');
  }
  return out.join('');
}

function proseChecks(a: Audited): string {
  const out = ['<h3>正文与表格</h3>'];
  if (a.prose.length === 0) {
    out.push('<p>正文中没有读到可以明确对应表格字段的数字。</p>');
    return out.join('');
  }
  out.push('<ul class="checks">');
  for (const c of a.prose) out.push(checkItem(c, `<blockquote>${esc(c.quote)}</blockquote>涉及：${links(a, c.paths)}`));
  out.push('</ul>');
  return out.join('');
}

function warningList(a: Audited): string {
  const ws = Array.isArray(a.entry.report?.warnings) ? a.entry.report.warnings : [];
  if (ws.length === 0) return '<h3>解析警告</h3><p>无</p>';
  const out = [`<h3>解析警告</h3><details><summary>${ws.length}条</summary><ul>`];
  for (const w of ws) out.push(`<li><code>${esc(w.code)}</code>${typeof w.path === 'string' ? ` <span class="path">${esc(w.path)}</span>` : ''} ${esc(w.message)}</li>`);
  out.push('</ul></details>');
  return out.join('');
}

function reportSection(a: Audited): string {
  const m = a.entry.report?.meta;
  const heading = m?.title ?? a.entry.name;
  const out = [
    `<section id="r${a.index}" aria-labelledby="r${a.index}-h"><h2 id="r${a.index}-h">${esc(heading)}</h2>`,
    '<dl class="meta">',
    `<dt>文件</dt><dd>${esc(a.entry.name)}</dd>`,
    `<dt>机关</dt><dd>${esc(m?.organization ?? '未识别')}</dd>`,
    `<dt>年度</dt><dd>${esc(m?.year ?? '未识别')}</dd>`,
    `<dt>表格版本</dt><dd>${esc(m?.edition === '2019' ? '2019版（国办公开办函〔2019〕60号）' : m?.edition === '2021' ? '2021版（国办公开办函〔2021〕30号）' : '未识别（按2021版显示）')}</dd>`,
    '</dl>',
  ];
  for (const f of formsOf(m?.edition ?? 'unknown')) out.push(form(a, f));
  out.push(tableChecks(a), proseChecks(a), warningList(a), '</section>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------
// Series and summary

function seriesSection(all: readonly Audited[], checks: readonly SeriesCheck[]): string {
  const out = ['<section aria-labelledby="series-h"><h2 id="series-h">逐年核对</h2>'];
  if (checks.length === 0) {
    out.push('<p>没有同一机关连续年度的报告可供核对。</p></section>');
    return out.join('');
  }
  const groups = new Map<string, SeriesCheck[]>();
  for (const c of checks) {
    const list = groups.get(c.organization);
    if (list === undefined) groups.set(c.organization, [c]);
    else list.push(c);
  }
  for (const [organization, list] of groups) {
    out.push(`<h3>${esc(organization === '' ? '未能归组的报告' : organization)}</h3>`);
    const notPassed = list.filter((c) => c.status !== 'pass');
    const passed = list.filter((c) => c.status === 'pass');
    const item = (c: SeriesCheck) => {
      const where = c.paths.map((p, i) => {
        const a = all[c.reports[i]!];
        return a === undefined ? esc(p) : `<a href="#${cellId(a.index, p)}" class="path">${esc(a.entry.report?.meta?.year ?? a.entry.name)}：${esc(p)}</a>`;
      });
      return checkItem(c, `<br>涉及：${[...new Set(where)].join('，')}`);
    };
    if (notPassed.length > 0) out.push(`<ul class="checks">${notPassed.map(item).join('')}</ul>`);
    if (passed.length > 0) out.push(`<details><summary>通过${passed.length}项</summary><ul class="checks">${passed.map(item).join('')}</ul></details>`);
  }
  out.push('</section>');
  return out.join('');
}

function count(checks: readonly AnyCheck[], s: string): number {
  let n = 0;
  for (const c of checks) if (c.status === s) n++;
  return n;
}

function summarySection(all: readonly Audited[], series: readonly SeriesCheck[]): string {
  const clean = all.filter((a) => count(a.table, 'fail') + count(a.prose, 'fail') + count(a.series, 'fail') === 0).length;
  const out = [
    '<section aria-labelledby="summary-h"><h2 id="summary-h">汇总</h2>',
    `<p>共${all.length}份报告，其中${clean}份没有未通过的核对；逐年核对${series.length}项，未通过${count(series, 'fail')}项，提示${count(series, 'advisory')}项。</p>`,
    '<div class="scroll"><table><caption>各报告核对结果</caption><thead><tr>',
    '<th scope="col">报告</th><th scope="col">年度</th><th scope="col">版本</th><th scope="col">表内未通过</th><th scope="col">表内无法核对</th><th scope="col">逐年未通过</th><th scope="col">正文不一致</th><th scope="col">正文核对</th><th scope="col">解析警告</th>',
    '</tr></thead><tbody>',
  ];
  for (const a of all) {
    const m = a.entry.report?.meta;
    const ws = Array.isArray(a.entry.report?.warnings) ? a.entry.report.warnings.length : 0;
    out.push(
      `<tr><th scope="row" class="row"><a href="#r${a.index}">${esc(m?.title ?? a.entry.name)}</a></th><td>${esc(m?.year ?? '—')}</td><td>${esc(m?.edition ?? 'unknown')}</td>` +
        `<td>${count(a.table, 'fail')}</td><td>${count(a.table, 'unknown')}</td><td>${count(a.series, 'fail')}</td><td>${count(a.prose, 'fail')}</td><td>${a.prose.length}</td><td>${ws}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>');
  const failing = new Map<string, number>();
  for (const c of [...all.flatMap((a) => [...a.table, ...a.prose]), ...series]) {
    if (c.status === 'fail') failing.set(c.code, (failing.get(c.code) ?? 0) + 1);
  }
  const top = [...failing].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  out.push('<h3>最常未通过的核对</h3>');
  out.push(top.length === 0 ? '<p>没有未通过的核对。</p>' : `<ol>${top.map(([code, n]) => `<li>${esc(checkName(code))}（<code>${esc(code)}</code>）：${n}项</li>`).join('')}</ol>`);
  out.push('<h3>单元格颜色</h3><ul class="legend">');
  for (const s of CELL_STATES) out.push(`<li class="s-${s}">${esc(CELL_STATE_NAMES[s])}${CELL_STATE_MARKS[s] !== '' ? ` <span aria-hidden="true">${CELL_STATE_MARKS[s]}</span>` : ''}</li>`);
  out.push('</ul><p>点按或用 Tab 键选中单元格后按 Enter，可查看它的原文、解析警告和参与的核对；鼠标悬停显示摘要。</p></section>');
  return out.join('');
}

/** The audit page of the given reports (see the module comment). */
export function auditPage(entries: readonly AuditEntry[], options: AuditPageOptions = {}): string {
  const reports = entries.map((e) => e.report);
  const nulls = options.nulls ?? 'unknown';
  const series = validateSeries(reports, { nulls, ...(options.key !== undefined ? { key: options.key } : {}) }).checks;
  const all: Audited[] = entries.map((entry, index) => {
    const table = validate(entry.report, { nulls }).checks;
    const prose = checkProse(entry.report).checks;
    const mine = series.filter((c) => c.reports.includes(index));
    return { entry, index, table, prose, series: mine, cells: indexReport(entry.report, index, table, mine, prose) };
  });
  const title = options.title ?? DEFAULT_TITLE;
  const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(STYLES)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLES}</style></head><body>`,
    '<a class="skip" href="#main">跳到正文</a>',
    `<header><h1>${esc(title)}</h1><p>由 zfxxgk 生成：表格按国家统一格式绘制，每个数字都可查看来源和参与的核对；核对只读取报告，不修改任何数字。</p></header>`,
    '<main id="main">',
    summarySection(all, series),
    seriesSection(all, series),
    all.map(reportSection).join(''),
    '</main></body></html>',
    '',
  ].join('\n');
}
