/**
 * A custom adapter for reports whose tables are Markdown (GFM) tables:
 *
 *     ## 二、主动公开政府信息情况
 *
 *     | 第二十条第(一)项 | | | |
 *     |---|---|---|---|
 *     | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
 *     | 规章 | 0 | 0 | 0 |
 *
 * Use it with `parseReport(text, { adapters: [markdownAdapter] })`.
 */
import type { Adapter, Block, TableBlock } from 'zfxxgk';

/** ASCII punctuation: what a CommonMark backslash can escape (`\|`, `\*`, `1\.`). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** `## 二、主动公开政府信息情况`: an ATX heading, read as the paragraph after the `#`s. */
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
/** `---`, `***`, `===`: a thematic break or setext underline, which is not content. */
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;

/**
 * Splits a table row on its unescaped pipes, or returns null when the line has none.
 * A leading pipe opens the row and a trailing one closes it: neither adds an empty cell.
 * `\|` stays in the cell as `|` (as do the other backslash escapes).
 */
function splitRow(line: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let closed = false; // the last thing on the line so far is an unescaped pipe
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      const next = line[++i]!;
      cell += ESCAPABLE.test(next) ? next : ch + next;
      closed = false;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
      closed = true;
    } else {
      cell += ch;
      if (ch !== ' ' && ch !== '\t') closed = false;
    }
  }
  if (cells.length === 0) return null;
  if (!closed) cells.push(cell);
  if (line.trimStart().startsWith('|')) cells.shift();
  return cells.map((text) => text.trim());
}

/** The header's separator row: `|---|:---:|` with as many cells as the header. */
function isSeparatorFor(header: readonly string[], next: string | undefined): boolean {
  if (next === undefined || !next.includes('-')) return false;
  const cells = splitRow(next);
  return cells !== null && header.length > 0 && cells.length === header.length && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** A prose line or heading as plain text: `#`s and backslash escapes removed. */
function plain(line: string): string {
  const text = HEADING.test(line) ? line.replace(HEADING, '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '') : line;
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}

export const markdownAdapter: Adapter = {
  name: 'markdown',

  // Pipes alone are not Markdown (the built-in `pipe` adapter reads `a | b |` text):
  // only a header row followed by its separator row is.
  detect(text) {
    const lines = text.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const cells = splitRow(lines[i]!);
      if (cells !== null && isSeparatorFor(cells, lines[i + 1])) return 0.95;
    }
    return 0;
  },

  read(text) {
    const blocks: Block[] = [];
    const lines = text.split('\n');
    let table: TableBlock | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const lineNo = i + 1; // 1-based, so warnings point at the user's line
      // A table runs until a line without a pipe (a blank line, prose) or a heading.
      const cells = HEADING.test(line) ? null : splitRow(line);
      if (table !== null && cells !== null) {
        // Rows keep every cell as written (no padding or cutting to the header's width):
        // the parser aligns a row's values itself, and an empty cell is a blank value.
        table.rows.push(cells.map((cell) => ({ text: cell, line: lineNo })));
        continue;
      }
      table = null;
      if (cells !== null && isSeparatorFor(cells, lines[i + 1])) {
        // The header row is data (it holds the column labels); the separator row is not.
        table = { kind: 'table', rows: [cells.map((cell) => ({ text: cell, line: lineNo }))], line: lineNo };
        blocks.push(table);
        i++;
        continue;
      }
      if (line.trim() === '' || RULE.test(line)) continue;
      const paragraph = plain(line);
      if (paragraph !== '') blocks.push({ kind: 'paragraph', text: paragraph, line: lineNo });
    }
    return blocks;
  },
};
