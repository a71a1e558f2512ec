/**
 * What one value cell holds.
 *
 *     '3,068' → 3068 · '0.35' → 0.35 · '+1036' → 1036 · '251000元' → 251000 (元)
 *     '—' '/' '无' '不适用' → placeholder · '2 0' → split (never guessed) · '' → blank
 */
export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; unit: string | null }
  | { kind: 'placeholder'; text: string }
  | { kind: 'split'; text: string }
  | { kind: 'text'; text: string };

const PLACEHOLDER = /^(?:[-—–―─‐‑－]{1,3}|[/／\\]|无|暂无|不适用|空|N\/?A|\*|×)$/i;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|件|条|个|项|次)?$/;
/** A number broken by spaces: `2 0`, or an amount wrapped in its cell, unit last (`83299 5元`). */
const SPLIT = /^\d{1,6}(?: \d{1,6}){1,3}(?:万元|元)?$/;

/** `^\d{1,15}$`, by character codes: the test every cell takes. */
function plainDigits(text: string): boolean {
  if (text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
/** Characters the compact form rewrites; most cells have none, and skip the five replaces. */
const COMPACTED = /[＋－−．，\s]/;

const HAN_PLACEHOLDER_START = new Set(['无', '暂', '不', '空']);
const BLANK: CellValue = Object.freeze({ kind: 'blank' });
const number = (digits: string): CellValue => ({ kind: 'number', value: Number(digits), unit: null });
const SMALL: readonly CellValue[] = Array.from({ length: 100 }, (_, n) => Object.freeze(number(String(n))));

/**
 * Whether every character may belong to a number or a split one (digits, signs, points,
 * commas, spaces, units): a numbered label (`1.属于国家秘密`) fails at its first Han character,
 * before the compaction's replaces and the patterns.
 */
function numberCharsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 44 || code === 32 || (code >= 9 && code <= 13)) continue;
      return false;
    }
    if (!NUMBER_CHARS.has(code)) return false;
  }
  return true;
}
/** The characters past ASCII a number may hold: full-width signs and marks, units, and the spaces of `\s`. */
const NUMBER_CHARS = new Set([...'＋－−．，万元件条个项次\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((ch) => ch.charCodeAt(0)));
for (let code = 0x2000; code <= 0x200a; code++) NUMBER_CHARS.add(code);

export function readCell(raw: string): CellValue {
  return readTrimmedCell(raw.trim());
}

/** readCell of a text already trimmed (the cell stream trims each text once, for its cell too). */
export function readTrimmedCell(text: string): CellValue {
  if (text === '') return BLANK;
  // The common cell: plain digits (`0`, `14`, `3068`). Same value as the NUMBER path below;
  // small ones are shared frozen objects, so a big table does not allocate one per `0`.
  if (plainDigits(text)) return text.length <= 2 ? (SMALL[Number(text)] ?? number(text)) : number(text);
  // A label starts with a Han character; only a few placeholders do (无, 暂无, 不适用, 空).
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !HAN_PLACEHOLDER_START.has(text[0]!)) return { kind: 'text', text };
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder', text };
  // Labels such as `（一）予以公开` or `1.属于国家秘密` stop here, before the compaction's replaces.
  if (!numberCharsOnly(text)) return { kind: 'text', text };
  const compact = COMPACTED.test(text)
    ? text.replace(/[＋]/g, '+').replace(/[－−]/g, '-').replace(/．/g, '.').replace(/，/g, ',').replace(/\s+(?=[元万件条个项次])/g, '')
    : text;
  const match = NUMBER.exec(compact);
  if (match) {
    const value = Number(`${match[1]}${match[2]!.replace(/,/g, '')}${match[3] ?? ''}`);
    if (Number.isFinite(value)) return { kind: 'number', value: Object.is(value, -0) ? 0 : value, unit: match[4] ?? null };
  }
  if (SPLIT.test(text)) return { kind: 'split', text };
  return { kind: 'text', text };
}

/** A cell that belongs in a value position (anything but a label). */
export function isValueLike(value: CellValue): boolean {
  return value.kind !== 'text';
}
