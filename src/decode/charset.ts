/**
 * Bytes → string. Government sites still publish GBK, so input is decoded here, not by the caller:
 * BOM → the charset an HTML page declares in its first 2 KB → strict UTF-8 → GB18030
 * (a superset of GBK and GB2312; WHATWG decodes all three labels with the same decoder).
 * One guard on the declared charset: non-ASCII bytes that are valid UTF-8 are read as
 * UTF-8 even when the page declares something else (see `decode`).
 */

export interface Decoded {
  text: string;
  /** the WHATWG encoding name the bytes were read as, e.g. `utf-8`, `gb18030`, `utf-16le` */
  encoding: string;
  /** why that encoding was chosen */
  via: 'bom' | 'meta' | 'utf-8 check' | 'fallback';
  /** the encoding an HTML page declares, when it declares one (`gbk` is read as its superset `gb18030`) */
  declared?: string;
}

const SNIFF_BYTES = 2048;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Whether the bytes look like markup: the first non-blank byte is `<`. */
function looksLikeHtml(head: string): boolean {
  return /^\s*</.test(head);
}

/**
 * The charset declared in the first 2 KB of an HTML page (`<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`), resolved to a
 * WHATWG encoding name; null when there is none or the label is unknown. As in browsers,
 * a declared UTF-16 is read as UTF-8 (a page without a BOM cannot really be UTF-16).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const match of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(match[0])?.[1];
    if (label === undefined) continue;
    const encoding = encodingFor(label);
    if (encoding === null) continue;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

/** The WHATWG name for an encoding label (`GB2312` → `gbk`), or null if TextDecoder does not know it. */
function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes one input. `html` says the input is a web page (by its extension); when it is
 * unknown (standard input) the bytes are sniffed for a leading `<`.
 */
export function decodeWithCharset(bytes: Uint8Array, html?: boolean): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, via: 'bom' };

  const isHtml = html ?? looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 256)));
  const declared = isHtml ? declaredCharset(bytes) : null;
  const utf8 = strictUtf8(bytes);
  if (declared !== null && declared !== 'utf-8') {
    // Pages saved by crawlers are often re-encoded to UTF-8 with the old <meta charset=gb2312>
    // left in place. Non-ASCII text that is valid UTF-8 is practically never GBK, so it wins.
    if (utf8 !== null && hasNonAscii(bytes)) return { text: utf8, encoding: 'utf-8', via: 'utf-8 check', declared };
    // Node's `gbk` decoder (ICU) drops GB18030's four-byte sequences; WHATWG decodes GBK
    // with the GB18030 decoder, and so do we.
    const encoding = declared === 'gbk' ? 'gb18030' : declared;
    return { text: new TextDecoder(encoding).decode(bytes), encoding, via: 'meta', declared };
  }
  // A page that declares UTF-8 but is not valid UTF-8 falls back like any other input.
  const result: Decoded =
    utf8 !== null
      ? { text: utf8, encoding: 'utf-8', via: 'utf-8 check' }
      : { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', via: 'fallback' };
  if (declared !== null) result.declared = declared;
  return result;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}
