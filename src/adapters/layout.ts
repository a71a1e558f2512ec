import type { Adapter, Block, SourceCell, TableBlock } from '../model.js';
import { type ValueColumns, placeValues, valueColumns } from './layout-columns.js';
import { type LabelCell, partLabels, startsLabel } from './layout-labels.js';
import { type LayoutLine, type Token, isNumberToken, layoutLines } from './layout-lines.js';
import { type TablePart, allDigits, segments, tableParts } from './layout-parts.js';
import { foldStackedNumbers, joinWrapped, totalHolds } from './layout-wrapped.js';
import { paragraph, splitLines } from './text-lines.js';

/**
 * `layout`: the text `pdftotext -layout` writes — table columns aligned with spaces, form
 * feeds between pages.
 *
 *     规章               0          0       0
 *                       （二）部分公开（区分处理的，只计这一情 形，不
 *                       计其他情形）
 *                                                   4    0      0     0   0   0     4
 *
 * Each table part (one page's rows of one table) gets its value columns from its complete
 * rows, and a value in a row with blank cells is placed by its character position, so the
 * row comes out with explicit empty cells. Labels wrapped around their value line are joined
 * (see layout-labels.ts). A part with no header on the next page continues the table before
 * it when it has as many value columns. Positions that are not certain are not guessed: the
 * row's values are left out and a note quotes them.
 */

interface Emitted {
  blocks: Block[];
}

/**
 * A header that names each value column for certain: the band's last line, when its cells
 * (set apart by wide gaps) are the label column's header and one per value column, in order
 * (`信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数`). Headers over several lines
 * are not placed: pdftotext squeezes their words together, so their columns cannot be known.
 */
function headerRow(lines: readonly LayoutLine[], part: TablePart, labelColumns: number): { row: SourceCell[]; line: number } | null {
  const band = part.band.filter((i) => lines[i]!.kind !== 'blank');
  if (band.length === 0) return null;
  const index = band[band.length - 1]!;
  const line = lines[index]!;
  const cells = segments(line.tokens).map((segment) => segment.map((t) => t.text).join(''));
  if (cells.length !== part.width + 1 || labelColumns === 0) return null;
  // Header words on another line too (`本年新制作数` over `量`): a header over several lines.
  const above = band.slice(0, -1).map((i) => lines[i]!);
  if (above.some((l) => l.tokens.filter((t) => (t.start + t.end) / 2 >= part.left - 1).length >= 2)) return null;
  const row: SourceCell[] = [];
  row.push({ text: cells[0]!, line: line.line, col: 0, colSpan: labelColumns, page: line.page });
  cells.slice(1).forEach((text, j) => row.push({ text, line: line.line, col: labelColumns + j, page: line.page }));
  return { row, line: index };
}

/** A row's label cells: one per label column that holds text, each spanning to the next. */
function labelCells(cells: readonly LabelCell[], offset: number, labelColumns: number, page: number): SourceCell[] {
  const out: SourceCell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    // Cells of one column (in a row, side by side) are one cell, at the first one's line.
    if (k > 0 && cells[k - 1]!.col === cell.col) out[out.length - 1]!.text += ` ${cell.text}`;
    else out.push({ text: cell.text, line: cell.line, col: cell.col + offset, colSpan: 1, page });
  }
  // Each spans to the next one's column (the last to the end of the label columns).
  for (let k = 0; k < out.length; k++) out[k]!.colSpan = Math.max(1, (k + 1 < out.length ? out[k + 1]!.col! : labelColumns) - out[k]!.col!);
  return out;
}

/** The label tokens of a line: a value line's tokens before its values, or a text line's. */
const labelTokens = (line: LayoutLine): Token[] => (line.kind === 'value' ? line.label : line.kind === 'text' ? line.tokens : []);

/**
 * Blocks in reading order: every line outside the tables as a paragraph, each table (its
 * parts on later pages joined) as one grid: a placed header row when there is one, then a
 * row per value line (label cells, then one cell per value column) and per label that
 * belongs to no value line.
 */
