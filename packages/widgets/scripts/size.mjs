// Budgets for what a page downloads, min+gzip: the one-file CDN bundle, and the news feed alone with its dependencies.
// The feed is bundled the way an npm consumer's bundler would: code behind a dynamic import() (DOMPurify, needed only
// by the inline reader) becomes a separate chunk, loaded on demand; the budget applies to what loads up front.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundle, pkg } from './browser-bundle.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const verbose = process.argv.includes('--verbose');

/** Bundles `entry` with code splitting; returns the up-front code (entry + static imports) and the lazy chunks. */
async function bundle(entry) {
  const result = await build({
    ...browserBundle,
    entryPoints: [entry],
    splitting: true,
    outdir: 'size-out',
    write: false,
    metafile: true,
    legalComments: 'none',
  });
  const files = new Map(
    result.outputFiles.map((f) => [fileURLToPath(new URL(f.path, 'file://')).slice(pkg.length), f]),
  );
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint);
  const upFront = new Set();
  const visit = (out) => {
    if (upFront.has(out)) return;
    upFront.add(out);
    for (const dep of outputs[out].imports) if (dep.kind === 'import-statement') visit(dep.path);
  };
  visit(entryOut);
  const code = (names) => Buffer.concat(names.map((n) => Buffer.from(files.get(n).contents)));
  const lazy = Object.keys(outputs).filter((o) => !upFront.has(o) && o.endsWith('.js'));
  if (verbose) {
    for (const [label, names] of [
      ['up front', [...upFront]],
      ['lazy', lazy],
    ]) {
      const byPackage = new Map();
      for (const name of names) {
        for (const [file, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
          const key =
            file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1] ??
            file.replace(/^.*?src\//, 'src/');
          byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
        }
      }
      console.log(`${entry} ${label}, minified bytes by input:`);
      for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        console.log(`  ${kb(bytes).padStart(10)}  ${key}`);
      }
    }
  }
  return { upFront: code([...upFront]), lazy: code(lazy) };
}

const checks = [];
const cdn = readFileSync(new URL('../cdn/kim-widgets.js', import.meta.url));
checks.push({
  name: 'cdn/kim-widgets.js (all widgets, one file)',
  bytes: cdn.length,
  gz: gzip(cdn),
  // The target is 38 KB, but what the file must contain besides the widgets (lit, the SDK with its zod contract,
  // DOMPurify) already takes about 43 KB: see the floor printed below. Until the target is settled (issue 4), CI guards
  // against growth at the size measured, and the target is printed beside it. Issue 10 put the SDK on ky: the file
  // went from 56.4 to 65.8 KB (ky about 8.5 KB of it), so the gate moved from 58 to 66 KB; the public widgets issue
  // that follows resets the widget budgets.
  budget: 66 * 1024,
  target: 38 * 1024,
});

const feed = await bundle('src/define/news-feed.ts');
checks.push({
  name: '<kim-news-feed> alone, loaded up front',
  bytes: feed.upFront.length,
  gz: gzip(feed.upFront),
  // 27.1 KB before issue 10; the SDK on ky (about 8.5 KB of ky) made it 36.5 KB. Gate raised from 30 KB to 37 KB
  // until the public widgets issue resets the widget budgets.
  budget: 37 * 1024,
});

// The dependency floor of the CDN file: the same build with every widget source replaced by just the package imports
// it makes (lit, @lit/task, the SDK, DOMPurify). No widget code can make the file smaller than this.
const IMPORT = /^import\s+(type\s+)?([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s+from\s+'([^.'][^']*)';/gm;
const LOCAL = /^(?:import|export)\b[^;]*?from\s+'(\.[^']*)'|^import\s+'(\.[^']*)'|\bimport\('(\.[^']*)'\)/gm;
async function floorBundle() {
  let module = 0;
  const result = await build({
    ...browserBundle,
    entryPoints: ['src/define/all.ts'],
    write: false,
    legalComments: 'none',
    plugins: [
      {
        name: 'imports-only',
        setup(build) {
          build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
            const source = readFileSync(args.path, 'utf8');
            const local = [...source.matchAll(LOCAL)].map((m) => m[1] ?? m[2] ?? m[3]);
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
for (const { name, bytes, gz, budget, target } of checks) {
  const ok = gz <= budget;
  failed ||= !ok;
  const goal = target ? `; target ${kb(target)}: ${gz <= target ? 'met' : 'NOT MET'}` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(bytes)} min, ${kb(gz)} min+gzip (budget ${kb(budget)}${goal})`);
}
console.log(
  `     <kim-news-feed> reader chunk (DOMPurify, loaded on first inline article): ${kb(feed.lazy.length)} min, ${kb(gzip(feed.lazy))} min+gzip`,
);
console.log(
  `     dependency floor of the CDN file (lit, the SDK, DOMPurify; no widget code): ${kb(floorCode.length)} min, ${kb(gzip(floorCode))} min+gzip`,
);
process.exit(failed ? 1 : 0);
