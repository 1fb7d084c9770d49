import { defineConfig } from 'tsup';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// npm build: one ESM module per entry, dependencies left to the consumer's bundler.
export default defineConfig({
  // define/all.ts is the CDN entry only: as an npm entry it would pull every define call into a shared chunk that
  // `sideEffects` does not name, and bundlers would drop the registrations.
  entry: ['src/index.ts', 'src/define/*.ts', '!src/define/all.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  external: ['lit', /^lit\//, '@lit/task', 'dompurify', '@kim-kit/sdk'],
  esbuildPlugins: [minifyTemplates],
});
