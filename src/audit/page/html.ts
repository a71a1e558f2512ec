/** Escaping for text and attribute values (the page quotes report text, which is untrusted). */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** An id fragment safe in `id` and `href="#…"`: field paths keep their dots. */
export function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '_');
}
