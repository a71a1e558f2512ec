/**
 * Text that is UTF-8 read as GBK. A Chinese character in UTF-8 is three bytes starting
 * 0xE4–0xE9; read as GBK, each lead byte pairs with the next into a character of GBK rows
 * 0xE4–0xE9 (rare, level-2 hanzi such as 鍏, 鏀, 淇 when the trail is 0x80–0xBF). Real
 * Chinese prose uses those few hundred characters rarely; mojibake is made of them.
 */
let signature: Set<string> | null = null;

/** The characters GBK gives for lead byte 0xE4–0xE9 and trail byte 0x80–0xBF (built once). */
function mojibakeCharacters(): Set<string> {
  if (signature !== null) return signature;
  const set = new Set<string>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0xe4; lead <= 0xe9; lead++) {
    for (let trail = 0x80; trail <= 0xbf; trail++) set.add(decoder.decode(new Uint8Array([lead, trail])));
  }
  signature = set;
  return set;
}

const SAMPLE = 20_000;
const MIN_HAN = 20;
const SHARE = 0.3;

/**
 * A hint for the NOT_A_REPORT message when the text looks like UTF-8 decoded as GBK (or
 * GB18030), else null. Reads the first 20,000 characters only.
 */
export function mojibakeHint(text: string): string | null {
  const chars = mojibakeCharacters();
  let han = 0;
  let suspicious = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    const code = ch.charCodeAt(0);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (chars.has(ch)) suspicious++;
  }
  if (han < MIN_HAN || suspicious / han < SHARE) return null;
  return 'the text looks like UTF-8 read as GBK (mojibake such as 鏀垮簻): read the file as UTF-8, or pass its bytes to decode()';
}
