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
