import { sortByKey } from './layout-columns.js';
import type { LayoutLine, Token } from './layout-lines.js';

/**
 * Row labels of one table part in `pdftotext -layout` text.
 *
 * A label wraps over two or three lines, and its value line can be any of them or none
 * (the numbers sit on a line of their own between the label's lines). Group labels
 * (`（三）不予公开`, a vertical `三 、本 年 度办 理 结果`) float in a column of their own, on lines
 * of their own or beside an item label. The label area is cut into label columns at the
 * positions where numbered labels start (`一、`, `（一）`, `1.`); per column, fragments are
 * chained (a fragment that does not start with a number continues the one just above it)
 * and a chain without a value line of its own goes to the one value line it touches.
 * Whatever is not certain stays a label row of its own: a label never moves to a row on a guess.
 */

const ENUMERATOR = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))/;
/** Whether the character is one of 一二三四五六七八九十 (a switch: cheaper than a set lookup per word). */
export function isChineseDigit(code: number): boolean {
  switch (code) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
    default:
      return false;
  }
}
/** Whether a row number may start with this character: `(`, `（`, a digit or a Chinese one. */
const mayStartNumber = (code: number): boolean => (code >= 48 && code <= 57) || code === 40 || code === 0xff08 || isChineseDigit(code);

/** Whether a label fragment starts a new label: it begins with a row number. */
export function startsLabel(text: string): boolean {
  const squeezed = text.includes(' ') ? text.replace(/\s+/g, '') : text;
  return mayStartNumber(squeezed.charCodeAt(0)) && ENUMERATOR.test(squeezed);
}

/**
 * A label fragment on one line: a run of its label tokens (`from` to `to`, exclusive), set
 * apart by two spaces or by a row number that starts a label.
 */
interface Piece {
  line: number;
  /** its label column: 0 until the columns are known */
  col: number;
  text: string;
  start: number;
  end: number;
  /** it starts with a row number (startsLabel) */
  numbered: boolean;
  from: number;
  to: number;
  /** the chain it went to when the chains were built (null before) */
  chain: Chain | null;
}

interface Chain {
  col: number;
  pieces: Piece[];
  /** the value line (index into the part's lines) the chain belongs to, once known */
  owner: number | null;
  /** a fragment that could continue the label above or start the one below: never attached */
  ambiguous: boolean;
}

/** One label cell: its label column and text. */
export interface LabelCell {
  col: number;
  text: string;
  line: number;
}

export interface PartLabels {
  /** how many label columns the part has */
  columns: number;
  /** label cells of each value line, by index into the part's lines (undefined: none) */
  rows: (LabelCell[] | undefined)[];
  /** label cells that belong to no value line, by the index of their first line */
  standalone: (LabelCell[] | undefined)[];
}

/** The texts of tokens `from` to `to` (exclusive) joined by `separator` (most fragments are one token). */
function joined(tokens: readonly Token[], from: number, to: number, separator: string): string {
  let text = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) text += separator + tokens[k]!.text;
  return text;
}

/** Whether tokens `from` to `to` (exclusive) start a label: startsLabel of their text (tokens hold no spaces), without joining them first. */
export function tokensStartLabel(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!.text;
  // (A row number starts with one of a few characters: most runs need no regex.)
  return mayStartNumber(first.charCodeAt(0)) && ENUMERATOR.test(to - from === 1 ? first : joined(tokens, from, to, ''));
}

/**
 * The piece of tokens `from` to `to` on `line` (`lineText`: that line's text). Its text is its
 * words one space apart: the line's own text between them when that is what separates them.
 */
function piece(lineText: string, tokens: readonly Token[], from: number, to: number, line: number): Piece {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  let text: string;
  if (to - from === 1) text = tokens[from]!.text;
  else {
    // (A piece's words are one character apart: fragments cut at wider gaps.)
    let spaced = true;
    for (let k = from + 1; k < to && spaced; k++) spaced = lineText.charCodeAt(tokens[k]!.start - 1) === 32;
    text = spaced ? lineText.slice(start, end) : joined(tokens, from, to, ' ');
  }
  return { line, col: 0, text, start, end, numbered: tokensStartLabel(tokens, from, to), from, to, chain: null };
}


/** Whether a row number starts at token `i`; it is at most a few tokens long (`（ 三 ）`, `1.`). */
function startsNumber(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (!mayStartNumber(text.charCodeAt(0))) return false;
  return ENUMERATOR.test(text + (tokens[i + 1]?.text ?? '') + (tokens[i + 2]?.text ?? '') + (tokens[i + 3]?.text ?? ''));
}

