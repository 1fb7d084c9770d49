// Debian Chromium through playwright-core, with the same flags as the web-test-runner setup; no browser download.
// Playwright gives every launch its own temporary profile, so nothing is written under $HOME.
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromeArgs } from '../../scripts/wtr-shared.mjs';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: chromeArgs,
  });
  return { browser, close: () => browser.close() };
}

/** Collects console errors, uncaught exceptions and failed requests of a page, to assert a clean run. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return problems;
}
