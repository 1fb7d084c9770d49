// The CDN build: one self-contained ES module per widget and one with all four, plus the sanitizer fallback they load
// on demand; the console's file, plus its rich-text editor it loads on demand; each written with its brotli and gzip copies beside it, for servers that send precompressed files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundle, editorBeside, fallbackBeside } from './browser-bundle.mjs';
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
  const code = result.outputFiles[0].contents;
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

await Promise.all([
  ...CDN_FILES.map(({ entry, file }) => bundle(entry, file, [fallbackBeside])),
  bundle(SANITIZER_FALLBACK.entry, SANITIZER_FALLBACK.file),
  bundle(CONSOLE_FILE.entry, CONSOLE_FILE.file, [fallbackBeside, editorBeside], { isPublic: false }),
  bundle(CONSOLE_EDITOR.entry, CONSOLE_EDITOR.file, [], { isPublic: false }),
]);
if (leaks.length) {
  console.error(`Public CDN files must not include console code (${CONSOLE_SOURCES}):\n  ${leaks.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `built cdn/: ${[...CDN_FILES.map((f) => f.file), SANITIZER_FALLBACK.file, CONSOLE_FILE.file, CONSOLE_EDITOR.file].join(', ')} (+ .br, .gz); ` +
    'no public file includes console code',
);
