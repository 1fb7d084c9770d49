import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: 'src/index.ts' },
  sourcemap: false,
  clean: true,
  splitting: true,
  // A native addon: it must be resolved from node_modules at run time, never bundled.
  external: ['better-sqlite3'],
});