function readParts(lines: readonly LayoutLine[], parts: readonly TablePart[], out: Emitted): void {
  let part = 0;
  /** the table being written; `lastLabel`: its last row's last label cell */
  let table: { block: TableBlock; width: number; labelColumns: number; page: number; lastLabel: SourceCell | null } | null = null;
  /** the part each line belongs to (-1: none) */
  const inPart = new Array<number>(lines.length).fill(-1);
  parts.forEach((p, k) => {
    for (const i of p.band) inPart[i] = k;
    for (const i of p.lines) inPart[i] = k;
  });
  // Each part's lines with numbers wrapped around a row folded in, its columns and labels.
  const prepared = parts.map((p) => {
    const raw: LayoutLine[] = [];
    const valueLines: LayoutLine[] = [];
    for (const i of p.lines) {
      raw.push(lines[i]!);
      if (lines[i]!.kind === 'value') valueLines.push(lines[i]!);
    }
    const columns = valueColumns(valueLines, p.width) ?? p.fromHeader;
    const partLines = foldStackedNumbers(raw, columns, p.width);
    return { partLines, columns, labels: partLabels(partLines, labelTokens) };
  });
  const labels = prepared.map((q) => q.labels);

  for (let i = 0; i < lines.length; i++) {
    const owner = inPart[i]!;
    if (owner < 0) {
      const line = lines[i]!;
      if (line.kind !== 'blank') out.blocks.push(paragraph(lineText(line), line.line));
      // A page number between two parts of a table does not end it.
      if (line.kind === 'text' || line.kind === 'value') table = null;
      continue;
    }
    if (owner < part) continue;
    part = owner + 1;
    const p = parts[owner]!;
    const { partLines, columns, labels: own } = prepared[owner]!;
    const continues = table !== null && p.band.length === 0 && table.width === p.width && table.page < p.page;
    if (!continues) {
      // The parts that will continue this table (no header of their own, as many columns).
      let labelColumns = own.columns;
      for (let q = owner + 1; q < parts.length && parts[q]!.band.length === 0 && parts[q]!.width === p.width && parts[q]!.page > parts[q - 1]!.page; q++) {
        labelColumns = Math.max(labelColumns, labels[q]!.columns);
      }
      const header = headerRow(lines, p, labelColumns);
      // Band lines that are not the placed header (titles, headers over several lines) stay text.
      for (const k of p.band) if (lines[k]!.kind !== 'blank' && k !== header?.line) out.blocks.push(paragraph(lineText(lines[k]!), lines[k]!.line));
      const first = lines[header?.line ?? p.lines[0]!]!;
      table = { block: { kind: 'table', rows: header ? [header.row] : [], line: first.line }, width: p.width, labelColumns, page: p.page, lastLabel: null };
      out.blocks.push(table.block);
    }
    const t = table!;
    t.page = p.page;
    const offset = t.labelColumns - own.columns;
    const rows = placeRows(partLines, columns, p.width, (k) => own.rows[k] !== undefined);
    let valueSeen = false;
    for (let k = 0; k < partLines.length; k++) {
      const line = partLines[k]!;
      const stand = own.standalone[k];
      const tail = stand && continues && !valueSeen && t.lastLabel && !stand.some((cell) => startsLabel(cell.text));
      // The end of the last label of the page before (`密` under `1. 属 于 国 家 秘`): a label
      // starts with its number, so unnumbered text before the first row is that label's tail.
      if (tail) t.lastLabel!.text += ` ${stand.map((cell) => cell.text).join(' ')}`;
      else if (stand) t.block.rows.push(withEmptyValues(labelCells(stand, offset, t.labelColumns, line.page), p.width, t.labelColumns, line));
      if (line.kind === 'value') valueSeen = true;
      const values = rows[k];
      if (!values) continue;
      const label = labelCells(own.rows[k] ?? [], offset, t.labelColumns, line.page);
      // A row of a labelled table whose label could not be found is left out: read by order
      // its values would join the row before it.
      if (label.length === 0 && t.labelColumns > 0) {
        out.blocks.push({ kind: 'note', code: 'CELL_UNPLACED', message: `数值${quoted(line)}所在的行无法确定（标签缺失或不止一种可能），未读取`, line: line.line });
        continue;
      }
      t.lastLabel = label[label.length - 1] ?? null;
      // The row: its label cells (a list of its own), then its values.
      const labelCount = label.length;
      const row = label;
      for (let j = 0; j < values.length; j++) row.push({ text: values[j]!, line: line.line, col: t.labelColumns + j, page: line.page });
      t.block.rows.push(row);
      if (values.every((v) => v === '')) {
        const name = row.slice(0, labelCount).map((c) => c.text).join(' ');
        out.blocks.push({ kind: 'note', code: 'CELL_UNPLACED', message: `「${name}」：数值${quoted(line)}所在的列无法从版面位置确定，未读取`, line: line.line });
      }
    }
    i = Math.max(i, p.lines[p.lines.length - 1]!);
  }
}

