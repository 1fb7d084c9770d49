// Budgets for what a page downloads, min+gzip: each self-contained CDN file (one per widget, and all four in one), with
// the issue's budget and the gate CI enforces (see cdn-files.mjs). The brotli size, what kim-server actually sends from
// the precompressed copy, is printed beside it, and so is the sanitizer fallback, which only browsers without the HTML
// Sanitizer API load, on their first article.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundle, consoleSplit, editorBeside, fallbackBeside, staticImportsOf } from './browser-bundle.mjs';
import { bundleParts } from './bundle-parts.mjs';
import { CDN_FILES, CONSOLE_EDITOR, CONSOLE_FILE, CONSOLE_LAZY_GATE_KB, SANITIZER_FALLBACK } from './cdn-files.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
const read = (file) => readFileSync(new URL(`../cdn/${file}`, import.meta.url));

// The dependency floor of the all-in-one file: the same build with every widget source replaced by just the package
// imports it makes (lit, @lit/task, the SDK). No widget code can make the file smaller than this. Dynamic imports
// (the sanitizer fallback) are left out, as the CDN files leave them out.
const IMPORT = /^import\s+(type\s+)?([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s+from\s+'([^.'][^']*)';/gm;
const LOCAL = /^(?:import|export)\b[^;]*?from\s+'(\.[^']*)'|^import\s+'(\.[^']*)'/gm;
async function floorBundle() {
  let module = 0;
  const result = await build({
    ...browserBundle,
    entryPoints: ['src/cdn/kim-widgets.ts'],
    write: false,
    legalComments: 'none',
    plugins: [
      {
        name: 'imports-only',
        setup(build) {
          build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
            const source = readFileSync(args.path, 'utf8');
            const local = [...source.matchAll(LOCAL)].map((m) => m[1] ?? m[2]);
            const lines = [...new Set(local)].map((path) => `export * from '${path}';`);
            const id = module++;
            let n = 0;
            for (const [, typeOnly, defaultName, braces = '', from] of source.matchAll(IMPORT)) {
              if (typeOnly) continue;
              const named = braces
                .split(',')
                .map((spec) => spec.trim())
                .filter((spec) => spec && !spec.startsWith('type '));
              const names = [defaultName, ...named.map((spec) => spec.split(/\s+as\s+/).pop())].filter(Boolean);
              if (!names.length) continue;
              const clause = [defaultName, named.length ? `{ ${named.join(', ')} }` : ''].filter(Boolean).join(', ');
              // Keep each imported binding alive without any widget code around it.
              lines.push(`import ${clause} from '${from}';`, `export const keep${id}_${n++} = [${names.join(', ')}];`);
            }
            return { contents: lines.join('\n'), loader: 'ts' };
          });
        },
      },
    ],
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}
const floorCode = await floorBundle();

let failed = false;
for (const { file, budgetKb, gateKb } of CDN_FILES) {
  const code = read(file);
  const gz = gzip(code);
  const ok = gz <= gateKb * 1024;
  failed ||= !ok;
  const budget =
    budgetKb === null ? 'no budget set' : `budget ${kb(budgetKb * 1024)}: ${gz <= budgetKb * 1024 ? 'met' : 'NOT MET'}`;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} cdn/${file}: ${kb(code.length)} min, ${kb(gz)} min+gzip (${budget}; CI gate ` +
      `${kb(gateKb * 1024)}), ${kb(brotli(code))} brotli`,
  );
}
const fallback = read(SANITIZER_FALLBACK.file);
console.log(
  `     cdn/${SANITIZER_FALLBACK.file} (DOMPurify, only without the native HTML Sanitizer, on the first article): ` +
    `${kb(fallback.length)} min, ${kb(gzip(fallback))} min+gzip`,
);
console.log(
  `     dependency floor of cdn/kim-widgets.js (lit, @lit/task, the SDK; no widget code): ${kb(floorCode.length)} min, ${kb(gzip(floorCode))} min+gzip`,
);
failed = !(await consoleStartup()) || failed;
failed =
  !(await consoleFile(
    CONSOLE_EDITOR,
    [],
    `the console's rich-text editor, loaded on demand by ${CONSOLE_FILE.file}`,
  )) || failed;
process.exit(failed ? 1 : 0);

/**
 * The console's start-up (cdn/kim-console.js and the chunks it imports statically, each gzipped on its own, as each is
 * a download of its own) against the console's growth gate, then each chunk it loads on demand against its gate; the
 * parts of each from esbuild's metafile of the same split build (checked to be byte for byte the shipped files).
 */
