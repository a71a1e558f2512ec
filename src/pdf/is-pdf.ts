const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Readers accept the header anywhere in the first KiB (some files start with junk). */
const HEADER_WINDOW = 1024;

/** Whether the bytes start like a PDF (`%PDF-` within the first KiB), whatever the file name. */
export function isPdf(bytes: Uint8Array | ArrayBuffer): boolean {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const end = Math.min(view.length - HEADER.length, HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    let match = true;
    for (let k = 0; k < HEADER.length && match; k++) if (view[i + k] !== HEADER[k]) match = false;
    if (match) return true;
  }
  return false;
}
