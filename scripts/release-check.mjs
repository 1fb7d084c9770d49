#!/usr/bin/env node
// `pnpm release:check`: packs every publishable package and proves the tarballs work outside the workspace.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { chromeArgs } from './wtr-shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['sdk', 'widgets', 'server'];
const work = mkdtempSync(join(tmpdir(), 'kim-release-'));
const results = [];

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

async function check(name, fn) {
  const started = Date.now();
  try {
    const note = await fn();
    results.push(true);
    console.log(`  ok    ${name}${note ? ` — ${note}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push(false);
    console.log(`  FAIL  ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitFor(url, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

console.log(`release:check in ${work}`);

await check('changeset status', () => sh('pnpm', ['exec', 'changeset', 'status']).trim().split('\n').at(-1));
await check('build', () => void sh('pnpm', ['run', 'build']));

const tarballs = {};
const packDir = join(work, 'tarballs');
mkdirSync(packDir);
for (const pkg of packages) {
  await check(`pack @kim-kit/${pkg}`, () => {
    const before = new Set(readdirSync(packDir));
    sh('pnpm', ['pack', '--pack-destination', packDir], { cwd: join(root, 'packages', pkg) });
    const file = readdirSync(packDir).find((f) => !before.has(f));
    tarballs[pkg] = join(packDir, file);
    const listing = sh('tar', ['-tzf', tarballs[pkg]]).split('\n').filter(Boolean);
    const leaks = listing.filter((f) => /\.(test|stories|spec)\.|\.map$|\/src\/|test-fixtures/.test(f));
    if (leaks.length > 0) throw new Error(`files that should not ship: ${leaks.join(', ')}`);
    return `${file}: ${(statSync(tarballs[pkg]).size / 1024).toFixed(1)} KB packed, ${listing.length} files`;
  });
  await check(`publint @kim-kit/${pkg}`, () => void sh('pnpm', ['exec', 'publint', 'run', tarballs[pkg], '--strict']));
  await check(`attw @kim-kit/${pkg}`, () => {
    const args = ['exec', 'attw', tarballs[pkg], '--profile', 'esm-only', '--format', 'table-flipped'];
    if (pkg === 'server') args.push('--exclude-entrypoints', './package.json');
    sh('pnpm', args);
  });
}

const app = join(work, 'app');
mkdirSync(app);
await check('install the tarballs into a fresh project', () => {
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'kim-release-check',
        private: true,
        type: 'module',
      },
      null,
      2,
    ),
  );
  sh(
    'npm',
    ['install', '--no-audit', '--no-fund', tarballs.sdk, tarballs.widgets, tarballs.server, 'typescript@6.0.3'],
    {
      cwd: app,
    },
  );
});

await check('SDK from Node ESM', () => {
  writeFileSync(
    join(app, 'esm.mjs'),
    `import { createKimClient, KimNotFoundError, Region } from '@kim-kit/sdk';
import { AspirationInput, NewsArticle, normalizeTrackingCode, toFieldErrors, validationErrorMap } from '@kim-kit/sdk/schemas';
const client = createKimClient({ baseUrl: 'http://127.0.0.1:9' });
if (typeof client.news.list !== 'function' || typeof KimNotFoundError !== 'function') throw new Error('exports missing');
const parsed = AspirationInput.safeParse({ title: 'x' }, { error: validationErrorMap('en') });
if (!toFieldErrors(parsed.error, 'en').some((e) => e.path === 'title' && e.message.startsWith('Too short'))) throw new Error('messages');
if (normalizeTrackingCode('7k3m9-qx2pd') !== '7K3M9QX2PD') throw new Error('tracking codes');
let threw = false;
try { createKimClient({ baseUrl: 'localhost:8787' }); } catch (error) { threw = error instanceof TypeError; }
if (!threw) throw new Error('baseUrl check');
if (!Region.safeParse({ code: '19.71', name: 'Kota Pangkal Pinang', level: 'city', kind: 'kota', parentCode: '19' }).success) throw new Error('schema');
if (typeof NewsArticle.safeParse !== 'function') throw new Error('schemas entry');
console.log('ok');
`,
  );
  return sh('node', ['esm.mjs'], { cwd: app }).trim();
});

/**
 * Every entry point the READMEs name: `@kim-kit/<package>[/<path>]` anywhere, and the widgets README's bare
 * `define/<name>.js`. A name after `node_modules/` is a folder or file to find on disk; a name followed by `@` is a
 * CDN URL (`@kim-kit/widgets@<version>/...`), checked with the CDN files below.
 */
function readmeEntryPoints() {
  const readmes = ['README.md', ...packages.map((p) => `packages/${p}/README.md`)];
  const specifiers = new Set();
  const onDisk = new Set();
  for (const readme of readmes) {
    const text = readFileSync(join(root, readme), 'utf8');
    for (const m of text.matchAll(
      /(node_modules\/)?(@kim-kit\/(?:sdk|widgets|server)(?:\/[\w./-]*[\w])?)(?![\w@-])/g,
    )) {
      (m[1] ? onDisk : specifiers).add(m[2]);
    }
    if (readme === 'packages/widgets/README.md') {
      for (const m of text.matchAll(/`(define\/[\w-]+\.js)`/g)) specifiers.add(`@kim-kit/widgets/${m[1]}`);
    }
  }
  return { specifiers: [...specifiers].sort(), onDisk: [...onDisk].sort() };
}

await check('every entry point the READMEs name resolves, in Node and in a bundler', async () => {
  const { specifiers, onDisk } = readmeEntryPoints();
  for (const path of onDisk) {
    if (!existsSync(join(app, 'node_modules', path))) throw new Error(`node_modules/${path} is not in the install`);
  }
  writeFileSync(
    join(app, 'resolve.mjs'),
    `for (const s of ${JSON.stringify(specifiers)}) console.log(s, '->', import.meta.resolve(s).replace(/^.*node_modules\\//, ''));`,
  );
  const resolved = sh('node', ['resolve.mjs'], { cwd: app }).trim().split('\n');
  // What a browser app's bundler (Vite uses esbuild and Rollup alike) makes of each: every module must resolve. The
  // server is a Node package: Node's resolution above is the one that counts for it.
  const modules = specifiers.filter((s) => !s.endsWith('.json') && !s.startsWith('@kim-kit/server'));
  await build({
    stdin: { contents: modules.map((s) => `import '${s}';`).join('\n'), resolveDir: app, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return `${specifiers.length} specifiers (${specifiers.join(', ')}), ${onDisk.length} paths; e.g. ${resolved.find((r) => r.includes('define/all'))}`;
});

await check('esbuild and Vite keep every registration of define/all.js and define/news-feed.js', async () => {
  const tags = ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status'];
  const defined = (code) =>
    [...code.matchAll(/customElements\.define\(\s*["'](kim-[\w-]+)["']/g)].map((m) => m[1]).sort();
  const cases = [
    ['@kim-kit/widgets/define/all.js', tags],
    ['@kim-kit/widgets/define/news-feed.js', ['kim-news-feed']],
  ];
  for (const [entry, expected] of cases) {
    const result = await build({
      stdin: { contents: `import '${entry}';`, resolveDir: app, loader: 'js' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      treeShaking: true,
      logLevel: 'silent',
    });
    const found = defined(result.outputFiles[0].text);
    if (JSON.stringify(found) !== JSON.stringify([...expected].sort())) {
      throw new Error(`esbuild: ${entry} defines ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
    }
  }
  // A Vite app importing define/all.js, as the README shows (issue 11: it did not build while the file was missing).
  const viteApp = join(app, 'vite-app');
  mkdirSync(viteApp);
  writeFileSync(join(viteApp, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(viteApp, 'main.js'), "import '@kim-kit/widgets/define/all.js';\n");
  const output = await viteBuild({
    root: viteApp,
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const code = chunks
    .filter((c) => c.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
  const found = defined(code);
  if (JSON.stringify(found) !== JSON.stringify([...tags].sort())) {
    throw new Error(`Vite: define/all.js defines ${JSON.stringify(found)}, expected ${JSON.stringify(tags)}`);
  }
  return 'esbuild: all.js 4, news-feed.js 1; Vite: all.js 4';
});

await check('the CDN files the READMEs name are in the widgets tarball, each with .br and .gz', () => {
  const listing = sh('tar', ['-tzf', tarballs.widgets]).split('\n');
  const named = new Set();
  for (const readme of ['README.md', 'packages/widgets/README.md', 'examples/municipal-site/README.md']) {
    for (const m of readFileSync(join(root, readme), 'utf8').matchAll(/cdn\/(kim-[\w-]+\.js)\b/g)) named.add(m[1]);
  }
  const missing = [...named].flatMap((file) =>
    ['', '.br', '.gz'].map((suffix) => `package/cdn/${file}${suffix}`).filter((path) => !listing.includes(path)),
  );
  if (named.size < 6 || missing.length > 0) throw new Error(`named ${[...named]}; missing ${missing.join(', ')}`);
  return [...named].join(', ');
});

for (const moduleResolution of ['node16', 'bundler']) {
  await check(`SDK types with moduleResolution ${moduleResolution}`, () => {
    const dir = join(app, `ts-${moduleResolution}`);
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: moduleResolution === 'node16' ? 'node16' : 'esnext',
          moduleResolution,
          lib: ['es2023', 'dom'],
          types: [],
          skipLibCheck: false,
        },
        include: ['usage.ts'],
      }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      join(dir, 'usage.ts'),
      `import { createKimClient, isKimApiError, isKimConflictError, type KimHooks, type NewsSummary, type AspirationInput } from '@kim-kit/sdk';
import { formatTrackingCode, regionLevelOf, validationErrorMap } from '@kim-kit/sdk/schemas';
const hooks: KimHooks = {
  beforeRequest: [({ request }) => request.headers.set('traceparent', '00-1-2-01')],
  afterResponse: [({ response }) => void response.status],
  beforeError: [({ error }) => (isKimConflictError(error) ? error : error)],
};
const client = createKimClient({
  baseUrl: 'https://kim.example.go.id',
  timeoutMs: 5000,
  hooks,
  token: async () => 'session-token',
});
export const shown: string = formatTrackingCode('7K3M9QX2PD');
export const level: 'province' | 'regency' | 'city' | 'district' | 'village' | null = regionLevelOf('19.71');
export const map = validationErrorMap('en');
export async function latest(): Promise<string[]> {
  const page = await client.news.list({ region: '19.71', limit: 5 });
  const titles: string[] = page.data.map((a: NewsSummary) => a.title);
  for await (const article of client.news.list({ region: '19.71' })) titles.push(article.slug);
  return titles;
}
export async function send(input: AspirationInput): Promise<string | undefined> {
  try {
    return (await client.aspirations.submit(input)).trackingCode;
  } catch (error) {
    if (isKimApiError(error)) return error.code;
    throw error;
  }
}
// @ts-expect-error regions.get takes a code string
client.regions.get(42);
`,
    );
    sh(join(app, 'node_modules/.bin/tsc'), ['-p', dir]);
  });
}

const port = await freePort();
const db = join(work, 'kim.db');
const bin = join(app, 'node_modules/.bin/kim-server');
await check('kim-server --help', () => {
  const out = sh(bin, ['--help'], { cwd: app });
  if (!/seed/.test(out) || !/import-regions/.test(out)) throw new Error(`unexpected help:\n${out}`);
});
await check('kim-server seed', () => void sh(bin, ['seed', '--db', db], { cwd: app }));
await check('kim-server import-regions (the list built into the package)', () => {
  const out = sh(bin, ['import-regions', '--db', join(work, 'regions.db')], { cwd: app });
  if (!/Imported 91599 regions from the built-in/.test(out)) throw new Error(`unexpected output:\n${out}`);
});

const site = join(work, 'site');
mkdirSync(site);
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>release check</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/kim-widgets.js"></script></head><body>
<kim-news-feed api-base="/" region="19.71" limit="3"></kim-news-feed>
<kim-group-directory api-base="/" region="19.71"></kim-group-directory>
<kim-aspiration-form api-base="/" region="19.71" privacy-url="/privasi.html"></kim-aspiration-form>
<kim-aspiration-status api-base="/"></kim-aspiration-status>
</body></html>`,
);
// The news feed alone, from its own file, with no api-base: the server it came from is its API.
writeFileSync(
  join(site, 'feed.html'),
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>release check: feed</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/kim-news-feed.js"></script></head><body>
<kim-news-feed region="19.71" limit="2"></kim-news-feed>
</body></html>`,
);
const server = spawn(
  bin,
  [
    'serve',
    '--port',
    String(port),
    '--db',
    db,
    '--site',
    site,
    '--cdn',
    join(app, 'node_modules/@kim-kit/widgets/cdn'),
  ],
  { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.on('error', (error) => {
  serverLog += String(error);
});
server.stdout.on('data', (d) => {
  serverLog += d;
});
server.stderr.on('data', (d) => {
  serverLog += d;
});
try {
  await check('kim-server serve', async () => {
    await waitFor(`http://127.0.0.1:${port}/healthz`).catch((e) => {
      throw new Error(`${e.message}\n${serverLog}`);
    });
    const page = await (await fetch(`http://127.0.0.1:${port}/v1/news?region=19.71&limit=3`)).json();
    if (page.data.length !== 3) throw new Error('the seeded news did not come back');
  });
  await check('CDN files render every widget in Chromium', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: chromeArgs,
    });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`http://127.0.0.1:${port}/`);
      // What each widget shows once its data has arrived from the server.
      const ready = {
        'kim-news-feed': '[part~="item"]',
        'kim-group-directory': '[part~="card"]',
        'kim-aspiration-form': 'form select option[value="19.71.01"]',
        'kim-aspiration-status': 'input',
      };
      for (const [tag, selector] of Object.entries(ready)) {
        await page
          .waitForFunction(([t, sel]) => document.querySelector(t)?.shadowRoot?.querySelector(sel), [tag, selector], {
            timeout: 15000,
          })
          .catch(() => {
            throw new Error(`${tag} did not render ${selector}; console: ${problems.join(' | ')}`);
          });
      }
      const articles = await page.evaluate(
        () => document.querySelector('kim-news-feed').shadowRoot.querySelectorAll('[part~="item"]').length,
      );
      if (articles !== 3) throw new Error(`the news feed shows ${articles} articles, expected 3`);
      if (problems.length > 0) throw new Error(`console errors:\n${problems.join('\n')}`);
      await page.goto(`http://127.0.0.1:${port}/feed.html`);
      await page.waitForFunction(
        () => document.querySelector('kim-news-feed')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 2,
        undefined,
        { timeout: 15000 },
      );
      if (problems.length > 0) throw new Error(`console errors:\n${problems.join('\n')}`);
      return `4 widgets, ${articles} articles; cdn/kim-news-feed.js alone without api-base`;
    } finally {
      await browser.close();
    }
  });
} finally {
  server.kill('SIGTERM');
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`KIM-TEST-RESULT passed=${passed} failed=${failed} skipped=0`);
if (failed === 0 && !process.env.KEEP) rmSync(work, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);
