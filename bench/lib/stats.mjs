/** Small statistics and table helpers for the bench (no dependencies). */

export function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Linear-interpolated quantile of sorted values, q in [0, 1]. */
export function quantile(sortedValues, q) {
  const n = sortedValues.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sortedValues[lo] + (sortedValues[hi] - sortedValues[lo]) * (pos - lo);
}

export function median(values) {
  return quantile(sorted(values), 0.5);
}

export function mean(values) {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function geomean(values) {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/** Milliseconds, with precision that suits the magnitude. */
export function ms(value) {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

export function pct(value) {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '—';
}

export function kb(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function int(value) {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text) {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** A plain-text table for the terminal; columns after the first are right-aligned. */
export function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => width(row[c] ?? ''))));
  const pad = (text, c) => {
    const fill = ' '.repeat(widths[c] - width(text));
    return c === 0 ? text + fill : fill + text;
  };
  const line = (row) => row.map((text, c) => pad(text ?? '', c)).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The same table as GitHub Markdown. */
export function mdTable(headers, rows) {
  const esc = (text) => String(text).replace(/\|/g, '\\|');
  const out = [`| ${headers.map(esc).join(' | ')} |`, `|${headers.map((_, c) => (c === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) out.push(`| ${row.map(esc).join(' | ')} |`);
  return out.join('\n');
}
