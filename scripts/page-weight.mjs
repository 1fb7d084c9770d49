#!/usr/bin/env node
// Part of `pnpm size`: what Chromium actually transfers for the municipal demo page (all four widgets) and for its
// news page (the feed alone), from a freshly started kim-server, cold cache, phone-sized viewport: bytes on the wire
// (headers included, as compressed by the server) and requests, by kind. Printed for the record, not gated: the
// budgets that CI gates are the per-file ones above it.
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
 * done and the network has been quiet for a second.
 */
export async function measurePage(browser, baseUrl, { path, ready }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map();
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
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { bytes: encodedDataLength, done: true });
      last = Date.now();
    });
    await page.goto(new URL(path, baseUrl).href);
    for (const selector of ready) await page.locator(selector).first().waitFor({ timeout: 30_000 });
    while (Date.now() - last < 1000) await page.waitForTimeout(200);
    return [...requests.values()].filter((r) => r.done && !r.url.startsWith('data:'));
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
      const requests = await measurePage(browser, server.baseUrl, target);
      const total = requests.reduce((sum, r) => sum + r.bytes, 0);
      const kinds = Object.entries(byKind(requests))
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([kind, { count, bytes }]) => `${kind === 'API' ? kind : kind.toLowerCase()} ${count} / ${kb(bytes)}`)
        .join(', ');
      console.log(`     transferred, ${target.name}: ${requests.length} requests, ${kb(total)} (${kinds})`);
      for (const r of requests.filter((r) => r.type === 'Script')) {
        console.log(`       ${new URL(r.url).pathname}: ${kb(r.bytes)} on the wire (${r.encoding || 'uncompressed'})`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
