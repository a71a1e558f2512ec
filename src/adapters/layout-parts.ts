import { type ValueColumns, headerColumns, pushedFirst } from './layout-columns.js';
import { isChineseDigit, tokensStartLabel } from './layout-labels.js';
import { isWhitespace } from '../normalize/whitespace.js';
import { type LayoutLine, type Token, isFullStop, isNumberToken } from './layout-lines.js';

/**
 * Table parts of `pdftotext -layout` text: one page's run of value lines of one table,
 * with the header band above it and the label fragments around its rows.
 */
export interface TablePart {
  page: number;
  /** the part's lines (value lines, label fragments, blanks), as indices into all lines */
  lines: number[];
  /** the header lines above the part (indices), empty when the part has none */
  band: number[];
  /** how many value columns: the most values any of its lines holds */
  width: number;
  /** the leftmost start of a value in a complete row */
  left: number;
  /** value columns from the header words, when no row fills every column (see headerColumns) */
  fromHeader: ValueColumns | null;
}

/** Prose: a sentence (`[。；;]`), or a line too long to be a label (over 40 characters besides spaces). */
function isProse(line: LayoutLine): boolean {
  // One scan of the line's text between its first and last non-space characters (its tokens
  // are split only when a reader needs them), ending at a full stop or the 41st character.
  const { text } = line;
  let length = 0;
  for (let at = line.start; at < line.end; at++) {
    const code = text.charCodeAt(at);
    if (isFullStop(code)) return true;
    if (!isWhitespace(code) && ++length > 40) return true;
  }
  return false;
}

/**
 * A section heading's shape (`四、政府信息公开行政复议、行政诉讼情况`): never part of a table,
 * unless a value line without a label follows it directly: then it is the first line of
 * that row's wrapped label (`一、本年新收政府信息公开申` over `8  0 …` over `请数量`).
 */
function isHeading(lines: readonly LayoutLine[], i: number): boolean {
  const line = lines[i]!;
  // Read on the text: its tokens are split only when a reader needs them.
  if (!isChineseDigit(line.text.charCodeAt(line.start))) return false;
  const text = line.text.replace(/\s+/g, '');
  if (!/^[一二三四五六七八九十]{1,2}[、.．]/.test(text) || text.length < 10) return false;
  const next = lines[i + 1];
  return !(next && next.kind === 'value' && next.label.length === 0 && next.page === line.page);
}

/** Whether token `i` starts a segment: it is the first, or two or more spaces follow the one before. */
const startsSegment = (tokens: readonly Token[], i: number): boolean => i === 0 || tokens[i]!.start - tokens[i - 1]!.end >= 2;

/**
 * Where the labels of a run of value lines start (segments of its label text), each column
 * with the first line that put a segment there: the run is read up to each line as it goes,
 * and its table part up to its last value line, from the one record.
 */
class LabelStarts {
  /** by column: the index of the first line with a segment starting there */
  private readonly firstLine: (number | undefined)[] = [];

  /** Adds where each segment of line `line`'s tokens starts. */
  add(tokens: readonly Token[], line: number): void {
    for (let i = 0; i < tokens.length; i++) if (startsSegment(tokens, i)) this.firstLine[tokens[i]!.start] ??= line;
  }

  /** Whether a segment starts at column `x` on a line up to `last`. */
  has(x: number, last: number): boolean {
    const line = this.firstLine[x];
    return line !== undefined && line <= last;
  }
}

/** A line's segments: runs of tokens set apart by two or more spaces. */
export function segments(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (startsSegment(tokens, i)) out.push([tokens[i]!]);
    else out[out.length - 1]!.push(tokens[i]!);
  }
  return out;
}

/**
 * A header line: words over the value columns, or several cells set apart by wide gaps
 * (`信息内容   本年处理决定数量`). pdftotext squeezes CJK text (one character column for a
 * double-width glyph), so a header often sits left of the numbers under it.
 */
