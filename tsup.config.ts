import { defineConfig } from 'tsup';

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
    entry: { cli: 'src/cli/main.ts' },
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
