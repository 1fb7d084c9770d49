// The SDK bundled as browser code would embed it, minified, from the sources: what `pnpm size` prints and what
// test/bundle-isolation.test.ts checks. Each input file is classified, so the figures say what the bytes are.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The modules of the write side (auth, admin resources, their schemas): never in a public page's bundle. */
export const WRITE_SIDE_MODULE =
  /(^|\/)src\/(resources\/(admin|auth)[\w-]*|schemas\/(account|audit|media|admin-queries|[\w-]+-admin))\.ts$/;

const PUBLIC_RESOURCES = [
  'regionsResource',
  'groupsResource',
  'newsResource',
  'categoriesResource',
  'aspirationsResource',
];
const compose = (names) =>
  `import { composeKimClient, ${names.join(', ')} } from './src/index.ts';\n` +
  `export const createClient = (options) => composeKimClient(options, { ${names
    .map((name) => `${name.replace('Resource', '')}: ${name}`)
    .join(', ')} });\n`;

/** What is measured: the entry code, bundled as a page's bundler would. */
export const BUNDLES = {
  public: {
    label: 'the public client a page embeds: composeKimClient with regions, groups, news, categories, aspirations',
    contents: compose(PUBLIC_RESOURCES),
  },
  newsOnly: { label: 'a news-only client: composeKimClient with news', contents: compose(['newsResource']) },
  everything: {
    label: 'everything the SDK exports (the worst case: an app that imports all of it)',
    contents: `export * from './src/index.ts';\n`,
  },
};

/** Which part of the bundle an input file belongs to. */
export function partOf(file) {
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?ky\//.test(file)) return 'ky';
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\/(v4\/)?locales\//.test(file)) return 'zod locales';
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(file)) return 'zod/mini';
  const writeSide = WRITE_SIDE_MODULE.test(file);
  if (/(^|\/)src\/schemas\//.test(file)) return writeSide ? 'schemas: write side' : 'schemas: public';
  if (/(^|\/)src\/resources\//.test(file)) return writeSide ? 'resources: auth and admin' : 'resources: public';
  if (/(^|\/)src\//.test(file)) return writeSide ? 'resources: auth and admin' : 'client: transport, errors, lists';
  return 'other';
}

/**
 * Bundles `contents` (ESM importing `./src/...`) for the browser, minified.
 * @returns the minified code, its gzipped size, and the minified bytes each input file left in it
 */
export async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const inputs = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) inputs.set(file, (inputs.get(file) ?? 0) + bytesInOutput);
    }
  }
  return { code, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs };
}