function isHeaderLine(line: LayoutLine, left: number, labelStarts: LabelStarts, last: number): boolean {
  if (line.kind !== 'text') return false;
  const { tokens } = line;
  // A label overflowing into the value columns continues with one space, not two.
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsSegment(tokens, i)) continue;
    if ((tokens[i]!.start + tokens[i]!.end) / 2 >= left - 1) return true;
    count++;
  }
  if (count < 2) return false;
  // Two label fragments side by side (`（四）无法提供   2.没有现成信息`) are numbered, or sit where
  // the table's labels start (`予公    法规禁止公开`); headers do neither.
  const aligned = (x: number): boolean => labelStarts.has(x, last) || labelStarts.has(x - 1, last) || labelStarts.has(x + 1, last);
  let allAligned = true;
  // Segment by segment, on the tokens (no list of segments is built).
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !startsSegment(tokens, i)) continue;
    if (tokensStartLabel(tokens, from, i)) return false;
    if (from > 0 && allAligned && !aligned(tokens[from]!.start)) allAligned = false;
    from = i;
  }
  return !allAligned;
}

/** A label fragment: a short text line that is not a heading (`prose`: isProse of a line, by its index). */
const isFragment = (lines: readonly LayoutLine[], i: number, prose: (i: number) => boolean): boolean => lines[i]!.kind === 'text' && !prose(i) && !isHeading(lines, i);

/**
 * A row cut by a page break goes on at the top of the next page: when everything between the
 * table part before and this part's first value line is page furniture or label text (left
 * of the values), the page's first such line starts this part. Otherwise `first`.
 */
function pageTopFragments(lines: readonly LayoutLine[], floor: number, first: number, left: number, prose: (i: number) => boolean): number {
  let from = first;
  // Down to the part before, which must end on an earlier page.
  for (let i = first - 1; i >= floor - 1; i--) {
    const line = lines[i]!;
    const earlier = line.page < lines[first]!.page;
    if (i < floor) return earlier ? from : first;
    if (line.kind === 'blank' || line.kind === 'page-number') continue;
    if (earlier || !isFragment(lines, i, prose) || line.tokens[line.tokens.length - 1]!.end > left) return first;
    from = i;
  }
  return first;
}

const MAX_GAP = 12;
const MAX_BAND = 14;

