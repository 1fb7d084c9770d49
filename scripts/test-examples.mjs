#!/usr/bin/env node
// Runs the examples as CI smoke tests of the published shape: sdk-node against a freshly seeded server, vite-app built.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from '@kim-kit/sdk/schemas';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/server/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'kim-examples-'));
const results = [];

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

function check(name, fn) {
  try {
    const out = fn();
    console.log(`  ok    ${name}`);
    if (out) console.log(out.replace(/^/gm, '        '));
    results.push(true);
  } catch (error) {
    console.log(`  FAIL  ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
    results.push(false);
  }
}

const db = join(work, 'kim.db');
execFileSync(process.execPath, [cli, 'seed', '--db', db], { stdio: 'inherit' });
const port = await freePort();
const server = spawn(process.execPath, [cli, 'serve', '--port', String(port), '--db', db], { stdio: 'ignore' });
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  check('examples/sdk-node against a started server', () => {
    const out = execFileSync(process.execPath, ['index.js'], {
      cwd: join(root, 'examples/sdk-node'),
      env: { ...process.env, KIM_API_URL: base },
      encoding: 'utf8',
    });
    const code = new RegExp(`[${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH}}`);
    if (!code.test(out)) throw new Error(`no tracking code in the output:\n${out}`);
    return out.trim();
  });
} finally {
  server.kill('SIGTERM');
}

const viteApp = join(root, 'examples/vite-app/package.json');
if (existsSync(viteApp) && JSON.parse(readFileSync(viteApp, 'utf8')).scripts?.build) {
  check('examples/vite-app builds', () => {
    execFileSync('pnpm', ['--filter', './examples/vite-app', 'run', 'build'], { cwd: root, encoding: 'utf8' });
  });
}

rmSync(work, { recursive: true, force: true });
const passed = results.filter(Boolean).length;
console.log(`KIM-TEST-RESULT passed=${passed} failed=${results.length - passed} skipped=0`);
process.exit(results.every(Boolean) ? 0 : 1);
