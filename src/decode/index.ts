import { decodeWithCharset } from './charset.js';

export { type Decoded, decodeWithCharset } from './charset.js';

/**
 * A report file's bytes as text: byte order mark (UTF-8, UTF-16) → the charset an HTML page
 * declares in its first 2 KB → strict UTF-8 → GB18030 (which covers GBK and GB2312). The
 * same detection the command line uses; pass the result to `parseReport`.
 */
export function decode(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decode() takes a Uint8Array (a Node Buffer is one)');
  return decodeWithCharset(bytes).text;
}