/** A value line's values as a note quotes them: `「3」「0」`. */
const quoted = (line: LayoutLine): string => line.values.map((v) => `「${v.text}」`).join('');

/** A line as a paragraph: its words, one space apart (read on the text: its tokens may not be split). */
function lineText(line: LayoutLine): string {
  // (start and end are where `trim` would cut: isWhitespace is `\s`.)
  const { text, start, end } = line;
  // Two spaces in a row inside the line (the first found past it lies in the trailing spaces).
  const double = text.indexOf('  ', start);
  if (double < 0 || double + 1 >= end) return start === 0 && end === text.length ? text : text.slice(start, end);
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** A label row's cells followed by an empty cell per value column. */
function withEmptyValues(row: SourceCell[], width: number, labelColumns: number, line: LayoutLine): SourceCell[] {
  for (let j = 0; j < width; j++) row.push({ text: '', line: line.line, col: labelColumns + j, page: line.page });
  return row;
}

/**
 * Each value line's cell texts, by the index of its line in the part. A line with no label
 * that only completes the line next to it is folded into that line: the wrapped end of a
 * number (`15` over `1`, see layout-wrapped.ts), or the values of the row's other columns
 * when Word set them a line lower than the rest (its columns are exactly the ones the row
 * lacks, no other row nearby lacks them, and the row's total checks with them).
 */
function placeRows(partLines: readonly LayoutLine[], columns: ValueColumns | null, width: number, labelled: (k: number) => boolean): (string[] | undefined)[] {
  // Each value line's texts by column (null: no value), by its index (undefined: not placed).
  const rows: ((string | null)[] | undefined)[] = [];
  let short = false;
  for (let k = 0; k < partLines.length; k++) {
    const line = partLines[k]!;
    rows.push(undefined);
    if (line.kind !== 'value') continue;
    if (line.values.length < width) short = true;
    // A complete row's values are its cells in order (placeValues places them so).
    if (line.values.length === width) {
      const texts: string[] = [];
      for (const value of line.values) texts.push(value.text);
      rows[k] = texts;
      continue;
    }
    const cols = placeValues(line, columns, width);
    if (!cols) continue;
    const texts = new Array<string | null>(width).fill(null);
    for (let n = 0; n < cols.length; n++) texts[cols[n]!] = line.values[n]!.text;
    rows[k] = texts;
  }
  // Only a line with fewer values than the part's width may complete another.
  const folded: boolean[] = short ? foldRows(partLines, rows, width, labelled) : [];
  const out: (string[] | undefined)[] = [];
  for (let k = 0; k < partLines.length; k++) {
    out.push(undefined);
    if (partLines[k]!.kind !== 'value' || folded[k]) continue;
    const texts = rows[k];
    if (texts === undefined) out[k] = new Array<string>(width).fill('');
    else {
      // (Each line's list is its own: its blanks become empty cells in place.)
      for (let j = 0; j < texts.length; j++) if (texts[j] === null) texts[j] = '';
      out[k] = texts as string[];
    }
  }
  return out;
}

/** Folds the lines that complete a row next to them into it (see placeRows); true for each line folded. */
function foldRows(partLines: readonly LayoutLine[], rows: ((string | null)[] | undefined)[], width: number, labelled: (k: number) => boolean): boolean[] {
  const placed = (r: number): boolean => rows[r] !== undefined;
  /** Whether every line strictly between `a` and `b` is text. */
  const textBetween = (a: number, b: number): boolean => {
    for (let j = a + 1; j < b; j++) if (partLines[j]!.kind !== 'text') return false;
    return true;
  };
  const near = (k: number): number[] => {
    const out: number[] = [];
    for (const r of [k - 1, k + 1, k - 2, k + 2]) if (placed(r) && (r < k ? textBetween(r, k) : textBetween(k, r))) out.push(r);
    return out;
  };
  const folded: boolean[] = [];
  partLines.forEach((line, k) => {
    if (line.kind !== 'value' || labelled(k) || folded[k] || line.values.length >= width) return;
    const texts = rows[k];
    // The wrapped end of a number: right above or below a fuller row, in columns it fills.
    let tries: { r: number; texts: string[]; joined: boolean }[] = [];
    if (texts && allDigits(line)) {
      const mine = texts.flatMap((t, j) => (t === null ? [] : [j]));
      const wrapped = [k - 1, k + 1].filter((r) => placed(r) && !folded[r] && allDigits(partLines[r]!) && partLines[r]!.values.length > line.values.length && mine.every((j) => rows[r]![j] !== null));
      tries = wrapped.map((r) => ({ r, ...(r < k ? joinWrapped(rows[r]!, texts, rows[r]!) : joinWrapped(texts, rows[r]!, rows[r]!)) }));
    }
    const proven = tries.filter((t) => t.joined);
    // The rest of a row set a line lower or higher: read left to right together with that
    // row, every value lands in a column the row lacks and the row's own values stay put.
    const fits = proven.length === 1 ? [] : near(k).filter((r) => !folded[r] && r !== k && completes(partLines[r]!, rows[r]!, line, width));
    if (proven.length === 1) rows[proven[0]!.r] = proven[0]!.texts;
    else if (fits.length === 1) rows[fits[0]!] = merged(partLines[fits[0]!]!, line);
    // Otherwise every row the pieces may belong to keeps them apart (a split number, never read).
    else if (tries.length > 0) for (const t of tries) rows[t.r] = t.texts;
    else return;
    folded[k] = true;
    rows[k] = undefined;
  });
  return folded;
}

/** Whether `line`'s values fill exactly the columns `row` lacks, in left-to-right order. */
function completes(rowLine: LayoutLine, row: readonly (string | null)[], line: LayoutLine, width: number): boolean {
  if (rowLine.values.length + line.values.length !== width || row.filter((t) => t !== null).length !== rowLine.values.length) return false;
  const all = [...rowLine.values, ...line.values].sort((a, b) => a.start + a.end - (b.start + b.end));
  // Every one of the row's values keeps the column it was placed in, and the row's total
  // proves the two lines are one row (without it, the line may be another row's values).
  return rowLine.values.every((t) => row[all.indexOf(t)] === t.text) && new Set(all.map((t) => t.start + t.end)).size === width && totalHolds(all.map((t) => t.text));
}

function merged(rowLine: LayoutLine, line: LayoutLine): string[] {
  return [...rowLine.values, ...line.values].sort((a, b) => a.start + a.end - (b.start + b.end)).map((t) => t.text);
}

/**
 * How a line ends, for detection: the count of number tokens at its end and whether text
 * stands before them two or more spaces away. A linear scan from the right.
 */
function trailingNumbers(line: string): { count: number; labelled: boolean; aligned: boolean } {
  let end = line.length;
  let count = 0;
  // Columns aligned with spaces leave a gap of two or more somewhere; text joined by pdf.js or
  // a copy has single spaces only, and its columns are not positions.
  let aligned = false;
  for (;;) {
    const trimmed = end;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
    if (count > 0 && trimmed - end >= 2) aligned = true;
    // A number ends in a digit or 元: most tokens fail that before a scan, a slice and a regex.
    const last = end > 0 ? line.charCodeAt(end - 1) : 0;
    let start = end;
    if ((last >= 48 && last <= 57) || last === 0x5143) while (start > 0 && line.charCodeAt(start - 1) !== 32) start--;
    if (start === end || !isNumberToken(line.slice(start, end))) {
      if (count === 0) return { count, labelled: false, aligned };
      // Text ends at `end` (nothing when 0): count the gap after it.
      let gap = 0;
      while (line.charCodeAt(end + gap) === 32) gap++;
      return { count, labelled: count > 0 && end > 0 && gap >= 2, aligned };
    }
    count++;
    end = start;
  }
}

/** Where the first tab or bar at or after `from` is (-1: none). */
function firstDelimiter(text: string, from: number): number {
  const bar = text.indexOf('|', from);
  const tab = text.indexOf('\t', from);
  return bar < 0 ? tab : tab < 0 ? bar : Math.min(bar, tab);
}

/** How many lines from `from` on hold a tab or a bar: found with indexOf, not line by line. */
function linesWithDelimiter(text: string, from: number): number {
  let count = 0;
  for (let at = from; ; ) {
    const hit = firstDelimiter(text, at);
    if (hit < 0) return count;
    count++;
    const next = text.indexOf('\n', hit);
    if (next < 0) return count;
    at = next + 1;
  }
}

const HTML_TAG = /<(?:table|td|tr|p|div)\b/iy;

/** Whether an HTML tag starts within the first `limit` characters: tried at each `<` only (a case-blind scan of the text costs more). */
function hasHtmlTag(text: string, limit: number): boolean {
  const head = text.length > limit ? text.slice(0, limit) : text;
  for (let at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
    HTML_TAG.lastIndex = at;
    if (HTML_TAG.test(head)) return true;
  }
  return false;
}

export const layoutAdapter: Adapter = {
  name: 'layout',
  kind: 'grid',
  detect(text) {
    if (hasHtmlTag(text, 20_000)) return 0;
    const lines = splitLines(text);
    let rows = 0;
    let delimited = 0;
    // The next tab or bar at or after a line's start, found in the text (-1: none left), so a
    // line is not searched for them one by one.
    let nextDelimiter = firstDelimiter(text, 0);
    const end = Math.min(lines.length, 3000);
    /** where the next line starts in the text */
    let offset = 0;
    /** at most how many lines are delimited in all (counted once 20 rows are found) */
    let delimitedAtMost = -1;
    for (let i = 0; i < end; i++) {
      const line = lines[i]!;
      const lineStart = offset;
      offset += line.length + 1;
      if (line.length > 300) continue;
      if (nextDelimiter >= 0 && nextDelimiter < lineStart) nextDelimiter = firstDelimiter(text, lineStart);
      if (nextDelimiter >= 0 && nextDelimiter < lineStart + line.length) delimited++;
      else {
        // A label, two or more spaces, then numbers; or three numbers set apart by spaces, two somewhere.
        const { count, labelled, aligned } = trailingNumbers(line);
        if (labelled || (count >= 3 && aligned)) rows++;
        // Enough rows and nothing delimited so far: no need to read on.
        if (rows >= 20 && delimited === 0) break;
        // Enough rows, and the delimited lines still to come cannot outnumber them: the score
        // (which counts 20 rows at most) is settled.
        if (rows >= 20 && delimitedAtMost < 0) delimitedAtMost = delimited + linesWithDelimiter(text, offset);
        if (rows >= 20 && delimitedAtMost <= rows) break;
      }
    }
    if (delimited > rows || rows < 3) return 0;
    const pages = text.includes('\f') ? 0.05 : 0;
    return rows >= 6 ? Math.min(0.93, 0.83 + pages + Math.min(rows, 20) / 400) : 0.4 + rows / 100;
  },
  read(text) {
    const lines = layoutLines(text);
    const out: Emitted = { blocks: [] };
    readParts(lines, tableParts(lines), out);
    return out.blocks;
  },
};
