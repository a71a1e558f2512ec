import type { TableBlock } from '../model.js';
import { headerCount } from '../table-model/index.js';
import type { StreamCell } from './cells.js';

/** The key of a header cell that names more than one column. */
const MERGED = '\u0000merged';

/**
 * Column headers found in grids, and the column a value cell's grid position names.
 *
 * A data row's headers are the header rows just above its run of data rows (its "band"):
 * table 三 has one band (申请人情况 / 自然人 / 商业企业 … / 总计 over three rows), table 二 one per
 * block (信息内容 | 本年制发件数 | …). A table without headers of its own (the next page's part of
 * a table, a Markdown table cut per row group) takes the band of the last table before it
 * with the same width. Only adapters that give real grid positions (`col`) take part.
 */
export interface HeaderColumn {
  key: string;
  from: number;
  to: number;
}

interface TableInfo {
  width: number;
  /** header cells by row index */
  headers: Map<number, StreamCell[]>;
  previous: TableInfo | null;
}

export class GridColumns {
  private readonly tables = new Map<TableBlock, TableInfo>();
  /** per matcher, per table, by row index: the headers above (a row's cells share them) */
  private readonly cache = new Map<(key: string) => string | null, Map<TableInfo, (HeaderBand | null)[]>>();

  constructor(cells: readonly StreamCell[]) {
    let previous: TableInfo | null = null;
    for (const cell of cells) {
      const table = cell.table;
      if (!table || cell.col === undefined || cell.row === undefined) continue;
      let info = this.tables.get(table);
      if (!info) {
        info = { width: 0, headers: new Map(), previous };
        this.tables.set(table, info);
        previous = info;
      }
      info.width = Math.max(info.width, cell.col + (cell.span ?? 1));
      if (cell.header) {
        const row = info.headers.get(cell.row) ?? [];
        row.push(cell);
        info.headers.set(cell.row, row);
      }
    }
  }

  /** The header cells above a data row: the consecutive header rows nearest above it. */
  private band(info: TableInfo, row: number): StreamCell[] {
    let top = -1;
    for (const r of info.headers.keys()) if (r < row && r > top) top = r;
    if (top < 0) {
      // No header in this table: a continuation of the last table of the same width.
      for (let p = info.previous; p !== null; p = p.previous) {
        if (p.width === info.width && p.headers.size > 0) return this.band(p, Number.MAX_SAFE_INTEGER);
      }
      return [];
    }
    const cells: StreamCell[] = [];
    for (let r = top; r >= 0 && info.headers.has(r); r--) cells.push(...info.headers.get(r)!);
    return cells;
  }

  /** The headers `match` recognises above the cell's row; null when none. */
  columnsAbove(cell: StreamCell, match: (key: string) => string | null): HeaderColumn[] | null {
    return this.bandAbove(cell, match)?.columns ?? null;
  }

  /** The headers `match` recognises above the cell's row, and whether they name a key twice; null when none. */
  bandAbove(cell: StreamCell, match: (key: string) => string | null): HeaderBand | null {
    if (!cell.table || cell.row === undefined) return null;
    const info = this.tables.get(cell.table);
    if (!info) return null;
    let byTable = this.cache.get(match);
    if (!byTable) this.cache.set(match, (byTable = new Map()));
    let byRow = byTable.get(info);
    if (!byRow) byTable.set(info, (byRow = []));
    let band = byRow[cell.row];
    if (band === undefined) byRow[cell.row] = band = this.headersAbove(info, cell.row, match);
    return band;
  }

  private headersAbove(info: TableInfo, row: number, match: (key: string) => string | null): HeaderBand | null {
    const columns: HeaderColumn[] = [];
    for (const header of this.band(info, row)) {
      const key = match(header.key);
      if (key === null) continue;
      // A cell naming two headers (words an extraction ran together) names no column: values under it stay unplaced by position.
      columns.push({ key: headerCount(header.key) > 1 ? MERGED : key, from: header.col!, to: header.col! + (header.span ?? 1) - 1 });
    }
    return columns.length > 0 ? { columns, repeats: new Set(columns.map((c) => c.key)).size !== columns.length } : null;
  }
}

/** The header columns above a row, and whether they name one key twice (then no position is certain). */
export interface HeaderBand {
  columns: HeaderColumn[];
  repeats: boolean;
}

/** The header columns a cell's grid span lies under (one when the position is clear). */
export function columnsUnder(cell: StreamCell, columns: readonly HeaderColumn[]): HeaderColumn[] {
  if (cell.col === undefined) return [];
  const from = cell.col;
  const to = cell.col + (cell.span ?? 1) - 1;
  return columns.filter((column) => overlaps(column, from, to));
}

/** Whether a header column spans any of the grid columns `from`…`to`. */
const overlaps = (column: HeaderColumn, from: number, to: number): boolean => column.from <= to && column.to >= from;

/**
 * A `positionOf` for placeRow: the index in `order` of the one header column the cell lies
 * under; null when it lies under none or several, or the headers name a key twice;
 * undefined when the source gives no grid position.
 */
export function positionBy(grid: GridColumns, match: (key: string) => string | null, order: readonly string[]): (cell: StreamCell) => number | null | undefined {
  // A row's cells share their band: the last one is kept, so most cells skip the lookups.
  let lastTable: TableBlock | undefined;
  let lastRow: number | undefined;
  let lastBand: HeaderBand | null = null;
  return (cell) => {
    if (cell.col === undefined) return undefined;
    if (cell.table === undefined || cell.table !== lastTable || cell.row !== lastRow) {
      lastBand = grid.bandAbove(cell, match);
      lastTable = cell.table;
      lastRow = cell.row;
    }
    const band = lastBand;
    if (band === null) return undefined;
    if (band.repeats) return null;
    const columns = band.columns;
    // The one column the cell's span lies under (columnsUnder, without a list per cell).
    const from = cell.col;
    const to = cell.col + (cell.span ?? 1) - 1;
    let under: HeaderColumn | null = null;
    for (const column of columns) {
      if (!overlaps(column, from, to)) continue;
      if (under !== null) return null;
      under = column;
    }
    if (under === null) return null;
    const index = order.indexOf(under.key);
    return index >= 0 ? index : null;
  };
}
