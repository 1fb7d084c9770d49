// `pnpm bench:widgets`: first complete render of 100 news items and of a directory of 1,000 groups, in headless
// Chromium over an in-memory fake client. Each case gets a fresh page; the first insertion (cold: templates and
// styles prepared for the first time) is reported apart, then the median of 20 insertions.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs } from '../../../scripts/wtr-shared.mjs';
import { browserBundle } from '../scripts/browser-bundle.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 20);

const bundle = await build({ ...browserBundle, entryPoints: ['bench/bench-page.ts'], write: false });
const script = bundle.outputFiles[0].contents;
const page =
  '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>' +
  '<script type="module" src="/bench.js"></script></head><body></body></html>';

const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

// Playwright gives the browser a temporary profile of its own; the resolver rule keeps image URLs off the network.
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    ...chromeArgs,
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ],
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

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (const { name, tag, count, target } of cases) {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => 'measure' in window);
    const insert = () => tab.evaluate(([t, n]) => window.measure(t, n), [tag, count]);
    const clear = () =>
      tab.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => resolve(document.body.replaceChildren()))),
      );
    const cold = await insert();
    await clear();
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      times.push(await insert());
      await clear();
    }
    await tab.close();
    const m = median(times);
    console.log(
      `${m <= target ? 'ok  ' : 'SLOW'} ${name}: median ${m.toFixed(1)} ms over ${RUNS} insertions ` +
        `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; target ${target} ms); ` +
        `first insertion ${cold.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
// Figures for the record, not a gate: timings depend on the machine and its load.
