// Shared web-test-runner setup: Debian Chromium (or CHROME_PATH), TypeScript with decorators, and a counting reporter.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

const root = fileURLToPath(new URL('..', import.meta.url));

export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [...chromeArgs, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kim-chromium-'))}`],
    },
  });
}

function countTests(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, totals);
}

/** Prints one machine-readable line that scripts/test.mjs adds to the grand total. */
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && session.errors.length > 0) totals.failed++;
      }
      console.log(`KIM-TEST-RESULT passed=${totals.passed} failed=${totals.failed} skipped=${totals.skipped}`);
    },
  };
}

/** A complete config for a package's browser tests; `plugins` come after the TypeScript one. */
export function wtrConfig({ files, plugins = [], ...rest }) {
  return {
    files,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    rootDir: root,
    browsers: [chromium()],
    plugins: [esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.base.json'), target: 'es2022' }), ...plugins],
    reporters: [defaultReporter(), countingReporter()],
    testFramework: { config: { timeout: 10000 } },
    concurrency: 2,
    ...rest,
  };
}
