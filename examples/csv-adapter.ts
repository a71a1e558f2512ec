/**
 * A custom adapter for a report saved as CSV (RFC 4180, `,` between fields), as a
 * spreadsheet exports it: the three tables as rows, the headings and prose as one-field
 * lines.
 *
 *     二、主动公开政府信息情况
 *     第二十条第(一)项,,,
 *     信息内容,本年制发件数,本年废止件数,现行有效件数
 *     规章,0,0,0
 *     "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",,,0,0,0,0,0,0,0
 *
 * A quoted field may hold commas, doubled quotes (`""`) and line breaks.
 * Use it with `parseReport(text, { adapters: [csvAdapter] })`.
 */
import type { Adapter, Block, TableBlock } from 'zfxxgk';

/** One field of a record, with the (1-based) line it starts on. */
interface Field {
  text: string;
  line: number;
}

/**
 * Splits the text into records of fields. A record ends at a line break outside quotes. A
 * field that starts with `"` runs to the next lone `"` (`""` is a quote inside it); text after
 * the closing quote is kept as written. A quote that is never closed is read as a literal
 * character, and its line is reported in `unclosed`.
 */
function readRecords(text: string): { records: Field[][]; unclosed: number[] } {
  const records: Field[][] = [];
  const unclosed: number[] = [];
  let fields: Field[] = [];
  let line = 1;
  let i = 0;
  for (;;) {
    const start = line;
    let value = '';
    if (text[i] === '"') {
      const close = closingQuote(text, i + 1);
      if (close === -1) unclosed.push(line);
      else {
        const quoted = text.slice(i + 1, close);
        value = quoted.replaceAll('""', '"');
        line += quoted.split('\n').length - 1;
        i = close + 1;
      }
    }
    const stop = nextBreak(text, i);
    value += text.slice(i, stop);
    fields.push({ text: value, line: start });
    if (stop === text.length) break;
    i = stop + 1;
    if (text[stop] === '\n') {
      records.push(fields);
      fields = [];
      line++;
    }
  }
  records.push(fields);
  return { records, unclosed };
}

/** Index of the quote that closes a quoted field whose content starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  let j = text.indexOf('"', from);
  while (j !== -1 && text[j + 1] === '"') j = text.indexOf('"', j + 2);
  return j;
}

/** Index of the next `,` or line break at or after `from` (the text's length when none). */
function nextBreak(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === ',' || text[j] === '\n') return j;
  }
  return text.length;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/; // 0 · 10 · "3,068" · 0.35

/** A statistics row: three or more fields, two or more of them plain numbers. */
function isDataRow(record: readonly Field[]): boolean {
  return record.length >= 3 && record.filter((field) => NUMBER.test(field.text.trim())).length >= 2;
}

export const csvAdapter: Adapter = {
  name: 'csv',

  // Prose is full of commas, so commas alone prove nothing: count rows of numbers.
  detect(text) {
    const rows = readRecords(text).records.filter(isDataRow).length;
    return rows >= 5 ? 0.95 : rows > 0 ? 0.3 : 0;
  },

  read(text) {
    const { records, unclosed } = readRecords(text);
    const blocks: Block[] = unclosed.map((line) => ({
      kind: 'note',
      code: 'CSV_UNCLOSED_QUOTE',
      message: `第${line}行的引号没有闭合，按普通字符读取`,
      line,
    }));
    let table: TableBlock | null = null;
    for (const record of records) {
      const texts = record.map((field) => field.text.trim());
      const line = record[0]!.line;
      const filled = texts.filter((text) => text !== '').length;
      if (filled === 0) {
        table = null; // a blank line (or a row of empty fields) ends a table
        continue;
      }
      // One field, or text in the first field only (a spreadsheet pads every row with
      // commas to the same width): a heading or a line of prose.
      if (record.length === 1 || (filled === 1 && texts[0] !== '')) {
        table = null;
        blocks.push({ kind: 'paragraph', text: texts[0]!, line });
        continue;
      }
      if (table === null) {
        table = { kind: 'table', rows: [], line };
        blocks.push(table);
      }
      // Every field is a cell, empty ones included: position carries meaning.
      table.rows.push(record.map((field, k) => ({ text: texts[k]!, line: field.line })));
    }
    return blocks;
  },
};
