#!/usr/bin/env node
// `pnpm size`: the SDK bundled for the browser with all its dependencies (ky, zod/mini), minified and gzipped.
// Everything the package exports is kept, so this is the worst case; an app using less ships less.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_KB = 20;
const root = fileURLToPath(new URL('..', import.meta.url));
// The built package when there is one (what users install), else the sources (same code, no build needed).
const entry =
  existsSync(`${root}/dist/index.js`) && !process.argv.includes('--src') ? './dist/index.js' : './src/index.ts';

const result = await build({
  stdin: { contents: `export * from '${entry}';`, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = gzipSync(code, { level: 9 }).length;
const over = gzipped > BUDGET_KB * 1024;
console.log(
  `@kim-kit/sdk  min ${kb(code.length)}  min+gzip ${kb(gzipped)}  (budget ${BUDGET_KB} KB)${over ? '  OVER BUDGET' : ''}`,
);
process.exit(over ? 1 : 0);
