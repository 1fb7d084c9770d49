// The one-file CDN build: every widget, lit, the SDK and DOMPurify in a single minified ES module.
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { browserBundle } from './browser-bundle.mjs';

mkdirSync(new URL('../cdn', import.meta.url), { recursive: true });

await build({
  ...browserBundle,
  entryPoints: ['src/define/all.ts'],
  outfile: 'cdn/kim-widgets.js',
  sourcemap: false,
  legalComments: 'eof',
});
console.log('built cdn/kim-widgets.js');
