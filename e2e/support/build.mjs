// Builds the packages once when a fresh checkout runs the e2e tests or the audit before `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cdnDir, repoRoot, sdkEntry, serverCli } from './paths.mjs';

export function ensureBuilt() {
  if ([serverCli, sdkEntry, `${cdnDir}/kim-widgets.js`, `${cdnDir}/kim-console.js`].every((file) => existsSync(file)))
    return;
  execFileSync('pnpm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
