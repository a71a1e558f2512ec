import type { Block, SourceCell } from '../model.js';
import { cluster } from './grid.js';
import { continues, joinTables, logicalTable, type LogicalTable } from './join-pages.js';
import { joinPieces } from './join-text.js';
import type { PageLayout, PageTable } from './page-layout.js';
import { type Paragraph, proseOf } from './prose.js';

/**
 * Pages → the document model: tables and paragraphs in reading order, tables joined over
 * page breaks, paragraphs continued over page breaks, dropped page furniture as one note.
 *
 * Texts are returned raw with a `line` each: the caller normalizes all of them at once
 * (one text, one line per cell or paragraph) and writes them back.
 */
type Item = { kind: 'table'; part: PageTable; top: number } | { kind: 'paragraph'; paragraph: Paragraph; top: number };

interface Pending {
  kind: 'table' | 'paragraph';
  table?: LogicalTable;
  paragraph?: Paragraph;
}

function itemsOf(layout: PageLayout, paragraphs: readonly Paragraph[]): Item[] {
  const items: Item[] = [
    ...layout.tables.map((part) => ({ kind: 'table' as const, part, top: part.grid.ys[0]! })),
    ...paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, paragraph, top: paragraph.y0 })),
  ];
  return items.sort((a, b) => a.top - b.top);
}

function nearest(values: readonly number[], target: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]! - target) < Math.abs(values[best]! - target)) best = i;
  return best;
}

export interface PdfBlocks {
  blocks: Block[];
  /** every line of the document in `line` order, raw (one cell or paragraph per line) */
  lines: string[];
}

export function blocksOf(layouts: readonly PageLayout[]): PdfBlocks {
  const prose = proseOf(layouts);
  const pending: Pending[] = [];
  for (let p = 0; p < layouts.length; p++) {
    const layout = layouts[p]!;
    const items = itemsOf(layout, prose[p]!.paragraphs);
    items.forEach((item, i) => {
      const last = pending[pending.length - 1];
      const firstOnPage = i === 0;
      if (item.kind === 'table') {
        if (firstOnPage && last?.kind === 'table' && p > 0 && continues(last.table!, item.part)) {
          last.table = joinTables(last.table!, item.part, layout.height);
        } else pending.push({ kind: 'table', table: logicalTable(item.part, layout.height) });
      } else {
        const paragraph = item.paragraph;
        const continued = firstOnPage && p > 0 && last?.kind === 'paragraph' && last.paragraph!.full && !paragraph.indented && Math.abs(last.paragraph!.size - paragraph.size) <= 0.5;
        if (continued) {
          last.paragraph = { ...last.paragraph!, text: joinPieces(last.paragraph!.text, paragraph.text), full: paragraph.full };
        } else pending.push({ kind: 'paragraph', paragraph });
      }
    });
  }

  const blocks: Block[] = [];
  const lines: string[] = [];
  const line = (text: string): number => {
    lines.push(text.replace(/[\r\n]+/g, ' '));
    return lines.length;
  };
  for (const item of pending) {
    if (item.kind === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: item.paragraph!.text, line: line(item.paragraph!.text) });
      continue;
    }
    const table = item.table!;
    const xs = cluster(table.xs, 2.5);
    const rows: SourceCell[][] = table.rows.map((row) =>
      row.map((cell) => {
        const col = nearest(xs, cell.x0);
        const colSpan = Math.max(1, nearest(xs, cell.x1) - col);
        return {
          text: cell.text,
          line: line(cell.text),
          col,
          rowSpan: cell.rowSpan,
          colSpan,
          page: cell.page,
          box: [round(cell.x0), round(cell.pageHeight - cell.y1), round(cell.x1), round(cell.pageHeight - cell.y0)] as const,
        };
      }),
    );
    blocks.push({ kind: 'table', rows, line: rows[0]?.[0]?.line ?? lines.length });
  }
  for (const layout of layouts) {
    for (const part of layout.tables) {
      for (const value of part.unplaced ?? []) {
        blocks.push({ kind: 'note', code: 'CELL_UNPLACED', message: `第 ${layout.page} 页无边框表格中的数值「${value}」无法确定所在列，未读取`, line: 1 });
      }
    }
  }
  const dropped = prose.flatMap((page) => page.dropped);
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 5).map((t) => `「${t}」`).join('');
    blocks.push({ kind: 'note', code: 'TEXT_DROPPED', message: `删除了页眉、页脚和页码 ${dropped.length} 处：${shown}${dropped.length > 5 ? '…' : ''}`, line: 1 });
  }
  return { blocks, lines };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
