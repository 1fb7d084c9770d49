#!/usr/bin/env node
// `pnpm audit:site`: Lighthouse (desktop and mobile presets) on the municipal example page, served by a freshly
// started reference server, in Debian Chromium. Prints the four category scores and exits 1 when a target is missed.
// Not part of `pnpm test`: scores depend on the machine's load.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ensureBuilt } from '../e2e/support/build.mjs';
import { artifactsDir } from '../e2e/support/paths.mjs';
import { freePort, startServer } from '../e2e/support/server.mjs';
import { chromeArgs } from './wtr-shared.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const targets = {
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100 },
  mobile: { performance: 90, accessibility: 100, 'best-practices': 100 },
};
// A path on the freshly started server (default `/`), or a full URL of an already running site.
const target = process.argv[2] ?? '/';
const external = /^https?:/.test(target);

/** Chromium with a DevTools port for Lighthouse; the resolver rule stops its background look-ups (offline here). */
async function launchChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'kim-audit-chromium-'));
  const child = spawn(
    process.env.CHROME_PATH || '/usr/bin/chromium',
    [
      ...chromeArgs,
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error('Chromium did not open its DevTools port');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The audits of a category that lost points, worst first, to say what to fix. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .sort((a, b) => a.score - b.score)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`);
}

if (!external) ensureBuilt();
const server = external ? undefined : await startServer();
const chrome = await launchChromium();
const url = new URL(target, server?.baseUrl).href;
const rows = [];
let missed = 0;
try {
  mkdirSync(artifactsDir, { recursive: true });
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ]) {
    const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error' }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${preset}`);
    const { lhr } = result;
    writeFileSync(join(artifactsDir, `lighthouse-${preset}.html`), result.report);
    if (lhr.runtimeError)
      console.warn(`${preset}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.warn(`${preset}: ${warning}`);

    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    rows.push({ preset, ...scores });
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]
      .map((id) => `${id.replace(/-/g, ' ')}: ${lhr.audits[id]?.displayValue ?? 'n/a'}`)
      .join(', ');
    console.log(`\n${preset} (${url})\n  ${metrics}`);
    for (const category of categories) {
      const lost = shortfalls(lhr, category);
      if (lost.length > 0) console.log(`  ${category} lost points on: ${lost.join(', ')}`);
    }
    for (const [category, min] of Object.entries(targets[preset])) {
      if (scores[category] < min) {
        console.log(`  MISSED ${category} ${scores[category]} < ${min}`);
        missed++;
      }
    }
  }
} finally {
  await chrome.close();
  await server?.stop();
}

console.log('\nLighthouse 12 scores (reports in artifacts/lighthouse-*.html):');
console.table(rows);
console.log(missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`);
process.exit(missed === 0 ? 0 : 1);
