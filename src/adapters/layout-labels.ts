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
/** Whether a label fragment starts a new label: it begins with a row number. */
export const startsLabel = (text: string): boolean => ENUMERATOR.test(text.includes(' ') ? text.replace(/\s+/g, '') : text);

interface Piece {
  line: number;
  col: number;
  text: string;
  start: number;
  end: number;
  numbered: boolean;
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
  /** label cells of each value line, by index into the part's lines */
  rows: Map<number, LabelCell[]>;
  /** label cells that belong to no value line, by the index of their first line */
  standalone: Map<number, LabelCell[]>;
}

const NUMBER_START = /^[(（一二三四五六七八九十\d]/;

/** Whether a row number starts at token `i`; it is at most a few tokens long (`（ 三 ）`, `1.`). */
function startsNumber(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (!NUMBER_START.test(text)) return false;
  return ENUMERATOR.test(text + (tokens[i + 1]?.text ?? '') + (tokens[i + 2]?.text ?? '') + (tokens[i + 3]?.text ?? ''));
}

/** Groups a line's label tokens into fragments: two spaces, or a number starting a label, part them. */
function fragments(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const last = groups[groups.length - 1];
    const previous = tokens[i - 1];
    if (!last || !previous || token.start - previous.end >= 2 || startsNumber(tokens, i)) groups.push([token]);
    else last.push(token);
  }
  return groups;
}

/** Fragments cut again where a word starts exactly at a label column (`（三）不 益`). */
function splitAligned(groups: readonly Token[][], alignedAt: (start: number) => boolean): Token[][] {
  const out: Token[][] = [];
  for (const group of groups) {
    let current: Token[] = [];
    for (const token of group) {
      if (current.length > 0 && alignedAt(token.start)) {
        out.push(current);
        current = [];
      }
      current.push(token);
    }
    out.push(current);
  }
  return out;
}

/** Label column starts: clusters of the positions where numbered labels start. */
function columnStarts(lines: readonly LayoutLine[], groupsOf: readonly Token[][][], labelTokens: (line: LayoutLine) => Token[]): [number, number][] {
  const starts: number[] = [];
  for (const groups of groupsOf) {
    for (const group of groups) {
      if (startsLabel(group.map((t) => t.text).join(''))) starts.push(group[0]!.start);
    }
  }
  if (starts.length === 0) {
    let min = Infinity;
    for (const line of lines) for (const t of labelTokens(line)) min = Math.min(min, t.start);
    return Number.isFinite(min) ? [[min, min]] : [];
  }
  starts.sort((a, b) => a - b);
  const clusters: [number, number][] = [];
  for (const s of starts) {
    const last = clusters[clusters.length - 1];
    if (last && s <= last[1] + 1) last[1] = s;
    else clusters.push([s, s]);
  }
  // Text left of every numbered label (a group label cut by a page break: `办理结果`) has a
  // column of its own.
  let min = Infinity;
  for (const line of lines) for (const t of labelTokens(line)) min = Math.min(min, t.start);
  if (min < clusters[0]![0] - 2) clusters.unshift([min, min]);
  return clusters;
}

/**
 * The label cells of a table part. `lines` are the part's lines in order (value lines,
 * label-only text lines and blanks); `labelTokens` gives a line's label tokens.
 */