async function consoleStartup() {
  const startup = [CONSOLE_FILE.file];
  for (let i = 0; i < startup.length; i++) {
    for (const file of staticImportsOf(read(startup[i]))) if (!startup.includes(file)) startup.push(file);
  }
  const lazy = readdirSync(new URL('../cdn/', import.meta.url)).filter(
    (file) => /^kim-console-.+\.js$/.test(file) && file !== CONSOLE_EDITOR.file && !startup.includes(file),
  );
  const result = await build({
    ...browserBundle,
    ...consoleSplit,
    entryPoints: { [basename(CONSOLE_FILE.file, '.js')]: CONSOLE_FILE.entry },
    outdir: fileURLToPath(new URL('../cdn/', import.meta.url)),
    write: false,
    sourcemap: false,
    metafile: true,
    legalComments: 'eof',
    plugins: [...browserBundle.plugins, fallbackBeside, editorBeside],
  });
  const rebuilt = new Map(result.outputFiles.map((o) => [basename(o.path), o.contents]));
  const same = [...startup, ...lazy].every(
    (file) => rebuilt.get(file) && Buffer.from(rebuilt.get(file)).equals(read(file)),
  );
  const parts = (file) => {
    if (!same) return;
    const code = read(file);
    const gz = gzip(code);
    const [, output] = Object.entries(result.metafile.outputs).find(([path]) => basename(path) === file);
    for (const part of bundleParts(result.metafile, output).filter((p) => p.bytes > 0)) {
      const share = part.bytes / code.length;
      console.log(
        `         ${part.name}: ${kb(part.bytes)} min (${(share * 100).toFixed(1)}%), ~${kb(share * gz)} min+gzip` +
          `${part.inputs ? `, ${part.inputs} modules` : ''}`,
      );
    }
  };
  const sizes = startup.map((file) => ({ file, code: read(file) }));
  const total = (f) => sizes.reduce((sum, { code }) => sum + f(code), 0);
  const gz = total(gzip);
  const ok = gz <= CONSOLE_FILE.gateKb * 1024;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} console start-up, cdn/${CONSOLE_FILE.file} and what it imports (officials only; public ` +
      `pages never load it): ${kb(total((c) => c.length))} min, ${kb(gz)} min+gzip (growth gate ` +
      `${kb(CONSOLE_FILE.gateKb * 1024)}, see cdn-files.mjs), ${kb(total(brotli))} brotli, ${startup.length} files`,
  );
  if (!same) console.log('     (the console files differ from their sources: run the build first for their parts)');
  for (const { file, code } of sizes) {
    console.log(`       cdn/${file}: ${kb(code.length)} min, ${kb(gzip(code))} min+gzip, ${kb(brotli(code))} brotli`);
    parts(file);
  }
  let allOk = ok;
  for (const file of lazy) {
    const code = read(file);
    const lazyOk = gzip(code) <= CONSOLE_LAZY_GATE_KB * 1024;
    allOk &&= lazyOk;
    console.log(
      `${lazyOk ? 'ok  ' : 'OVER'} cdn/${file} (loaded on demand by the console: when its section opens, at idle for KIM operators): ` +
        `${kb(code.length)} min, ${kb(gzip(code))} min+gzip (growth gate ${kb(CONSOLE_LAZY_GATE_KB * 1024)}), ` +
        `${kb(brotli(code))} brotli`,
    );
    parts(file);
  }
  return allOk;
}

/**
 * A console file (the console's, or its editor loaded on demand) against its growth gate, and its parts from esbuild's metafile of the same build (checked to be
 * byte for byte the shipped file). A part's min+gzip share is an estimate: its share of the minified bytes applied
 * to the whole file's min+gzip (gzip does not split by module).
 */
async function consoleFile({ file, entry, gateKb }, plugins, what) {
  const code = read(file);
  const gz = gzip(code);
  const ok = gz <= gateKb * 1024;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} cdn/${file} (${what}): ` +
      `${kb(code.length)} min, ${kb(gz)} min+gzip (growth gate ${kb(gateKb * 1024)}, see cdn-files.mjs), ` +
      `${kb(brotli(code))} brotli`,
  );
  const result = await build({
    ...browserBundle,
    entryPoints: [entry],
    write: false,
    sourcemap: false,
    metafile: true,
    legalComments: 'eof',
    plugins: [...browserBundle.plugins, ...plugins],
  });
  const rebuilt = result.outputFiles[0].contents;
  if (!Buffer.from(rebuilt).equals(code)) {
    console.log(`     (cdn/${file} differs from its sources: run the build first for its parts)`);
    return ok;
  }
  for (const part of bundleParts(result.metafile).filter((p) => p.bytes > 0)) {
    const share = part.bytes / code.length;
    console.log(
      `       ${part.name}: ${kb(part.bytes)} min (${(share * 100).toFixed(1)}%), ~${kb(share * gz)} min+gzip` +
        `${part.inputs ? `, ${part.inputs} modules` : ''}`,
    );
  }
  return ok;
}
