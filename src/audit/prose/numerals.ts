/**
 * Numbers as prose writes them: Arabic digits (with thousands separators) and Chinese
 * numerals (十二, 二十五, 一百零三, 两千). Returns null for anything else, so a word that only
 * contains a numeral character is never read as a number.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

function chineseBelowTenThousand(s: string): number | null {
  if (s === '') return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && DIGITS[ch] !== 0 && digit !== 0) return null; // 二三: not a number
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) return null; // 十百, 百百: out of order
      total += (digit ?? (unit === 10 ? 1 : NaN)) * unit; // 十二 = 12, but 百 alone is not
      if (Number.isNaN(total)) return null;
      lastUnit = unit;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

export function parseChineseNumber(s: string): number | null {
  if (s === '') return null;
  // Positional digit strings (二〇二三) are years or codes, not counts.
  if (s.length > 1 && [...s].every((ch) => ch in DIGITS)) return null;
  const parts = s.split('万');
  if (parts.length > 2) return null;
  if (parts.length === 2) {
    const high = chineseBelowTenThousand(parts[0]!);
    const low = chineseBelowTenThousand(parts[1]!);
    if (high === null || low === null || parts[0] === '') return null;
    return high * 10_000 + low;
  }
  return chineseBelowTenThousand(s);
}

/** Arabic (`3,068`, `57`) or Chinese (`十二`) → the number; null when it is not a plain count. */
export function parseCount(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  return parseChineseNumber(s);
}
