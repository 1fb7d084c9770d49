#!/usr/bin/env node
// Packs the SDK as npm would publish it and checks the tarball offline: publint (package.json and files) and
// Are the Types Wrong (types resolve for ESM consumers in Node and bundlers).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'dist/index.js'))) run('pnpm', ['run', 'build']);

const dir = mkdtempSync(join(tmpdir(), 'kim-sdk-pack-'));
try {
  run('pnpm', ['pack', '--pack-destination', dir]);
  const tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  );
  run('pnpm', ['exec', 'publint', 'run', tarball, '--strict']);
  run('pnpm', ['exec', 'attw', '--profile', 'esm-only', tarball]);
  console.log('package check passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