export function partLabels(lines: readonly LayoutLine[], labelTokens: (line: LayoutLine) => Token[]): PartLabels {
  const groupsOf = lines.map((line) => fragments(labelTokens(line)));
  const clusters = columnStarts(lines, groupsOf, labelTokens);
  const columnOf = (start: number): number => {
    let col = 0;
    for (let c = 0; c < clusters.length; c++) if (start >= clusters[c]![0] - 1) col = c;
    return col;
  };
  const alignedAt = (start: number): boolean => clusters.some(([min, max], c) => c > 0 && start >= min - 1 && start <= max + 1);

  // A blank line between two lines ends any chain across it.
  const blankBefore: number[] = [];
  const valuesBefore: number[] = [];
  let blanks = 0;
  let values = 0;
  lines.forEach((line, i) => {
    blankBefore[i] = blanks;
    valuesBefore[i] = values;
    if (line.kind === 'blank') blanks++;
    if (line.kind === 'value') values++;
  });
  const adjacent = (a: number, b: number): boolean => b - a <= 2 && blankBefore[b] === blankBefore[a + 1];
  const isValue = (i: number): boolean => lines[i]?.kind === 'value';
  const hasOwnLabel = (i: number): boolean => labelTokens(lines[i]!).length > 0;

  const chains: Chain[] = [];
  // The chains a fragment can continue: those whose last piece lies just above it and
  // overlaps it across (a wrapped label's lines sit under one another, aligned or centred).
  const recent: { chain: Chain; piece: Piece }[] = [];
  const touchingChain = (piece: Piece): Chain | null => {
    // LibreOffice may set a blank line between the lines of a label: a label still looking
    // for its value line goes on across one blank line.
    const reach = (r: { chain: Chain; piece: Piece }): boolean =>
      adjacent(r.piece.line, piece.line) ||
      (r.chain.owner === null && !r.chain.ambiguous && piece.line - r.piece.line === 2 && lines[piece.line - 1]!.kind === 'blank' && valuesBefore[piece.line] === valuesBefore[r.chain.pieces[0]!.line]);
    const found = recent.filter((r) => reach(r) && r.piece.start < piece.end && piece.start < r.piece.end);
    if (found.length === 0) return null;
    // The nearest line above wins; on one line, the fragment's own label column.
    const nearest = found.reduce((max, r) => Math.max(max, r.piece.line), -1);
    const closest = found.filter((r) => r.piece.line === nearest);
    if (closest.length === 1) return closest[0]!.chain;
    return closest.find((r) => r.chain.col === piece.col)?.chain ?? null;
  };
  lines.forEach((line, i) => {
    if (line.kind === 'blank') return;
    const pieces = (clusters.length > 1 ? splitAligned(groupsOf[i]!, alignedAt) : groupsOf[i]!).map((group): Piece => {
      const text = group.map((t) => t.text).join(' ');
      return { line: i, col: columnOf(group[0]!.start), text, start: group[0]!.start, end: group[group.length - 1]!.end, numbered: startsLabel(text) };
    });
    const placed: { chain: Chain; piece: Piece }[] = [];
    for (const piece of pieces) {
      const touching = piece.numbered ? null : touchingChain(piece);
      let chain: Chain;
      if (line.kind === 'value') {
        // A value line's own fragment continues a free chain just above (`（二）部分公开（…，` over it).
        if (touching && touching.owner === null && !touching.ambiguous) {
          chain = touching;
          chain.owner = i;
        } else {
          chain = { col: piece.col, pieces: [], owner: i, ambiguous: false };
          chains.push(chain);
        }
      } else if (touching) {
        // It continues the label above, unless a value line with no label at all sits just
        // below: then it may as well start that line's label.
        const below = [i + 1, i + 2].find((j) => j < lines.length && isValue(j) && adjacent(i, j));
        // (A numbered fragment on the way down starts that line's label instead.)
        const numberedBelow = pieces.some((p) => p.numbered && p.start > piece.start) || (below !== undefined && groupsOf.slice(i + 1, below).some((groups) => groups.some((g) => startsLabel(g.map((t) => t.text).join('')))));
        const competing = touching.owner !== null && below !== undefined && !hasOwnLabel(below) && !numberedBelow;
        if (competing) {
          chain = { col: piece.col, pieces: [], owner: null, ambiguous: true };
          chains.push(chain);
        } else chain = touching;
      } else {
        chain = { col: piece.col, pieces: [], owner: null, ambiguous: false };
        chains.push(chain);
      }
      chain.pieces.push(piece);
      placed.push({ chain, piece });
    }
    // Keep only what a later line can still touch.
    for (let k = recent.length - 1; k >= 0; k--) if (i - recent[k]!.piece.line >= 3 || placed.some((p) => p.chain === recent[k]!.chain)) recent.splice(k, 1);
    for (const p of placed) recent.push(p);
  });

  // Free chains go to the one value line they touch that has no label in their column. A
  // numbered label starts at or above its value line; only when that leaves it nowhere, it
  // may go to a value line right above it that has no label at all (Word sets some rows'
  // values above their label).
  const owned = new Map<number, Set<number>>();
  for (const c of chains) if (c.owner !== null) (owned.get(c.owner) ?? owned.set(c.owner, new Set()).get(c.owner)!).add(c.col);
  const taken = (i: number, col: number): boolean => owned.get(i)?.has(col) ?? false;
  const unlabelled = (i: number): boolean => !owned.has(i);
  const ownNumbered = new Map<number, Piece[]>();
  for (const chain of chains) {
    if (chain.owner === null) continue;
    for (const piece of chain.pieces) if (piece.numbered && piece.line === chain.owner) (ownNumbered.get(chain.owner) ?? ownNumbered.set(chain.owner, []).get(chain.owner)!).push(piece);
  }
  for (const relaxed of [false, true]) {
    const candidates = new Map<Chain, number[]>();
    for (const chain of chains) {
      if (chain.owner !== null || chain.ambiguous) continue;
      const first = chain.pieces[0]!;
      const lastLine = chain.pieces[chain.pieces.length - 1]!.line;
      const list: number[] = [];
      const from = first.numbered && !relaxed ? first.line : first.line - 1;
      for (let j = Math.max(0, from); j <= Math.min(lines.length - 1, lastLine + 1); j++) {
        if (!isValue(j) || taken(j, chain.col)) continue;
        if (relaxed && first.numbered && j < first.line && !unlabelled(j)) continue;
        // A label starts with its number: an unnumbered fragment above a value line whose own
        // numbered label lies under it is the end of the label before, not the start of this one.
        const last = chain.pieces[chain.pieces.length - 1]!;
        if (!first.numbered && j > lastLine && (ownNumbered.get(j) ?? []).some((p) => p.start < last.end && last.start < p.end)) continue;
        const [a, b] = j < first.line ? [j, first.line] : j > lastLine ? [lastLine, j] : [j, j];
        if (a === b || blankBefore[b] === blankBefore[a + 1]) list.push(j);
      }
      candidates.set(chain, list);
    }
    // How many chains of one column want each value line.
    const wanted = new Map<string, number>();
    for (const [chain, list] of candidates) for (const j of list) wanted.set(`${j}:${chain.col}`, (wanted.get(`${j}:${chain.col}`) ?? 0) + 1);
    for (const [chain, list] of candidates) {
      if (list.length !== 1) continue;
      const target = list[0]!;
      if (wanted.get(`${target}:${chain.col}`) === 1) {
        chain.owner = target;
        (owned.get(target) ?? owned.set(target, new Set()).get(target)!).add(chain.col);
      }
    }
  }

  // LibreOffice may set a blank line between the lines of one label. A fragment left on its
  // own then joins the label it sits right under or over, across one blank line: a numbered
  // head the label below it (whose value line holds the rest), an unnumbered tail the label
  // above it; only when the two overlap across and nothing lies between them.
  const nearby = (a: number, b: number): boolean => b > a && b - a <= 2 && blankBefore[b]! - blankBefore[a + 1]! <= 1;
  const overlap = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end;
  const top = (c: Chain): Piece => c.pieces.reduce((a, b) => (b.line < a.line ? b : a));
  const bottom = (c: Chain): Piece => c.pieces.reduce((a, b) => (b.line > a.line ? b : a));
  // Pieces by line, and owned chains by their first and last line: lookups stay local.
  const piecesAt = new Map<number, Piece[]>();
  const ownedByTop = new Map<number, Chain[]>();
  const ownedByBottom = new Map<number, Chain[]>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const chain of chains) {
    for (const piece of chain.pieces) add(piecesAt, piece.line, piece);
    if (chain.owner !== null && chain.pieces.length > 0) {
      add(ownedByTop, top(chain).line, chain);
      add(ownedByBottom, bottom(chain).line, chain);
    }
  }
  const between = (upper: Piece, lower: Piece): boolean => {
    for (let line = upper.line + 1; line < lower.line; line++) for (const p of piecesAt.get(line) ?? []) if (overlap(p, upper) || overlap(p, lower)) return true;
    return false;
  };
  for (const chain of chains) {
    if (chain.owner !== null || chain.ambiguous || chain.pieces.length === 0) continue;
    const head = top(chain);
    const tail = bottom(chain);
    const targets: Chain[] = [];
    if (head.numbered) {
      for (const line of [tail.line + 1, tail.line + 2]) {
        for (const c of ownedByTop.get(line) ?? []) if (c.pieces.length > 0 && !top(c).numbered && nearby(tail.line, line) && overlap(tail, top(c)) && !between(tail, top(c))) targets.push(c);
      }
    } else {
      for (const line of [head.line - 1, head.line - 2]) {
        for (const c of ownedByBottom.get(line) ?? []) if (c.pieces.length > 0 && nearby(line, head.line) && overlap(bottom(c), head) && !between(bottom(c), head)) targets.push(c);
      }
    }
    if (targets.length !== 1) continue;
    for (const piece of chain.pieces) targets[0]!.pieces.push(piece);
    chain.pieces = [];
  }

  const rows = new Map<number, LabelCell[]>();
  const standalone = new Map<number, LabelCell[]>();
  for (const chain of chains) {
    if (chain.pieces.length === 0) continue;
    const pieces = [...chain.pieces].sort((a, b) => a.line - b.line || a.start - b.start);
    const cell: LabelCell = { col: chain.col, text: pieces.map((p) => p.text).join(' '), line: lines[pieces[0]!.line]!.line };
    const key = chain.owner ?? chain.pieces[0]!.line;
    const map = chain.owner !== null ? rows : standalone;
    const list = map.get(key) ?? [];
    list.push(cell);
    map.set(key, list);
  }
  for (const map of [rows, standalone]) for (const list of map.values()) list.sort((a, b) => a.col - b.col);
  return { columns: clusters.length, rows, standalone };
}
