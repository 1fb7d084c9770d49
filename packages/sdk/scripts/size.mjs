#!/usr/bin/env node
// `pnpm size`: the SDK bundled for the browser with all its dependencies (ky, zod/mini), minified and gzipped, with
// what each part weighs. Everything the package exports is kept, so this is the worst case: an app that uses less
// (say, the schemas only) ships less. Fails above the budget.
//
// The parts are measured from esbuild's metafile: the minified bytes each input file left in the bundle, grouped.
// gzip works on the whole file, so a part's share of the min+gzip total is estimated in proportion to its minified
// bytes (marked ≈); the total itself is measured.
//
// Figures (issue 10): before ky 15.6 KB (zod/mini 10.5, client 3.4, schemas 1.8); with ky and the additions
// 26.5 KB (ky ≈8.5; the schemas grew by the domain rules and the id/en validation messages, ≈1.5; the client by the
// write-side seam, the baseUrl and token checks and the new error classes, ≈0.8). The 26 KB target is printed
// and not met by about 0.5 KB: meeting it would mean dropping part of what the issue asks for. The gate guards
// against growth just above the size measured until the budget is settled. Issue 12 part A adds ≈0.2 KB (26.71 KB):
// roles and memberships are plain constants and functions until a route uses them (as zod schemas, with a
// discriminated union, they cost ≈1.7 KB here and ≈0.4 KB in the public widgets), and the JSON Feed schema lives in
// the OpenAPI generator, not the contract.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const TARGET_KB = 26;
const GATE_KB = 27;
const root = fileURLToPath(new URL('..', import.meta.url));
// The sources (the same code tsup builds into dist/, unminified): their file names tell the schemas from the client.
const entry = './src/index.ts';
if (!existsSync(`${root}/src/index.ts`)) throw new Error('run from a checkout: src/index.ts is missing');

const result = await build({
  stdin: { contents: `export * from '${entry}';`, resolveDir: root, loader: 'js' },
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
const gzipped = gzipSync(code, { level: 9 }).length;

/** Which part of the bundle an input file belongs to. */
function partOf(file) {
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?ky\//.test(file)) return 'ky';
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\/(v4\/)?locales\//.test(file)) return 'zod locales (id, en)';
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(file)) return 'zod/mini';
  if (/(^|\/)src\/schemas\//.test(file)) return 'schemas (the contract)';
  if (/(^|\/)src\//.test(file)) return 'client';
  return 'other';
}

const parts = new Map();
for (const output of Object.values(result.metafile.outputs)) {
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = partOf(file);
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
}
const counted = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const over = gzipped > GATE_KB * 1024;
const target = gzipped <= TARGET_KB * 1024 ? 'met' : 'NOT MET';
console.log(
  `${over ? 'OVER' : 'ok  '} @kim-kit/sdk, everything it exports: min ${kb(code.length)}, min+gzip ${kb(gzipped)} ` +
    `(gate ${GATE_KB} KB; target ${TARGET_KB} KB: ${target})`,
);
for (const [part, bytes] of [...parts].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1])) {
  const share = (bytes / counted) * gzipped;
  console.log(`       ${part.padEnd(24)} min ${kb(bytes).padStart(9)}   ≈ min+gzip ${kb(share).padStart(8)}`);
}
process.exit(over ? 1 : 0);
