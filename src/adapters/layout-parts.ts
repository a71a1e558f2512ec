import { type ValueColumns, headerColumns, pushedFirst } from './layout-columns.js';
import { isChineseDigit, tokensStartLabel } from './layout-labels.js';
import { isWhitespace } from '../normalize/whitespace.js';
import { type LayoutLine, type Token, isNumberToken } from './layout-lines.js';

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

/** Prose: a sentence, or a line too long to be a label (over 40 characters besides spaces). */
export function isProse(line: LayoutLine): boolean {
  if (/[。；;]/.test(line.text)) return true;
  // Counted on the text (its tokens are split only when a reader needs them); a line whose
  // text spans 40 columns or less holds no more.
  if (line.end - line.start <= 40) return false;
  const { text } = line;
  let length = 0;
  for (let at = line.start; at < line.end && length <= 40; at++) if (!isWhitespace(text.charCodeAt(at))) length++;
  return length > 40;
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

/** Adds where each segment of the tokens starts. */
function addSegmentStarts(tokens: readonly Token[], starts: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) if (startsSegment(tokens, i)) starts.add(tokens[i]!.start);
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
function isHeaderLine(line: LayoutLine, left: number, labelStarts?: ReadonlySet<number>): boolean {
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
  const aligned = (x: number): boolean => labelStarts !== undefined && (labelStarts.has(x) || labelStarts.has(x - 1) || labelStarts.has(x + 1));
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

/** A label fragment: a short text line that is not a heading. */
const isFragment = (lines: readonly LayoutLine[], i: number): boolean => lines[i]!.kind === 'text' && !isProse(lines[i]!) && !isHeading(lines, i);

/**
 * A row cut by a page break goes on at the top of the next page: when everything between the
 * table part before and this part's first value line is page furniture or label text (left
 * of the values), the page's first such line starts this part. Otherwise `first`.
 */
function pageTopFragments(lines: readonly LayoutLine[], floor: number, first: number, left: number): number {
  let from = first;
  // Down to the part before, which must end on an earlier page.
  for (let i = first - 1; i >= floor - 1; i--) {
    const line = lines[i]!;
    const earlier = line.page < lines[first]!.page;
    if (i < floor) return earlier ? from : first;
    if (line.kind === 'blank' || line.kind === 'page-number') continue;
    if (earlier || !isFragment(lines, i) || line.tokens[line.tokens.length - 1]!.end > left) return first;
    from = i;
  }
  return first;
}

const MAX_GAP = 12;
const MAX_BAND = 14;

/** Finds the table parts: runs of value lines on one page not parted by a header or prose. */
export function tableParts(lines: readonly LayoutLine[]): TablePart[] {
  const runs: number[][] = [];
  let run: number[] | null = null;
  let left = Infinity;
  let broken = false;
  /** where the labels of the current run start (segments of its label text) */
  const labelStarts = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'value') {
      const previous = run ? lines[run[run.length - 1]!]! : null;
      if (run && previous && previous.page === line.page && !broken && line.line - previous.line <= MAX_GAP) run.push(i);
      else {
        run = [i];
        runs.push(run);
        left = Infinity;
        labelStarts.clear();
      }
      addSegmentStarts(line.label, labelStarts);
      if ((line.values.length >= 2 || line.label.length > 0) && !pushedFirst(line)) left = Math.min(left, line.values[0]!.start);
      broken = false;
    } else if (run && !broken) {
      // (Once broken, the lines up to the next value line change nothing: it starts a new run.)
      if (line.kind === 'page-number' || (line.kind === 'text' && (isProse(line) || isHeading(lines, i) || isHeaderLine(line, left, labelStarts)))) broken = true;
      else if (line.kind === 'text') addSegmentStarts(line.tokens, labelStarts);
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

    // Where the part's labels start (segments of its label text).
    const starts = new Set<number>();
    for (let i = first; i <= last; i++) {
      const line = lines[i]!;
      if (line.kind === 'value') addSegmentStarts(line.label, starts);
      else if (line.kind === 'text') addSegmentStarts(line.tokens, starts);
    }

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
      if (isProse(line) || isHeading(lines, i)) break;
      if (isHeaderLine(line, left, starts)) {
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
      for (let i = first - 1; i >= top && isFragment(lines, i); i--) from = i;
      if (parts.length > 0) from = Math.min(from, pageTopFragments(lines, floor, first, left));
    }

    // Downwards: continuation fragments right below the last value line.
    let to = last;
    const nextStart = r + 1 < runs.length ? runs[r + 1]![0]! : lines.length;
    for (let i = last + 1; i < nextStart && i - last <= 3; i++) {
      const line = lines[i]!;
      // One blank line may part a label's lines (LibreOffice); two end the table.
      if (line.kind === 'blank' && lines[i - 1]!.kind !== 'blank' && lines[i + 1]?.kind === 'text') continue;
      // A label fragment stays in the label columns; a line reaching the values is a title.
      if (line.page !== page || line.kind !== 'text' || isProse(line) || isHeaderLine(line, left, starts) || line.tokens[line.tokens.length - 1]!.end > left) break;
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
