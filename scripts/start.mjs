// `pnpm start`: build what the demo needs, seed .data/demo.db on first run, and serve the API with the municipal
// site at / and the widgets bundle at /cdn/. Ctrl-C (or SIGTERM) stops the server cleanly.
// Environment: PORT or KIM_PORT (default 8787), KIM_ADMIN_TOKEN (default: one generated and kept in .data/admin-token),
// KIM_DB (default .data/demo.db), KIM_SKIP_BUILD=1 to serve what is already built.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const cli = at('packages', 'server', 'dist', 'cli.js');
const port = process.env.PORT ?? process.env.KIM_PORT ?? '8787';
const db = process.env.KIM_DB ?? at('.data', 'demo.db');
const site = at('examples', 'municipal-site');
const cdn = at('packages', 'widgets', 'cdn');

function step(text) {
  console.log(`\n> ${text}`);
}

/** Runs a command in the repository root; returns whether it succeeded. */
function run(command, args, { optional = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 && !optional) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  return result.status === 0;
}

/**
 * The bootstrap admin token: from the environment (the server reads it there too), or generated once into a file
 * beside the demo database that the server reads with --admin-token-file (a token on the command line shows in ps).
 */
function adminToken() {
  if (process.env.KIM_ADMIN_TOKEN) return { token: process.env.KIM_ADMIN_TOKEN, file: undefined };
  const file = at('.data', 'admin-token');
  if (!existsSync(file)) {
    mkdirSync(at('.data'), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return { token: readFileSync(file, 'utf8').trim(), file };
}

if (process.env.KIM_SKIP_BUILD !== '1') {
  step('Building the SDK and the server');
  run('pnpm', ['--filter', '@kim-kit/sdk', '--filter', '@kim-kit/server', 'build']);
  if (existsSync(at('packages', 'widgets', 'package.json'))) {
    step('Building the widgets (the site works without them, so a failure here is only reported)');
    if (!run('pnpm', ['--filter', '@kim-kit/widgets', 'build'], { optional: true })) {
      console.warn('The widgets did not build; the site will show its pages without the KIM widgets.');
    }
  }
}
if (!existsSync(cli)) {
  console.error(`${relative(root, cli)} is missing: run without KIM_SKIP_BUILD=1 first.`);
  process.exit(1);
}
if (process.env.KIM_SKIP_BUILD !== '1' && existsSync(site)) {
  step('Precompressing the site (brotli and gzip copies the server sends to browsers that accept them)');
  run(process.execPath, [cli, 'precompress', site], { optional: true });
}

if (!existsSync(db)) {
  step(`Creating and seeding ${relative(root, db)} with the Kota Pangkal Pinang demo data`);
  run(process.execPath, [cli, 'seed', '--db', db]);
}

const { token, file: tokenFile } = adminToken();
// The seed's demo accounts (one per role, public passwords): printed below so a visitor can sign in at once.
const { DEMO_ACCOUNTS: demoAccounts = [] } = await import(
  pathToFileURL(at('packages', 'server', 'dist', 'index.js')).href
);
const accountLines = demoAccounts
  .map((a) => `               ${a.role.padEnd(36)} ${a.email} / ${a.password}`)
  .join('\n');
const args = [cli, 'serve', '--db', db, '--port', port];
if (tokenFile) args.push('--admin-token-file', tokenFile);
if (existsSync(site)) args.push('--site', site);
if (existsSync(cdn)) args.push('--cdn', cdn);

step('Starting the KIM data API');
const server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });

server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const match = /listening on (http:\/\/\S+)/.exec(String(chunk));
  if (!match) return;
  const url = match[1];
  console.log(`
  Site         ${url}/${existsSync(site) ? '' : '  (examples/municipal-site not found: a page listing the endpoints)'}
  API          ${url}/v1/news?region=19.71&limit=5
  OpenAPI      ${url}/openapi.json
  Health       ${url}/healthz
  Widgets      ${url}/cdn/kim-widgets.js${existsSync(cdn) ? ', or one per widget: /cdn/kim-news-feed.js …' : '  (not built yet)'}
  News page    ${url}/berita.html  (only the news feed, loading only /cdn/kim-news-feed.js)
  Statistics   ${url}/statistik.html  (the statistics widget and the open-data links)
  Console      ${url}/console/  (sign in with a demo account below)
  Demo accounts (demo data only; these passwords are public, never use them for real)
${accountLines}
               curl -d '{"email":"${demoAccounts[0]?.email}","password":"${demoAccounts[0]?.password}"}' \\
                 -H 'Content-Type: application/json' ${url}/v1/auth/sign-in
  Admin token  ${token}  (bootstrap only: create the first real admin with kim-server users add)
               curl -H "Authorization: Bearer ${token}" ${url}/v1/admin/aspirations

  Press Ctrl-C to stop.`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
  });
}
server.on('exit', (code, signal) => {
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
