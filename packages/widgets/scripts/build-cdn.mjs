// The one-file CDN build: every widget, lit, the SDK and DOMPurify in a single minified ES module.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(new URL('../cdn', import.meta.url), { recursive: true });

await build({
  entryPoints: ['src/define/all.ts'],
  absWorkingDir: pkg,
  outfile: 'cdn/kim-widgets.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: false,
  legalComments: 'eof',
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  plugins: [minifyTemplates],
  logLevel: 'warning',
});
console.log('built cdn/kim-widgets.js');
