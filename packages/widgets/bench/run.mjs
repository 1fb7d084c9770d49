// `pnpm bench:widgets`: first complete render of 100 news items and of a directory of 1,000 groups, in headless
// Chromium over an in-memory fake client. Each run gets a fresh page (a cold start, as a visitor gets); median of 20.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs } from '../../../scripts/wtr-shared.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 20);
const pkg = fileURLToPath(new URL('..', import.meta.url));

const bundle = await build({
  entryPoints: ['bench/bench-page.ts'],
  absWorkingDir: pkg,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].contents;
const page = '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>'
  + '<script type="module" src="/bench.js"></script></head><body></body></html>';

const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const profile = mkdtempSync(join(tmpdir(), 'kim-bench-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [...chromeArgs, `--user-data-dir=${profile}`, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
}).catch(async (error) => {
  // playwright-core refuses --user-data-dir in args on some versions; fall back to its own temporary profile.
  if (!String(error).includes('user-data-dir')) throw error;
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const cases = [
  { name: '<kim-news-feed>, 100 items', tag: 'kim-news-feed', count: 100, target: 16 },
  { name: '<kim-group-directory>, 1,000 groups', tag: 'kim-group-directory', count: 1000, target: 50 },
];

let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (const { name, tag, count, target } of cases) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.waitForFunction(() => 'measure' in window);
      times.push(await tab.evaluate(([t, n]) => window.measure(t, n), [tag, count]));
      await tab.close();
    }
    const m = median(times);
    const ok = m <= target;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'SLOW'} ${name}: median ${m.toFixed(1)} ms over ${RUNS} runs ` +
        `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; target ${target} ms)`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
// Figures for the record, not a gate: timings depend on the machine.
if (failed) console.log('(at least one median is above its target on this machine)');
