/**
 * Hostile inputs from issue 9: a line of a million bars, a table of a million rows, HTML
 * nested a thousand levels deep. Sizes are bounded so the suite stays fast; what is checked
 * is the structure that keeps memory bounded (cells per row and per table), not time.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ROW_CELLS, MAX_TABLE_CELLS } from '../../src/adapters/delimited.js';
import { htmlAdapter, pipeAdapter, tsvAdapter } from '../../src/adapters/index.js';
import { MAX_DEPTH, flattenDepth } from '../../src/html/flatten-depth.js';
import type { Block, TableBlock } from '../../src/model.js';
import { parseReport } from '../../src/parse.js';
import { loadFixtures } from '../fixture-helpers.js';
import { parseOutcome } from './helpers.js';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const cellCount = (table: TableBlock): number => table.rows.reduce((n, row) => n + row.length, 0);

describe('delimited text: cells per row and per table are capped', () => {
  it('should read a line of 1,000,000 bars as one row of at most MAX_ROW_CELLS cells, with a note', () => {
    const blocks = pipeAdapter.read(`规章 |${'|'.repeat(1_000_000)}`);
    const [table] = tables(blocks);
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]!.length).toBe(MAX_ROW_CELLS);
    expect(blocks.some((b) => b.kind === 'note' && b.code === 'TEXT_DROPPED')).toBe(true);
  });

  it('should read a line of 1,000,000 tabs the same way', () => {
    const [table] = tables(tsvAdapter.read(`规章\t${'\t'.repeat(1_000_000)}`));
    expect(table!.rows[0]!.length).toBe(MAX_ROW_CELLS);
  });

  it('should stop a table at MAX_TABLE_CELLS cells and say so', () => {
    const blocks = pipeAdapter.read('| a | b |\n'.repeat(100_000));
    const [table] = tables(blocks);
    expect(cellCount(table!)).toBeLessThanOrEqual(MAX_TABLE_CELLS);
    const notes = blocks.filter((b) => b.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'TEXT_DROPPED', line: MAX_TABLE_CELLS / 2 + 1 });
  });

  it('should keep a row of exactly MAX_ROW_CELLS cells between bars whole, without a note', () => {
    const line = `| ${Array.from({ length: MAX_ROW_CELLS }, (_, i) => String(i)).join(' | ')} |`;
    const blocks = pipeAdapter.read(line);
    expect(tables(blocks)[0]!.rows[0]!.map((c) => c.text)).toEqual(Array.from({ length: MAX_ROW_CELLS }, (_, i) => String(i)));
    expect(blocks.some((b) => b.kind === 'note')).toBe(false);
  });

  it('should cap an HTML table the same way (cells per row, cells per table)', () => {
    const wide = htmlAdapter.read(`<table><tr>${'<td>1</td>'.repeat(1000)}</tr></table>`);
    expect(tables(wide)[0]!.rows[0]!.length).toBe(MAX_ROW_CELLS);
    expect(wide.some((b) => b.kind === 'note' && b.code === 'TEXT_DROPPED')).toBe(true);
    const long = htmlAdapter.read(`<table>${'<tr><td>a</td><td>1</td></tr>'.repeat(20_000)}</table>`);
    expect(cellCount(tables(long)[0]!)).toBeLessThanOrEqual(MAX_TABLE_CELLS);
    expect(long.filter((b) => b.kind === 'note')).toHaveLength(1);
  });

  it('should give a report or a ReportParseError (not a crash) for 2 MB of bars through parseReport', async () => {
    const outcome = await parseOutcome(`2020年度政府信息公开工作年度报告\n${'|'.repeat(2_000_000)}`);
    expect(['report', 'error']).toContain(outcome.kind);
  });
});

describe('HTML nested deeper than the parser stack', () => {
  const html = loadFixtures().find((f) => f.name === 'html-2019-colspan')!;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html.input)![1]!;
  const nested = (depth: number): string => `<html><body>${'<div><b>'.repeat(depth)}${body}${'</b></div>'.repeat(depth)}</body></html>`;

  it('should read a report inside 1,000 levels of <div><b> like the same report unwrapped', async () => {
    const plain = await parseReport(`<html><body>${body}</body></html>`);
    const deep = await parseReport(nested(1000));
    expect(deep.applications).toEqual(plain.applications);
    expect(deep.activeDisclosure).toEqual(plain.activeDisclosure);
    expect(deep.reviewLitigation).toEqual(plain.reviewLitigation);
    expect(deep.meta.title).toBe(plain.meta.title);
  });

  it('should bound the depth of the tree without losing text or paragraph breaks', () => {
    const document = parse(`${'<div>'.repeat(5000)}<p>甲</p><p>乙</p>${'</div>'.repeat(5000)}`);
    const access = {
      children: (node: Node) => ('childNodes' in node ? node.childNodes : undefined),
      setChildren: (parent: Node, children: Node[]) => void ((parent as { childNodes: Node[] }).childNodes = children),
      tagName: (node: Node) => ('tagName' in node ? node.tagName : undefined),
      lineBreak: () => ({ nodeName: 'br', tagName: 'br', attrs: [], childNodes: [] }) as unknown as Node,
    };
    expect(flattenDepth<Node>(document, access)).toBeGreaterThan(0);
    let deepest = 0;
    const stack: { node: { childNodes?: unknown[] }; depth: number }[] = [{ node: document, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      deepest = Math.max(deepest, depth);
      for (const child of (node.childNodes ?? []) as { childNodes?: unknown[] }[]) stack.push({ node: child, depth: depth + 1 });
    }
    expect(deepest).toBeLessThanOrEqual(MAX_DEPTH + 2);
    const paragraphs = htmlAdapter.read(`${'<div>'.repeat(5000)}<p>甲</p><p>乙</p>${'</div>'.repeat(5000)}`).filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['甲', '乙']);
  });

  it('should give a report or a ReportParseError for tables nested 2,000 deep', async () => {
    const outcome = await parseOutcome(`${'<table><tr><td>'.repeat(2000)}政府信息公开${'</td></tr></table>'.repeat(2000)}`);
    if (outcome.kind === 'error') expect(outcome.error.code).not.toBe('ADAPTER_FAILED');
  });
});
