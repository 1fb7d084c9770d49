import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { e2e, newContext } from '../support/hooks.js';
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

describe('municipal site: headings and content without scripts', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('has one outline: the page’s sections, then the widgets’ headings under them, with no heading said twice', async () => {
    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    await widgetsLoaded(page);
    // No named functions inside evaluate: the test compiler would wrap them in a helper the page does not have.
    const outline = await page.evaluate(() => {
      const found: string[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      const headings: Element[] = [];
      // Shadow roots are visited where their host stands, so the order is the reading order.
      const order: Element[] = [];
      while (roots.length > 0) {
        const root = roots.shift()!;
        for (const node of root.querySelectorAll('*')) {
          order.push(node);
          if (node.shadowRoot) roots.push(node.shadowRoot);
        }
      }
      for (const node of order) if (/^h[1-6]$/.test(node.localName)) headings.push(node);
      headings.sort((a, b) => {
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        return ra.top - rb.top || ra.left - rb.left;
      });
      for (const node of headings) {
        if ((node as HTMLElement).offsetParent !== null) {
          found.push(`${node.localName} ${node.textContent?.replace(/\s+/g, ' ').trim()}`);
        }
      }
      return found;
    });
    const at = (text: string) => outline.findIndex((h) => h.endsWith(text));
    expect(outline.filter((h) => h.startsWith('h1'))).to.deep.equal(['h1 Portal Resmi Kota Pangkalpinang']);
    expect(outline[at('Berita KIM')]).to.equal('h2 Berita KIM');
    // The news items and the groups sit under the page's own h2 (heading-level="3").
    expect(outline[at('Berita KIM') + 1]).to.match(/^h3 /);
    expect(outline[at('Direktori KIM')]).to.equal('h2 Direktori KIM');
    expect(outline[at('Direktori KIM') + 1]).to.match(/^h3 KIM /);
    // The form and the tracker give their sections their headings: nothing above them repeats them.
    expect(outline.filter((h) => /Sampaikan|Lacak/i.test(h))).to.deep.equal([
      'h2 Sampaikan laporan',
      'h2 Lacak laporan',
    ]);
  });

  it('shows what is written inside each widget’s tag when scripts do not run, and hides it once they do', async () => {
    const { browser, server } = e2e();
    context = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    for (const tag of ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status']) {
      const fallback = page.locator(`${tag} > .widget__fallback`);
      expect(await fallback.isVisible(), tag).to.equal(true);
      expect((await fallback.textContent())?.trim(), tag).to.have.length.greaterThan(40);
    }
    expect(await page.locator('kim-aspiration-form > .widget__fallback a').getAttribute('href')).to.equal(
      'https://www.lapor.go.id',
    );
    await context.close();

    context = await newContext();
    const scripted = await context.newPage();
    await scripted.goto('/');
    await widgetsLoaded(scripted);
    for (const tag of ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status']) {
      expect(await scripted.locator(`${tag} > .widget__fallback`).isVisible(), tag).to.equal(false);
    }
  });
});
