import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { newContext } from '../support/hooks.js';
import { imageStats } from '../support/image-stats.js';
import { artifactsDir } from '../support/paths.mjs';

/** Waits until the data-driven widgets have shown their content. */
async function widgetsLoaded(page: Page): Promise<void> {
  await page.locator('kim-news-feed [part~="item"]').first().waitFor();
  await page.locator('kim-group-directory [part~="card"]').first().waitFor();
  await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
  await page.locator('kim-aspiration-status [part~="input"]').waitFor();
}

describe('municipal site: the page', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('loads under the strict Content-Security-Policy with no console error, exception or failed request', async () => {
    context = await newContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("style-src 'self'");
    await widgetsLoaded(page);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the privacy notice the consent box links to exists', async () => {
    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    const link = page.locator('kim-aspiration-form a[href$="/kebijakan-privasi.html"]');
    await link.waitFor();
    const response = await page.goto((await link.getAttribute('href')) ?? '');
    expect(response?.status()).to.equal(200);
    expect(await page.locator('h1').textContent()).to.contain('Kebijakan Privasi');
  });

  it('still works after a reload (the revalidated page keeps its own headers)', async () => {
    context = await newContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto('/');
    await widgetsLoaded(page);
    // The browser revalidates the cached page (ETag); a 304 must not bring the API's stricter policy along.
    const response = await page.reload();
    expect(response?.headers()['content-security-policy'] ?? '').to.contain("script-src 'self'");
    await widgetsLoaded(page);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  for (const width of [375, 1280]) {
    it(`renders at ${width} px wide without horizontal scrolling, and the screenshot is not blank`, async () => {
      context = await newContext({ width, height: 900 });
      const page = await context.newPage();
      await page.goto('/');
      await widgetsLoaded(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'pixels wider than the viewport').to.be.at.most(0);

      const png = await page.screenshot({ fullPage: true });
      mkdirSync(artifactsDir, { recursive: true });
      writeFileSync(join(artifactsDir, `municipal-site-${width}.png`), png);
      const stats = await imageStats(page, png);
      expect(stats.width).to.equal(width);
      // A blank render has one colour and no contrast; the page has text, the emblem, cards and images.
      expect(stats.colours, 'distinct colours').to.be.greaterThan(100);
      expect(stats.lumaDeviation, 'luminance spread').to.be.greaterThan(30);
    });
  }
});
