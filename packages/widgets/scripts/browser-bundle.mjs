// The esbuild options every browser bundle of this package shares: the CDN files, the size budgets and the benchmark
// page are built the same way, so what is measured is what ships.
import { fileURLToPath } from 'node:url';
import { CONSOLE_EDITOR, SANITIZER_FALLBACK } from './cdn-files.mjs';
import { minifyTemplates } from './minify-templates.mjs';

/** The package folder. */
export const pkg = fileURLToPath(new URL('..', import.meta.url));

const SDK_SOURCES = {
  '@kim-kit/sdk': fileURLToPath(new URL('../../sdk/src/index.ts', import.meta.url)),
  '@kim-kit/sdk/schemas': fileURLToPath(new URL('../../sdk/src/schemas/index.ts', import.meta.url)),
};

/**
 * Bundles the SDK from its TypeScript modules rather than its published build. The published build joins the whole
 * contract into one chunk, so a bundle keeps every schema of it (the officials' and the write side's too); from its
 * modules, with the SDK's `sideEffects: false`, a file keeps only those its widget reaches (the feed's file: about
 * 1.7 KB less min+gzip). Same sources, same code: only what is left out differs.
 */
const sdkSources = {
  name: 'kim-sdk-sources',
  setup(build) {
    build.onResolve({ filter: /^@kim-kit\/sdk(\/schemas)?$/ }, (args) => ({ path: SDK_SOURCES[args.path] }));
  },
};

/** Minified ES2022 modules for browsers, from the package's TypeScript, with Lit templates squeezed. */
export const browserBundle = {
  absWorkingDir: pkg,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  plugins: [minifyTemplates, sdkSources],
  logLevel: 'warning',
};

/** Keeps the sanitizer fallback out of a CDN file: it stays a dynamic import of the file beside it. */
export const fallbackBeside = {
  name: 'kim-sanitizer-fallback-beside',
  setup(build) {
    build.onResolve({ filter: /\/sanitize-fallback\.js$/ }, (args) =>
      args.path === SANITIZER_FALLBACK.specifier && args.importer.endsWith('sanitize.ts')
        ? { path: `./${SANITIZER_FALLBACK.file}`, external: true }
        : undefined,
    );
  },
};

/** Keeps the console's rich-text editor out of the console's file: it stays a dynamic import of the file beside it. */
export const editorBeside = {
  name: 'kim-console-editor-beside',
  setup(build) {
    build.onResolve({ filter: /\/rich-text\.js$/ }, (args) =>
      args.path === CONSOLE_EDITOR.specifier &&
      args.kind === 'dynamic-import' &&
      args.importer.endsWith(CONSOLE_EDITOR.importer)
        ? { path: `./${CONSOLE_EDITOR.file}`, external: true }
        : undefined,
    );
  },
};

/**
 * The console's CDN build is split: what only some sections need stays out of cdn/kim-console.js in a chunk loaded on
 * demand (the intake, `import()` in console-app/intake-loader.ts), and the code both need goes into a chunk that
 * kim-console.js imports (the console page preloads it). Chunk names carry a hash of their content, so a console file
 * never meets a chunk of another build.
 */
export const consoleSplit = {
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'kim-console-[name]-[hash]',
};

/** The files a module imports statically (`import ... from "./x.js"` or `import "./x.js"`, never `import()`). */
export function staticImportsOf(code) {
  const text = typeof code === 'string' ? code : new TextDecoder().decode(code);
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]);
}
