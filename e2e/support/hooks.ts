// Mocha root hooks: one server and one browser for the whole run; each test opens its own browser context.
import type { Browser, BrowserContext } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from './browser.js';
import { ensureBuilt } from './build.mjs';
import { type RunningServer, startServer } from './server.mjs';

let server: RunningServer | undefined;
let launched: LaunchedBrowser | undefined;

/** The server and browser of this run; only valid inside tests. */
export function e2e(): { server: RunningServer; browser: Browser } {
  if (!server || !launched) throw new Error('the e2e root hooks did not run (use e2e/.mocharc.json)');
  return { server, browser: launched.browser };
}

/** A fresh, isolated context (own storage, so no draft or outbox leaks between tests). */
export function newContext(options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  const { server, browser } = e2e();
  return browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(180_000);
    ensureBuilt();
    server = await startServer();
    launched = await launchBrowser();
  },
  async afterAll() {
    await launched?.close();
    await server?.stop();
  },
};
