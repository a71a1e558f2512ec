import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

/** The browser build reads HTML with DOMParser: html-tree.ts (parse5) is swapped for html-tree-dom.ts. */
const domHtmlTree = {
  name: 'dom-html-tree',
  setup(build: { onResolve(options: { filter: RegExp }, callback: () => { path: string }): void }) {
    build.onResolve({ filter: /\/html\/html-tree\.js$/ }, () => ({ path: fileURLToPath(new URL('./src/html/html-tree-dom.ts', import.meta.url)) }));
  },
};

// charset utf8: esbuild would otherwise escape every CJK character in the label tables.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    clean: true,
    splitting: false,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The `browser` export condition: ESM only, no parse5 (about half of the bundle otherwise).
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    dts: false,
    target: 'es2022',
    platform: 'browser',
    sourcemap: false,
    clean: false,
    splitting: false,
    esbuildPlugins: [domHtmlTree],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // zfxxgk/pdf: its own entry, so the core never imports pdf.js (an optional peer, imported at run time).
    entry: { pdf: 'src/pdf/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    clean: false,
    splitting: false,
    external: ['pdfjs-dist'],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The parse worker is its own entry: dist/cli.js starts dist/cli-worker.js in threads.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    sourcemap: false,
    clean: false,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
