import type { Cell, FieldSource } from '../types.js';
import type { Warnings } from '../warnings.js';
import type { StreamCell } from './cells.js';

function sourceOf(cell: StreamCell): FieldSource {
  const source: FieldSource = { text: cell.text, line: cell.line };
  if (cell.column !== undefined) source.column = cell.column;
  if (cell.page !== undefined) source.page = cell.page;
  if (cell.box !== undefined) source.box = [...cell.box];
  return source;
}

/**
 * Turns a placed cell into the number the report stores, warning on everything that is
 * not a plain number: placeholders, text, numbers broken by spaces. Never invents a 0.
 */
export function cellNumber(cell: StreamCell | null, path: string, warnings: Warnings): Cell {
  if (cell === null) return null;
  const value = cell.value;
  switch (value.kind) {
    case 'number':
      if (warnings.sources !== null) warnings.sources[path] = sourceOf(cell);
      return value.value;
    case 'blank':
      return null;
    case 'placeholder':
      warnings.add('PLACEHOLDER', `${path}：「${value.text}」按空值处理`, { path, line: cell.line });
      return null;
    case 'split':
      warnings.add('NUMBER_SPLIT', `${path}：「${value.text}」像是被空格拆开的数字，未作猜测`, { path, line: cell.line });
      return null;
    case 'text':
      warnings.add('NOT_A_NUMBER', `${path}：「${value.text}」不是数字`, { path, line: cell.line });
      return null;
  }
}
