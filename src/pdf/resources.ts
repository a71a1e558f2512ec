/**
 * Where pdf.js finds its CMaps (needed for fonts that are not embedded, e.g. STSong-Light
 * with UniGB-UCS2-H) and standard font data. In Node they are the installed pdfjs-dist's own
 * folders, given as file system paths ending in `/` (a `file://` URL silently yields no
 * text); in browsers the caller gives URLs.
 */
export interface PdfResources {
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** file URL of the installed pdfjs-dist's legacy worker module (Node) */
  workerUrl?: string;
}

function isNode(): boolean {
  const host = globalThis as { process?: { versions?: { node?: string } } };
  return typeof host.process?.versions?.node === 'string';
}

function moduleBase(): string {
  // ESM: this module's URL; CJS: its file name; else the working directory.
  try {
    const url = import.meta.url;
    if (typeof url === 'string' && url !== '') return url;
  } catch {
    // not an ES module
  }
  if (typeof __filename === 'string') return __filename;
  return `${process.cwd()}/`;
}

let located: PdfResources | undefined;

/** pdfjs-dist's folders in Node, or nothing (browsers, or pdfjs-dist not resolvable). */
export function nodeResources(): PdfResources {
  if (located) return located;
  located = {};
  if (!isNode()) return located;
  try {
    const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
    const moduleApi = getBuiltin?.('node:module') as { createRequire(base: string): { resolve(id: string): string } } | undefined;
    const pathApi = getBuiltin?.('node:path') as { dirname(p: string): string } | undefined;
    if (!moduleApi || !pathApi) return located;
    let manifest: string;
    try {
      manifest = moduleApi.createRequire(moduleBase()).resolve('pdfjs-dist/package.json');
    } catch {
      manifest = moduleApi.createRequire(`${process.cwd()}/`).resolve('pdfjs-dist/package.json');
    }
    const root = pathApi.dirname(manifest);
    const urlApi = getBuiltin?.('node:url') as { pathToFileURL(p: string): { href: string } } | undefined;
    located = {
      ...(urlApi ? { workerUrl: urlApi.pathToFileURL(`${root}/legacy/build/pdf.worker.mjs`).href } : {}),
      // pdf.js insists on a trailing `/` (also on Windows, where Node accepts it).
      cMapUrl: `${root}/cmaps/`,
      standardFontDataUrl: `${root}/standard_fonts/`,
    };
  } catch {
    // pdf.js then reads embedded fonts only.
  }
  return located;
}