/** A line's label tokens as pieces: two spaces, or a number starting a label, part them. */
function fragments(lineText: string, tokens: readonly Token[], line: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.start - tokens[i - 1]!.end < 2 && !startsNumber(tokens, i)) continue;
    pieces.push(piece(lineText, tokens, from, i, line));
    from = i;
  }
  return pieces;
}

/** A line's pieces cut again where a word starts exactly at a label column (`（三）不 益`). */
function splitAligned(pieces: Piece[], lineText: string, tokens: readonly Token[], alignedAt: (start: number) => boolean): Piece[] {
  let out: Piece[] | null = null;
  for (let n = 0; n < pieces.length; n++) {
    const whole = pieces[n]!;
    let cut = whole.from;
    for (let k = whole.from + 1; k < whole.to; k++) {
      if (!alignedAt(tokens[k]!.start)) continue;
      // (The line's list is copied once, at its first cut.)
      out ??= pieces.slice(0, n);
      out.push(piece(lineText, tokens, cut, k, whole.line));
      cut = k;
    }
    if (out) out.push(cut === whole.from ? whole : piece(lineText, tokens, cut, whole.to, whole.line));
  }
  return out ?? pieces;
}

/** Label column starts: clusters of the positions where numbered labels start. */
function columnStarts(piecesOf: readonly Piece[][]): [number, number][] {
  const starts: number[] = [];
  // The leftmost label word: a line's first piece starts at its first word.
  let min = Infinity;
  for (const pieces of piecesOf) {
    if (pieces.length > 0) min = Math.min(min, pieces[0]!.start);
    for (const p of pieces) if (p.numbered) starts.push(p.start);
  }
  if (starts.length === 0) return Number.isFinite(min) ? [[min, min]] : [];
  sortByKey(starts, (x) => x);
  const clusters: [number, number][] = [];
  for (const s of starts) {
    const last = clusters[clusters.length - 1];
    if (last && s <= last[1] + 1) last[1] = s;
    else clusters.push([s, s]);
  }
  // Text left of every numbered label (a group label cut by a page break: `办理结果`) has a
  // column of its own.
  if (min < clusters[0]![0] - 2) clusters.unshift([min, min]);
  return clusters;
}

const before = (a: Piece, b: Piece): number => a.line - b.line || a.start - b.start;

/** Pieces in reading order: by line, then left to right (the list itself when it is in order). */
function inOrder(pieces: Piece[]): Piece[] {
  for (let k = 1; k < pieces.length; k++) if (before(pieces[k - 1]!, pieces[k]!) > 0) return [...pieces].sort(before);
  return pieces;
}

/** Adds `value` to the list at `index`, making the list when it is the first. */
function addAt<V>(lists: (V[] | undefined)[], index: number, value: V): void {
  const list = lists[index];
  if (list) list.push(value);
  else lists[index] = [value];
}

/** The chain's first piece on its topmost line. */
function top(chain: Chain): Piece {
  let found = chain.pieces[0]!;
  for (const piece of chain.pieces) if (piece.line < found.line) found = piece;
  return found;
}

/** The chain's first piece on its lowest line. */
function bottom(chain: Chain): Piece {
  let found = chain.pieces[0]!;
  for (const piece of chain.pieces) if (piece.line > found.line) found = piece;
  return found;
}

/** Whether a piece right of column `start` starts with a row number (a loop, not a closure: it runs per piece). */
function numberedRightOf(pieces: readonly Piece[], start: number): boolean {
  for (const p of pieces) if (p.numbered && p.start > start) return true;
  return false;
}

const overlap = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end;

/** Whether any of the pieces (none: undefined) overlaps `piece` across. */
function overlapsAny(pieces: readonly Piece[] | undefined, piece: Piece): boolean {
  if (pieces) for (const p of pieces) if (overlap(p, piece)) return true;
  return false;
}

/**
 * The label cells of a table part. `lines` are the part's lines in order (value lines,
 * label-only text lines and blanks); `labelTokens` gives a line's label tokens.
 */
