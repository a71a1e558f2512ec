import type { Decoded } from '../decode/charset.js';

/** A short description for --verbose, e.g. `gb18030 (the page declares gbk)`. */
export function describeDecoding(decoded: Decoded): string {
  switch (decoded.via) {
    case 'bom':
      return `${decoded.encoding} (byte order mark)`;
    case 'meta':
      return `${decoded.encoding} (the page declares ${decoded.declared ?? decoded.encoding})`;
    case 'utf-8 check':
      return decoded.declared === undefined || decoded.declared === 'utf-8' ? 'utf-8' : `utf-8 (valid UTF-8, although the page declares ${decoded.declared})`;
    case 'fallback':
      return decoded.declared === 'utf-8' ? 'gb18030 (not valid UTF-8, although the page declares utf-8)' : 'gb18030 (not valid UTF-8)';
  }
}
