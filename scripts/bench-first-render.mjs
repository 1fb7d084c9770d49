#!/usr/bin/env node
// `pnpm bench:first-render`: time from navigation to the first news card on screen, on a throttled phone profile
// (4x CPU slowdown, 1.4 Mbps down / 675 kbps up, 560 ms round trip: DevTools' "Fast 3G"), cold cache, for the
// municipal demo page (all four widgets) and its news page (the feed alone), served by a freshly started kim-server.
// Runs alternate between the pages; the median and the range of the runs are printed, with a second visit in the same
// browser context (warm cache) beside each cold one. Target: 2.2 s for the demo page, cold. Figures for the record,
// not a test: the machine is shared and noisy.
//
// BENCH_RUNS (default 5) sets the runs per page; BENCH_URL measures an already running site instead (its `/` and
// `/berita.html`).
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../e2e/support/build.mjs';
import { startServer } from '../e2e/support/server.mjs';
import { chromeArgs } from './wtr-shared.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const TARGET_MS = 2200;
const PROFILE = { cpuSlowdown: 4, latencyMs: 560, downKbps: 1400, upKbps: 675 };
const PAGES = [
  { name: 'demo page /', path: '/', target: TARGET_MS },
  { name: 'news page /berita.html', path: '/berita.html' },
];

/** Runs in the page before anything else: notes the frame in which the first news card is in the document. */
function watchForFirstCard() {
  const check = () => {
    const card = document.querySelector('kim-news-feed')?.shadowRoot?.querySelector('[part~="item"]');
    if (card) window.__kimFirstCard = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** A cold load of `url` on the throttled profile, then a second visit with its cache; ms to the first card, each. */
async function firstCard(browser, url) {
  // A new context has an empty cache and no connections: every run starts cold.
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downKbps * 1000) / 8,
      uploadThroughput: (PROFILE.upKbps * 1000) / 8,
      connectionType: 'cellular3g',
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
    await page.addInitScript(watchForFirstCard);
    const times = [];
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
      await page.waitForFunction(() => window.__kimFirstCard !== undefined, undefined, {
        timeout: 60_000,
        polling: 100,
      });
      times.push(await page.evaluate(() => window.__kimFirstCard));
    }
    return times;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

let server;
let baseUrl = process.env.BENCH_URL;
if (!baseUrl) {
  ensureBuilt();
  server = await startServer();
  baseUrl = server.baseUrl;
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
let missed = false;
try {
  console.log(
    `first news card, ${PROFILE.cpuSlowdown}x CPU, ${PROFILE.downKbps / 1000} Mbps down, ${PROFILE.latencyMs} ms RTT, ` +
      `cold cache, ${RUNS} runs per page, ${baseUrl}`,
  );
  // One unmeasured load warms the server (its response cache, the OS file cache), not the browser.
  await firstCard(browser, new URL(PAGES[0].path, baseUrl).href);
  const times = PAGES.map(() => ({ cold: [], warm: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, page] of PAGES.entries()) {
      const [cold, warm] = await firstCard(browser, new URL(page.path, baseUrl).href);
      times[i].cold.push(cold);
      times[i].warm.push(warm);
    }
  }
  const summary = (values) =>
    `median ${seconds(median(values))} (range ${seconds(Math.min(...values))} to ${seconds(Math.max(...values))}; ` +
    `runs ${values.map((t) => (t / 1000).toFixed(2)).join(', ')})`;
  for (const [i, page] of PAGES.entries()) {
    const m = median(times[i].cold);
    const verdict = page.target ? (m <= page.target ? 'ok  ' : 'SLOW') : '    ';
    missed ||= verdict === 'SLOW';
    console.log(
      `${verdict} ${page.name}: ${summary(times[i].cold)}${page.target ? `; target ${seconds(page.target)}` : ''}`,
    );
    console.log(`       second visit, warm cache: ${summary(times[i].warm)}`);
  }
} finally {
  await browser.close();
  await server?.stop();
}
process.exit(missed ? 1 : 0);