export function partLabels(lines: readonly LayoutLine[], labelTokens: (line: LayoutLine) => Token[]): PartLabels {
  const tokensOf: Token[][] = [];
  const piecesOf: Piece[][] = [];
  // Whether a fragment on each line (before any cut at a label column) starts with a row number.
  const numberedOn: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tokens = labelTokens(lines[i]!);
    const pieces = fragments(lines[i]!.text, tokens, i);
    tokensOf.push(tokens);
    piecesOf.push(pieces);
    let numbered = false;
    for (const p of pieces) if (p.numbered) numbered = true;
    numberedOn.push(numbered);
  }
  const clusters = columnStarts(piecesOf);
  const columnOf = (start: number): number => {
    let col = 0;
    for (let c = 0; c < clusters.length; c++) if (start >= clusters[c]![0] - 1) col = c;
    return col;
  };
  const alignedAt = (start: number): boolean => {
    for (let c = 1; c < clusters.length; c++) if (start >= clusters[c]![0] - 1 && start <= clusters[c]![1] + 1) return true;
    return false;
  };
  if (!lines.some((line) => line.kind === 'text')) return ownLineLabels(lines, piecesOf, (i) => (clusters.length > 1 ? splitAligned(piecesOf[i]!, lines[i]!.text, tokensOf[i]!, alignedAt) : piecesOf[i]!), columnOf, clusters.length);

  // A blank line between two lines ends any chain across it.
  const blankBefore: number[] = [];
  const valuesBefore: number[] = [];
  let blanks = 0;
  let values = 0;
  for (let i = 0; i < lines.length; i++) {
    blankBefore.push(blanks);
    valuesBefore.push(values);
    if (lines[i]!.kind === 'blank') blanks++;
    if (lines[i]!.kind === 'value') values++;
  }
  const adjacent = (a: number, b: number): boolean => b - a <= 2 && blankBefore[b] === blankBefore[a + 1];
  const isValue = (i: number): boolean => lines[i]?.kind === 'value';
  const hasOwnLabel = (i: number): boolean => piecesOf[i]!.length > 0;

  const chains: Chain[] = [];
  const newChain = (piece: Piece, owner: number | null, ambiguous: boolean): Chain => {
    const chain: Chain = { col: piece.col, pieces: [piece], owner, ambiguous };
    chains.push(chain);
    return chain;
  };
  // The chains a fragment can continue: those whose last piece lies just above it and
  // overlaps it across (a wrapped label's lines sit under one another, aligned or centred).
  // The first `recentCount` entries hold them, each as the piece the chain last took (the
  // list is reused, not shortened).
  const recent: Piece[] = [];
  let recentCount = 0;
  const touchingChain = (piece: Piece): Chain | null => {
    // The nearest line above wins; on one line, the fragment's own label column.
    let nearest = -1;
    let count = 0;
    let first: Chain | null = null;
    let ownColumn: Chain | null = null;
    for (let n = 0; n < recentCount; n++) {
      const above = recent[n]!;
      const chain = above.chain!;
      // LibreOffice may set a blank line between the lines of a label: a label still looking
      // for its value line goes on across one blank line.
      const reach =
        adjacent(above.line, piece.line) ||
        (chain.owner === null && !chain.ambiguous && piece.line - above.line === 2 && lines[piece.line - 1]!.kind === 'blank' && valuesBefore[piece.line] === valuesBefore[chain.pieces[0]!.line]);
      if (!reach || !overlap(above, piece) || above.line < nearest) continue;
      if (above.line > nearest) {
        nearest = above.line;
        count = 0;
        first = chain;
        ownColumn = null;
      }
      count++;
      if (ownColumn === null && chain.col === piece.col) ownColumn = chain;
    }
    return count === 1 ? first : ownColumn;
  };
  /** Whether a fragment on lines `from` to `to` (exclusive) starts with a row number. */
  const numberedBetween = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (numberedOn[j]) return true;
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    // With one label column every piece is in column 0 and none is cut.
    const pieces = clusters.length > 1 ? splitAligned(piecesOf[i]!, line.text, tokensOf[i]!, alignedAt) : piecesOf[i]!;
    // (From here on a line's pieces are its cut ones: a cut never empties a line.)
    piecesOf[i] = pieces;
    if (clusters.length > 1) for (const p of pieces) p.col = columnOf(p.start);
    for (const piece of pieces) {
      const touching = piece.numbered ? null : touchingChain(piece);
      let chain: Chain;
      if (line.kind === 'value') {
        // A value line's own fragment continues a free chain just above (`（二）部分公开（…，` over it).
        if (touching && touching.owner === null && !touching.ambiguous) {
          chain = touching;
          chain.owner = i;
        } else chain = newChain(piece, i, false);
      } else if (touching) {
        // It continues the label above, unless a value line with no label at all sits just
        // below: then it may as well start that line's label.
        let below = -1;
        for (let j = i + 1; j <= i + 2 && below < 0; j++) if (j < lines.length && isValue(j) && adjacent(i, j)) below = j;
        // (A numbered fragment on the way down starts that line's label instead.)
        const competing = touching.owner !== null && below >= 0 && !hasOwnLabel(below) && !numberedRightOf(pieces, piece.start) && !numberedBetween(i + 1, below);
        chain = competing ? newChain(piece, null, true) : touching;
      } else chain = newChain(piece, null, false);
      if (chain === touching) chain.pieces.push(piece); // (a new chain starts with it)
      piece.chain = chain;
    }
    // Keep only what a later line can still touch (in place, in order).
    let kept = 0;
    for (let n = 0; n < recentCount; n++) {
      const entry = recent[n]!;
      // (A chain that took a piece of this line has it last: the entry for that piece replaces it.)
      const chain = entry.chain!;
      if (i - entry.line < 3 && chain.pieces[chain.pieces.length - 1]!.line !== i) recent[kept++] = entry;
    }
    for (const p of pieces) recent[kept++] = p;
    recentCount = kept;
  }

  // Every chain has its value line (or is ambiguous): nothing is left to place.
  const isFree = (c: Chain): boolean => c.owner === null && !c.ambiguous && c.pieces.length > 0;
  if (!chains.some(isFree)) return cellsOf(chains, lines, clusters.length);

  // Free chains go to the one value line they touch that has no label in their column. A
  // numbered label starts at or above its value line; only when that leaves it nowhere, it
  // may go to a value line right above it that has no label at all (Word sets some rows'
  // values above their label).
  /** the label columns each value line has a chain in (by line index; none: no label) */
  const ownedColumns: (number[] | undefined)[] = [];
  const own = (i: number, col: number): void => {
    const columns = ownedColumns[i];
    if (!columns) ownedColumns[i] = [col];
    else if (!columns.includes(col)) columns.push(col);
  };
  for (const c of chains) if (c.owner !== null) own(c.owner, c.col);
  const taken = (i: number, col: number): boolean => ownedColumns[i]?.includes(col) ?? false;
  const unlabelled = (i: number): boolean => ownedColumns[i] === undefined;
  /** the numbered pieces on each value line that belong to its own label */
  const ownNumbered: (Piece[] | undefined)[] = [];
  for (const chain of chains) {
    if (chain.owner === null) continue;
    for (const piece of chain.pieces) if (piece.numbered && piece.line === chain.owner) addAt(ownNumbered, chain.owner, piece);
  }
  const columns = Math.max(1, clusters.length);
  // How many chains of one column want each value line (keyed by line and column), and each
  // free chain's one value line (-1: none, or more than one): lists reused by both rounds.
  const wanted = new Array<number>(lines.length * columns);
  const free: Chain[] = [];
  const only: number[] = [];
  for (let round = 0; round < 2; round++) {
    const relaxed = round === 1;
    wanted.fill(0);
    free.length = 0;
    only.length = 0;
    for (const chain of chains) {
      if (chain.owner !== null || chain.ambiguous) continue;
      const first = chain.pieces[0]!;
      const last = chain.pieces[chain.pieces.length - 1]!;
      const lastLine = last.line;
      let count = 0;
      let target = -1;
      const from = first.numbered && !relaxed ? first.line : first.line - 1;
      for (let j = Math.max(0, from); j <= Math.min(lines.length - 1, lastLine + 1); j++) {
        if (!isValue(j) || taken(j, chain.col)) continue;
        if (relaxed && first.numbered && j < first.line && !unlabelled(j)) continue;
        // A label starts with its number: an unnumbered fragment above a value line whose own
        // numbered label lies under it is the end of the label before, not the start of this one.
        if (!first.numbered && j > lastLine && overlapsAny(ownNumbered[j], last)) continue;
        // Nothing but a blank line may lie between the chain and the value line.
        const a = j < first.line ? j : j > lastLine ? lastLine : j;
        const b = j < first.line ? first.line : j;
        if (a === b || blankBefore[b] === blankBefore[a + 1]) {
          wanted[j * columns + chain.col]!++;
          count++;
          target = j;
        }
      }
      free.push(chain);
      only.push(count === 1 ? target : -1);
    }
    for (let k = 0; k < free.length; k++) {
      const chain = free[k]!;
      const target = only[k]!;
      if (target >= 0 && wanted[target * columns + chain.col] === 1) {
        chain.owner = target;
        own(target, chain.col);
      }
    }
  }

  if (!chains.some(isFree)) return cellsOf(chains, lines, clusters.length);

  // LibreOffice may set a blank line between the lines of one label. A fragment left on its
  // own then joins the label it sits right under or over, across one blank line: a numbered
  // head the label below it (whose value line holds the rest), an unnumbered tail the label
  // above it; only when the two overlap across and nothing lies between them.
  const nearby = (a: number, b: number): boolean => b > a && b - a <= 2 && blankBefore[b]! - blankBefore[a + 1]! <= 1;
  // Owned chains by their first and last line (and pieces by line, piecesOf): lookups stay local.
  const ownedByTop: (Chain[] | undefined)[] = [];
  const ownedByBottom: (Chain[] | undefined)[] = [];
  for (const chain of chains) {
    if (chain.owner !== null && chain.pieces.length > 0) {
      addAt(ownedByTop, top(chain).line, chain);
      addAt(ownedByBottom, bottom(chain).line, chain);
    }
  }
  const between = (upper: Piece, lower: Piece): boolean => {
    for (let line = upper.line + 1; line < lower.line; line++) for (const p of piecesOf[line]!) if (overlap(p, upper) || overlap(p, lower)) return true;
    return false;
  };
  for (const chain of chains) {
    if (chain.owner !== null || chain.ambiguous || chain.pieces.length === 0) continue;
    const head = top(chain);
    const tail = bottom(chain);
    const targets: Chain[] = [];
    if (head.numbered) {
      for (let line = tail.line + 1; line <= tail.line + 2; line++) {
        for (const c of ownedByTop[line] ?? []) if (c.pieces.length > 0 && !top(c).numbered && nearby(tail.line, line) && overlap(tail, top(c)) && !between(tail, top(c))) targets.push(c);
      }
    } else {
      for (let line = head.line - 1; line >= head.line - 2 && line >= 0; line--) {
        for (const c of ownedByBottom[line] ?? []) if (c.pieces.length > 0 && nearby(line, head.line) && overlap(bottom(c), head) && !between(bottom(c), head)) targets.push(c);
      }
    }
    if (targets.length !== 1) continue;
    for (const piece of chain.pieces) targets[0]!.pieces.push(piece);
    chain.pieces = [];
  }

  return cellsOf(chains, lines, clusters.length);
}

