import type { IdentityCode } from './table-model/index.js';
import type { CustomWarningCode, FieldSource, Warning } from './types.js';
import type { WarningCode } from './warning-codes.js';

export { WARNING_CATALOGUE, WARNING_CODES, type WarningCode } from './warning-codes.js';

/** Quoted input text is capped: a 1 MB digit run is not copied into a warning. */
const QUOTE_LIMIT = 80;

/** `「a」「b」` for a list of input texts, each and the whole capped in length. */
export function quote(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    const piece = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…（共${text.length}字）` : text;
    if (out.length + piece.length > QUOTE_LIMIT * 4) return `${out}…（另有${texts.length - texts.indexOf(text)}个）`;
    out += `「${piece}」`;
  }
  return out;
}

interface Where {
  path?: string | undefined;
  line?: number | undefined;
  via?: readonly IdentityCode[] | undefined;
}

/**
 * Collects the diagnostics of one parse: its warnings in the order they are found, and (when
 * the caller asked for them) the source of every number placed.
 */
export class Warnings {
  readonly list: Warning[] = [];
  /** field path → where its number came from; null unless `{ sources: true }` */
  sources: Record<string, FieldSource> | null = null;

  /** A warning an adapter raised (custom adapters may use codes of their own). */
  note(code: string, message: string, where: Where = {}): void {
    this.add(code as CustomWarningCode, message, where);
  }

  add(code: WarningCode | CustomWarningCode, message: string, where: Where = {}): void {
    const warning: Warning = { code, message };
    if (where.path !== undefined) warning.path = where.path;
    if (where.line !== undefined && where.line >= 1) warning.line = where.line;
    if (where.via !== undefined && where.via.length > 0) warning.via = [...where.via];
    this.list.push(warning);
  }
}
