#!/usr/bin/env node
// Part of `pnpm size`: what Chromium actually transfers for the municipal demo page (all four widgets) and for its
// news page (the feed alone), from a freshly started kim-server, phone-sized viewport: bytes on the wire (headers
// included, as compressed by the server) and requests, by kind, with a cold cache and then again for a second visit
// with the cache the first left. Printed for the record, not gated: the budgets CI gates are the per-file ones.
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../e2e/support/build.mjs';
import { startServer } from '../e2e/support/server.mjs';
import { chromeArgs } from './wtr-shared.mjs';

/** The pages, and what shows that their widgets are done. */
export const PAGES = [
  {
    name: 'demo page /, all four widgets (cdn/kim-widgets.js)',
    path: '/',
    ready: [
      'kim-news-feed [part~="item"]',
      'kim-group-directory [part~="card"]',
      'kim-aspiration-form [part~="submit-button"]',
      'kim-aspiration-status [part~="input"]',
    ],
  },
  {
    name: 'news page /berita.html, the feed alone (cdn/kim-news-feed.js)',
    path: '/berita.html',
    ready: ['kim-news-feed [part~="item"]'],
  },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Loads `path` in a fresh context and returns every request with its kind and bytes on the wire, once the widgets are
 * done and the network has been quiet for a second; with `visits: 2`, also those of a second visit in the same
 * context (what its cache saves).
 */
export async function measurePage(browser, baseUrl, { path, ready }, visits = 1) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let requests;
    let last = Date.now();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
      // API calls by their path: a preloaded one is typed "Other" by the browser, the widget's own "Fetch".
      const kind = new URL(request.url).pathname.startsWith('/v1/') ? 'API' : type;
      requests.set(requestId, { url: request.url, type: kind, bytes: 0, encoding: '', done: false });
      last = Date.now();
    });
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const entry = requests.get(requestId);
      if (entry) entry.encoding = response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '';
    });
    cdp.on('Network.requestServedFromCache', ({ requestId }) => requests.delete(requestId));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { bytes: encodedDataLength, done: true });
      last = Date.now();
    });
    const results = [];
    for (let visit = 0; visit < visits; visit++) {
      requests = new Map();
      await page.goto(new URL(path, baseUrl).href);
      for (const selector of ready) await page.locator(selector).first().waitFor({ timeout: 30_000 });
      while (Date.now() - last < 1000) await page.waitForTimeout(200);
      results.push([...requests.values()].filter((r) => r.done && !r.url.startsWith('data:')));
    }
    return visits === 1 ? results[0] : results;
  } finally {
    await context.close();
  }
}

/** Totals by kind, e.g. `{ Script: { count: 1, bytes: 41000 } }`. */
export function byKind(requests) {
  const kinds = {};
  for (const r of requests) {
    kinds[r.type] ??= { count: 0, bytes: 0 };
    kinds[r.type].count++;
    kinds[r.type].bytes += r.bytes;
  }
  return kinds;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBuilt();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: chromeArgs,
  });
  try {
    for (const target of PAGES) {
      const [cold, warm] = await measurePage(browser, server.baseUrl, target, 2);
      const total = (requests) => kb(requests.reduce((sum, r) => sum + r.bytes, 0));
      const kinds = Object.entries(byKind(cold))
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([kind, { count, bytes }]) => `${kind === 'API' ? kind : kind.toLowerCase()} ${count} / ${kb(bytes)}`)
        .join(', ');
      console.log(`     transferred, ${target.name}: ${cold.length} requests, ${total(cold)} (${kinds})`);
      for (const r of cold.filter((r) => r.type === 'Script')) {
        console.log(`       ${new URL(r.url).pathname}: ${kb(r.bytes)} on the wire (${r.encoding || 'uncompressed'})`);
      }
      console.log(`       second visit, cache warm: ${warm.length} requests, ${total(warm)}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