/**
 * The label cells of a part with no text line (value lines and blanks): what the chains give
 * it, without them. A value line's fragment joins a chain only when the chain has no value
 * line yet, and only a text line starts such a chain, so here every fragment is a cell of its
 * own line's label (several on one line in the order of their columns).
 */
function ownLineLabels(lines: readonly LayoutLine[], piecesOf: readonly Piece[][], cut: (i: number) => Piece[], columnOf: (start: number) => number, columns: number): PartLabels {
  const rows = new Array<LabelCell[] | undefined>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (piecesOf[i]!.length === 0) continue;
    const cells: LabelCell[] = [];
    for (const p of cut(i)) cells.push({ col: columnOf(p.start), text: p.text, line: lines[i]!.line });
    if (cells.length > 1) sortByKey(cells, columnKey);
    rows[i] = cells;
  }
  return { columns, rows, standalone: [] };
}

/** The label cells of the chains: by their value line, or by their first line when they have none. */
function cellsOf(chains: readonly Chain[], lines: readonly LayoutLine[], columns: number): PartLabels {
  const rows = new Array<LabelCell[] | undefined>(lines.length);
  const standalone = new Array<LabelCell[] | undefined>(lines.length);
  for (const chain of chains) {
    if (chain.pieces.length === 0) continue;
    const key = chain.owner ?? chain.pieces[0]!.line;
    const pieces = inOrder(chain.pieces);
    let text = pieces[0]!.text;
    for (let k = 1; k < pieces.length; k++) text += ` ${pieces[k]!.text}`;
    const cell: LabelCell = { col: chain.col, text, line: lines[pieces[0]!.line]!.line };
    const byLine = chain.owner !== null ? rows : standalone;
    const list = byLine[key];
    if (list) list.push(cell);
    else byLine[key] = [cell];
  }
  for (const list of rows) if (list && list.length > 1) sortByKey(list, columnKey);
  for (const list of standalone) if (list && list.length > 1) sortByKey(list, columnKey);
  return { columns, rows, standalone };
}

const columnKey = (cell: LabelCell): number => cell.col;
