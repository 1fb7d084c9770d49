import { defineConfig } from 'tsup';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// npm build: one ESM module per entry, dependencies left to the consumer's bundler.
export default defineConfig({
  // Every define module is its own entry; define/all.ts registers the four itself rather than importing the others,
  // since code two entries share goes into a chunk that `sideEffects` does not name, and bundlers would drop it.
  entry: ['src/index.ts', 'src/console/index.ts', 'src/define/*.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  external: ['lit', /^lit\//, '@lit/task', 'dompurify', '@kim-kit/sdk', /^@tiptap\//],
  esbuildPlugins: [minifyTemplates],
});
