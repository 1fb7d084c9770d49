// Starts the built reference server on a free port with a freshly seeded database, serving the municipal site.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cdnDir, serverCli, siteDir } from './paths.mjs';

/**
 * @typedef {object} RunningServer
 * @property {string} baseUrl `http://127.0.0.1:PORT`, without a trailing slash.
 * @property {string} adminToken The bearer token of the admin endpoints.
 * @property {() => string} output Everything the process printed, for failure messages.
 * @property {() => Promise<void>} stop Stops the process and removes its database.
 */

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} baseUrl
 * @param {import('node:child_process').ChildProcess} child
 * @param {() => string} log
 */
async function waitForHealth(baseUrl, child, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer /healthz within 20 s:\n${log()}`);
}

/** @param {import('node:child_process').ChildProcess} child */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve(undefined)));
}

/**
 * Seeds a database in a temporary folder and serves it with the site at `/` and the widget bundle at `/cdn/`.
 * @param {{ smtpUrl?: string }} [options] `smtpUrl`: send notification emails there (a test's own SMTP server).
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const work = mkdtempSync(join(tmpdir(), 'kim-e2e-'));
  const db = join(work, 'kim.db');
  const adminToken = randomBytes(24).toString('hex');
  execFileSync(process.execPath, [serverCli, 'seed', '--db', db], { stdio: 'pipe' });
  // As `pnpm build` leaves the site: with brotli and gzip copies beside its files (refreshed when a file changed).
  execFileSync(process.execPath, [serverCli, 'precompress', siteDir], { stdio: 'pipe' });

  const port = await freePort();
  const args = ['serve', '--port', String(port), '--db', db, '--site', siteDir, '--cdn', cdnDir];
  if (options.smtpUrl) args.push('--smtp-url', options.smtpUrl);
  // Through the environment: a token on the command line is visible in ps, and the server warns about it.
  const child = spawn(process.execPath, [serverCli, ...args], {
    env: { ...process.env, KIM_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
    throw error;
  }

  return {
    baseUrl,
    adminToken,
    output: () => log,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
