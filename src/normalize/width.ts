/**
 * Full-width digits, Latin letters, parentheses and colons become ASCII.
 *
 * Only these: the rest of the Chinese punctuation (，。；、“”《》) is left as written,
 * because it is the report's prose. Full-width signs that matter inside numbers (＋－．，)
 * are handled by the number reader, not here.
 */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff08\uff09\uff1a]/g;

export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
