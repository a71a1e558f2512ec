import { deflateSync } from 'node:zlib';

/**
 * Tiny PDFs written by hand, for cases no printer makes on demand: a rotated page, a font
 * that is not embedded (needs CMaps), text without Unicode maps, no text at all, bombs.
 *
 * Text is set in STSong-Light with UniGB-UCS2-H (a non-embedded Chinese font: pdf.js needs
 * its CMaps to read it), so every sample also checks that CMaps are found.
 */
export interface PageSpec {
  /** content stream operators, in PDF user space */
  content: string;
  width?: number;
  height?: number;
  rotate?: number;
  /** extra resources dictionary entries, e.g. `/XObject << … >>` */
  resources?: string;
}

export interface ExtraObject {
  /** object number, ≥ 100 */
  id: number;
  body: string;
  /** stream data (raw; deflated when `deflate`) */
  stream?: Buffer | string;
  deflate?: boolean;
}

const FONTS = `/Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >>`;

/** UCS-2 hex for a `<…> Tj` with the F1 (UniGB-UCS2-H) font. */
export function ucs2(text: string): string {
  let hex = '';
  for (const ch of text) hex += ch.charCodeAt(0).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** `BT /F1 size Tf x y Td <text> Tj ET` in the Chinese font. */
export function text(x: number, y: number, value: string, size = 10): string {
  return `BT /F1 ${size} Tf ${x} ${y} Td ${ucs2(value)} Tj ET\n`;
}

/** A stroked line. */
export function line(x0: number, y0: number, x1: number, y1: number): string {
  return `${x0} ${y0} m ${x1} ${y1} l S\n`;
}

/**
 * A ruled table: `rows` of cell texts on a regular grid; `null` is a slot covered by a span;
 * `spans` maps "r,c" to [rowSpan, colSpan]. Borders are drawn around every cell.
 */
export function ruledTable(x: number, top: number, widths: number[], height: number, rows: (string | null)[][], spans: Record<string, [number, number]> = {}): string {
  let out = '0.5 w\n';
  const xs = [x];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const [rs, cs] = spans[`${r},${c}`] ?? [1, 1];
      const x0 = xs[c]!;
      const x1 = xs[c + cs]!;
      const y1 = top - r * height;
      const y0 = top - (r + rs) * height;
      out += `${x0} ${y0} ${x1 - x0} ${y1 - y0} re S\n`;
      if (cell !== '') out += text(x0 + 3, (y0 + y1) / 2 - 3.5, cell, 9);
    });
  });
  return out;
}

export function buildPdf(pages: PageSpec[], extra: ExtraObject[] = [], info = ''): Buffer {
  const objects = new Map<number, Buffer>();
  const put = (id: number, body: string | Buffer): void => {
    objects.set(id, Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  };
  const stream = (dict: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  const pageIds = pages.map((_, i) => 10 + i * 2);
  put(1, '<< /Type /Catalog /Pages 2 0 R >>');
  put(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  put(3, '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>');
  put(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // Identity-H without ToUnicode and without an embedded font: the text cannot be known.
  put(5, '<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [8 0 R] >>');
  put(6, '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>');
  put(7, '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  put(8, '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 9 0 R /DW 1000 >>');
  put(9, '<< /Type /FontDescriptor /FontName /NoMap /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    put(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}]${rotate} /Resources << ${FONTS} ${page.resources ?? ''} >> /Contents ${id + 1} 0 R >>`);
    put(id + 1, stream('', Buffer.from(page.content, 'latin1')));
  });
  for (const object of extra) {
    if (object.stream === undefined) put(object.id, object.body);
    else {
      const raw = Buffer.isBuffer(object.stream) ? object.stream : Buffer.from(object.stream, 'latin1');
      const data = object.deflate ? deflateSync(raw) : raw;
      put(object.id, stream(`${object.body}${object.deflate ? ' /Filter /FlateDecode' : ''}`, data));
    }
  }
  if (info !== '') put(99, `<< ${info} >>`);

  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const ids = [...objects.keys()].sort((a, b) => a - b);
  const offsets = new Map<number, number>();
  for (const id of ids) {
    const chunk = Buffer.concat([Buffer.from(`${id} 0 obj\n`, 'latin1'), objects.get(id)!, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.set(id, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  const size = ids[ids.length - 1]! + 1;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) {
    const at = offsets.get(id);
    xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  const trailer = `trailer\n<< /Size ${size} /Root 1 0 R${info !== '' ? ' /Info 99 0 R' : ''} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}
