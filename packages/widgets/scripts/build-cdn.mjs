// The CDN build: one self-contained ES module per widget and one with all four, plus the sanitizer fallback they load
// on demand; the console's file with its shared chunk and the intake's chunk it loads on demand (code split), plus its
// rich-text editor it loads on demand; each written with its brotli and gzip copies beside it, for servers that send
// precompressed files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundle, consoleSplit, editorBeside, fallbackBeside } from './browser-bundle.mjs';
import { CDN_FILES, CONSOLE_EDITOR, CONSOLE_FILE, CONSOLE_SOURCES, SANITIZER_FALLBACK } from './cdn-files.mjs';

const outdir = new URL('../cdn/', import.meta.url);
mkdirSync(outdir, { recursive: true });
// A file left from an older build would be shipped and served: start from an empty folder.
for (const name of readdirSync(outdir)) rmSync(new URL(name, outdir), { recursive: true, force: true });

/** Public files whose bundle included console code: the build fails with their names. */
const leaks = [];

async function bundle(entry, file, plugins = [], { isPublic = true } = {}) {
  const result = await build({
    ...browserBundle,
    entryPoints: [entry],
    write: false,
    sourcemap: false,
    metafile: true,
    legalComments: 'eof',
    plugins: [...browserBundle.plugins, ...plugins],
  });
  if (isPublic) {
    const consoleInputs = Object.keys(result.metafile.inputs).filter((path) => path.includes(CONSOLE_SOURCES.slice(1)));
    if (consoleInputs.length) leaks.push(`${file}: ${consoleInputs.join(', ')}`);
  }
  write(file, result.outputFiles[0].contents);
}

/** Writes a file of cdn/ with its gzip and brotli copies. */
function write(file, code) {
  const target = new URL(file, outdir);
  writeFileSync(target, code);
  writeFileSync(new URL(`${file}.gz`, outdir), gzipSync(code, { level: 9 }));
  writeFileSync(
    new URL(`${file}.br`, outdir),
    brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }),
  );
}

/** The console's files, code split (browser-bundle.mjs, consoleSplit): kim-console.js and its chunks. */
async function bundleConsole() {
  const result = await build({
    ...browserBundle,
    ...consoleSplit,
    entryPoints: { [basename(CONSOLE_FILE.file, '.js')]: CONSOLE_FILE.entry },
    outdir: fileURLToPath(outdir),
    write: false,
    sourcemap: false,
    metafile: true,
    legalComments: 'eof',
    plugins: [...browserBundle.plugins, fallbackBeside, editorBeside],
  });
  for (const output of result.outputFiles) write(basename(output.path), output.contents);
  const [, entry] = Object.entries(result.metafile.outputs).find(([path]) => basename(path) === CONSOLE_FILE.file);
  return { files: result.outputFiles.map((o) => basename(o.path)), exports: entry.exports };
}

/** The runtime exports of src/console/index.ts (@kim-kit/widgets/console), which the console's file mirrors. */
async function consoleIndexExports() {
  const result = await build({
    ...browserBundle,
    entryPoints: ['src/console/index.ts'],
    write: false,
    metafile: true,
    minify: false,
    outdir: 'console-index',
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

const [consoleBuild, indexExports] = await Promise.all([
  bundleConsole(),
  consoleIndexExports(),
  ...CDN_FILES.map(({ entry, file }) => bundle(entry, file, [fallbackBeside])),
  bundle(SANITIZER_FALLBACK.entry, SANITIZER_FALLBACK.file),
  bundle(CONSOLE_EDITOR.entry, CONSOLE_EDITOR.file, [], { isPublic: false }),
]);
const missing = indexExports.filter(
  (name) => !consoleBuild.exports.includes(name) && !CONSOLE_FILE.lazyExports.includes(name),
);
if (missing.length) {
  console.error(
    `cdn/${CONSOLE_FILE.file} lacks exports of src/console/index.ts: ${missing.join(', ')}. Export them from ` +
      `${CONSOLE_FILE.entry}, or list them in CONSOLE_FILE.lazyExports (scripts/cdn-files.mjs) if they load on demand.`,
  );
  process.exit(1);
}
if (leaks.length) {
  console.error(`Public CDN files must not include console code (${CONSOLE_SOURCES}):\n  ${leaks.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `built cdn/: ${[...CDN_FILES.map((f) => f.file), SANITIZER_FALLBACK.file, ...consoleBuild.files, CONSOLE_EDITOR.file].join(', ')} (+ .br, .gz); ` +
    'no public file includes console code',
);
