// The esbuild options every browser bundle of this package shares: the CDN file, the size budgets and the benchmark
// page are built the same way, so what is measured is what ships.
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

/** The package folder. */
export const pkg = fileURLToPath(new URL('..', import.meta.url));

/** Minified ES2022 modules for browsers, from the package's TypeScript, with Lit templates squeezed. */
export const browserBundle = {
  absWorkingDir: pkg,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  plugins: [minifyTemplates],
  logLevel: 'warning',
};