/** Finds the table parts: runs of value lines on one page not parted by a header or prose. */
export function tableParts(lines: readonly LayoutLine[]): TablePart[] {
  const runs: number[][] = [];
  /** where each run's labels start */
  const runStarts: LabelStarts[] = [];
  let run: number[] | null = null;
  let left = Infinity;
  let broken = false;
  let labelStarts = new LabelStarts();
  // A line is read as prose up to three times (in its run, above a part, as a fragment): once is enough.
  const proseAt: (boolean | undefined)[] = [];
  const prose = (i: number): boolean => (proseAt[i] ??= isProse(lines[i]!));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'value') {
      const previous = run ? lines[run[run.length - 1]!]! : null;
      if (run && previous && previous.page === line.page && !broken && line.line - previous.line <= MAX_GAP) run.push(i);
      else {
        run = [i];
        runs.push(run);
        left = Infinity;
        labelStarts = new LabelStarts();
        runStarts.push(labelStarts);
      }
      labelStarts.add(line.label, i);
      if ((line.values.length >= 2 || line.label.length > 0) && !pushedFirst(line)) left = Math.min(left, line.values[0]!.start);
      broken = false;
    } else if (run && !broken) {
      // (Once broken, the lines up to the next value line change nothing: it starts a new run.)
      if (line.kind === 'page-number' || (line.kind === 'text' && (prose(i) || isHeading(lines, i) || isHeaderLine(line, left, labelStarts, Infinity)))) broken = true;
      else if (line.kind === 'text') labelStarts.add(line.tokens, i);
    }
  }

  const parts: TablePart[] = [];
  let floor = 0; // the first line a part may take
  for (let r = 0; r < runs.length; r++) {
    const values = runs[r]!;
    const first = values[0]!;
    const last = values[values.length - 1]!;
    const page = lines[first]!.page;
    const width = values.reduce((max, i) => Math.max(max, lines[i]!.values.length), 0);
    const complete = values.filter((i) => lines[i]!.values.length === width);
    // Where values start, from rows whose first value sits where it belongs (not pushed).
    const placed = complete.filter((i) => !pushedFirst(lines[i]!));
    const left = (placed.length > 0 ? placed : complete).reduce((min, i) => Math.min(min, lines[i]!.values[0]!.start), Infinity);

    // Where the part's labels start: its run's starts up to its last value line (the run went on
    // reading the lines after it until something broke it).
    const starts = runStarts[r]!;

    // Upwards: the header band (lines with words over the value columns) and label fragments.
    let top = first;
    let headerTop = -1;
    let headerBottom = -1;
    let blanks = 0;
    for (let i = first - 1; i >= floor && first - i <= MAX_BAND + 6; i--) {
      const line = lines[i]!;
      if (line.page !== page || line.kind === 'page-number' || line.kind === 'value') break;
      if (line.kind === 'blank') {
        if (++blanks > 4) break;
        continue;
      }
      blanks = 0;
      if (prose(i) || isHeading(lines, i)) break;
      if (isHeaderLine(line, left, starts, last)) {
        headerTop = i;
        if (headerBottom < 0) headerBottom = i;
      } else if (headerBottom < 0 && first - i > 3) break; // fragments sit right above their row
      top = i;
    }
    const band: number[] = [];
    let from = first;
    if (headerTop >= 0) {
      for (let i = headerTop; i <= headerBottom; i++) band.push(i);
      from = headerBottom + 1;
    } else {
      // No header: only fragments touching the first value line (no blank between).
      from = first;
      for (let i = first - 1; i >= top && isFragment(lines, i, prose); i--) from = i;
      if (parts.length > 0) from = Math.min(from, pageTopFragments(lines, floor, first, left, prose));
    }

    // Downwards: continuation fragments right below the last value line.
    let to = last;
    const nextStart = r + 1 < runs.length ? runs[r + 1]![0]! : lines.length;
    for (let i = last + 1; i < nextStart && i - last <= 3; i++) {
      const line = lines[i]!;
      // One blank line may part a label's lines (LibreOffice); two end the table.
      if (line.kind === 'blank' && lines[i - 1]!.kind !== 'blank' && lines[i + 1]?.kind === 'text') continue;
      // A label fragment stays in the label columns; a line reaching the values is a title.
      if (line.page !== page || line.kind !== 'text' || prose(i) || isHeaderLine(line, left, starts, last) || line.tokens[line.tokens.length - 1]!.end > left) break;
      const text = line.tokens.map((t) => t.text).join('');
      // A numbered line starts a label: it ends the part, unless the last value line has no
      // label and this line sits right under it (Word prints some rows' values above the label).
      const labelBelow = i === last + 1 && lines[last]!.label.length === 0 && text.length <= 30;
      if ((/^[一二三四五六七八九十(（\d]/.test(text) && !labelBelow) || (text.length > 20 && !labelBelow)) break;
      to = i;
    }
    const partLines: number[] = [];
    for (let i = from; i <= to; i++) partLines.push(i);
    const fromHeader = band.length === 0 ? null : headerColumns(band.map((i) => lines[i]!), () => values.map((i) => lines[i]!), left, width);
    parts.push({ page, lines: partLines, band, width: fromHeader?.centers.length ?? width, left, fromHeader });
    floor = to + 1;
  }
  return parts;
}

/** Whether a value line's tokens are all plain digits (a number that may have wrapped). */
export const allDigits = (line: LayoutLine): boolean => line.values.every((t) => /^\d+$/.test(t.text) && isNumberToken(t.text));
