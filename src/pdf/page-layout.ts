import { centerX, centerY, type Fragment } from './fragments.js';
import { borderlessTables } from './borderless.js';
import { cellAt, type Grid, gridsOf } from './grid.js';
import { cellText, type TextLine, toLines } from './join-text.js';
import type { PageLines } from './geometry.js';
import { joinLines } from './ruling.js';

/** One page read: its drawn tables with each cell's text, and the text outside them as lines. */
export interface PageTable {
  page: number;
  grid: Grid;
  /** text of each cell of `grid.cells` */
  texts: string[];
  /** values of a borderless table that could not be placed with certainty */
  unplaced?: string[];
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  lines: TextLine[];
}

export function layoutPage(page: number, width: number, height: number, fragments: readonly Fragment[], drawn: PageLines): PageLayout {
  const grids = gridsOf(joinLines(drawn));
  const inCells: Fragment[][][] = grids.map((g) => g.cells.map(() => []));
  const outside: Fragment[] = [];
  for (const fragment of fragments) {
    const x = centerX(fragment);
    const y = centerY(fragment);
    let placed = false;
    for (let t = 0; t < grids.length && !placed; t++) {
      const cell = cellAt(grids[t]!, x, y);
      if (cell >= 0) {
        inCells[t]![cell]!.push(fragment);
        placed = true;
      }
    }
    if (!placed) outside.push(fragment);
  }
  const tables: PageTable[] = grids.map((grid, t) => ({ page, grid, texts: inCells[t]!.map((list) => cellText(list)) }));
  const borderless = borderlessTables(toLines(outside));
  for (const table of borderless.tables) tables.push({ page, ...table });
  tables.sort((a, b) => a.grid.ys[0]! - b.grid.ys[0]!);
  return { page, width, height, tables, lines: borderless.rest };
}
