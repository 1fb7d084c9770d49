// How the widgets reach a page: compressed files and API pages from kim-server, one file per widget, the preload hints
// of the demo pages, the API found from where the file came from, self-hosting a copy of cdn/, and the sanitizer
// fallback for browsers without the HTML Sanitizer API.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { e2e, newContext } from '../support/hooks.js';
import { cdnDir } from '../support/paths.mjs';
import { type StaticServer, serveStatic } from '../support/static-server.js';

/** Every request a page makes, by URL, from the moment it is created. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const pathsOf = (urls: string[], prefix: string) =>
  urls.map((url) => new URL(url)).filter((url) => url.pathname.startsWith(prefix));

describe('municipal site: delivery', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  describe('compression', () => {
    for (const path of ['/cdn/kim-widgets.js', '/cdn/kim-news-feed.js', '/', '/berita.html', '/site.css']) {
      it(`sends ${path} as brotli from the copy made at build time, or gzip when brotli is refused`, async () => {
        const { server } = e2e();
        const br = await fetch(`${server.baseUrl}${path}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
        expect(br.headers.get('content-encoding')).to.equal('br');
        expect(br.headers.get('vary')).to.contain('Accept-Encoding');
        const plain = await fetch(`${server.baseUrl}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
        expect(plain.headers.get('content-encoding')).to.equal(null);
        // fetch decodes the brotli body: it must be the file itself.
        expect(await br.text()).to.equal(await plain.text());
        const gz = await fetch(`${server.baseUrl}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
        expect(gz.headers.get('content-encoding')).to.equal('gzip');
      });
    }

    it('sends the API pages compressed', async () => {
      const { server } = e2e();
      const response = await fetch(`${server.baseUrl}/v1/news?region=19.71&limit=20`, {
        headers: { 'Accept-Encoding': 'gzip, deflate, br' },
      });
      expect(response.headers.get('content-encoding')).to.equal('br');
      expect(response.headers.get('vary')).to.contain('Accept-Encoding');
      expect(((await response.json()) as { data: unknown[] }).data).to.have.length(20);
    });
  });

  describe('the demo pages', () => {
    for (const { path, script, api } of [
      { path: '/', script: '/cdn/kim-widgets.js', api: '/v1/news?region=19.71&limit=6' },
      { path: '/berita.html', script: '/cdn/kim-news-feed.js', api: '/v1/news?region=19.71&limit=12' },
    ]) {
      it(`${path} loads one widget file and fetches its preloaded first page of news once`, async () => {
        context = await newContext({ width: 412, height: 915 });
        const page = await context.newPage();
        const problems = collectProblems(page);
        const warnings: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        const urls = recordRequests(page);
        await page.goto(path);
        await page.locator('kim-news-feed [part~="item"]').first().waitFor();
        const head = await page.locator('head').innerHTML();
        expect(head).to.contain(`<link rel="modulepreload" href="${script}">`);
        expect(head).to.contain(`<link rel="preload" href="${api.replace('&', '&amp;')}" as="fetch" crossorigin="">`);
        expect(pathsOf(urls, '/cdn/').map((url) => url.pathname)).to.deep.equal([script]);
        const news = pathsOf(urls, '/v1/news').map((url) => `${url.pathname}${url.search}`);
        expect(news, 'the preloaded page is the one the feed asks for, fetched once').to.deep.equal([api]);
        // Chromium warns when a preload goes unused or is fetched again with other settings.
        await page.waitForTimeout(3500);
        expect(warnings.filter((w) => /preload/i.test(w))).to.deep.equal([]);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }

    it('the news page names no api-base: the feed uses the server its file came from', async () => {
      context = await newContext();
      const page = await context.newPage();
      await page.goto('/berita.html');
      await page.locator('kim-news-feed [part~="item"]').first().waitFor();
      expect(await page.locator('kim-news-feed').getAttribute('api-base')).to.equal(null);
      expect(await page.locator('kim-news-feed [part~="item"]').count()).to.equal(12);
    });
  });

  describe('embedding on other sites', () => {
    let site: StaticServer | undefined;
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kim-embed-'));
    });
    afterEach(async () => {
      await site?.close();
      site = undefined;
      rmSync(dir, { recursive: true, force: true });
    });

    /** A plain page on another origin with `head` and `body`. */
    async function otherSite(head: string, body: string): Promise<string> {
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Situs lain</title>${head}</head><body>${body}</body></html>`,
      );
      site = await serveStatic(dir);
      return `${site.url}/`;
    }

    it('a widget loaded from the KIM server needs no api-base on a page of another origin', async () => {
      const { server } = e2e();
      const url = await otherSite(
        `<script type="module" src="${server.baseUrl}/cdn/kim-news-feed.js"></script>`,
        '<kim-news-feed region="19.71" limit="3"></kim-news-feed>',
      );
      context = await newContext();
      const page = await context.newPage();
      const problems = collectProblems(page);
      const urls = recordRequests(page);
      await page.goto(url);
      await page.locator('kim-news-feed [part~="item"]').first().waitFor();
      expect(await page.locator('kim-news-feed [part~="item"]').count()).to.equal(3);
      const api = urls.filter((u) => u.includes('/v1/'));
      expect(api).to.deep.equal([`${server.baseUrl}/v1/news?region=19.71&limit=3`]);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('a copy of cdn/ hosted by the site works with api-base', async () => {
      const { server } = e2e();
      cpSync(cdnDir, join(dir, 'cdn'), { recursive: true });
      const url = await otherSite(
        '<script type="module" src="/cdn/kim-group-directory.js"></script>',
        `<kim-group-directory api-base="${server.baseUrl}" region="19.71"></kim-group-directory>`,
      );
      context = await newContext();
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.goto(url);
      await page.locator('kim-group-directory [part~="card"]').first().waitFor();
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('a copy of cdn/ without api-base tells the site builder what to change instead of offering a retry', async () => {
      cpSync(cdnDir, join(dir, 'cdn'), { recursive: true });
      const url = await otherSite(
        '<script type="module" src="/cdn/kim-news-feed.js"></script>',
        '<kim-news-feed region="19.71"></kim-news-feed>',
      );
      context = await newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      const panel = page.locator('kim-news-feed [part~="error"]');
      await panel.waitFor();
      expect(await panel.textContent()).to.contain('Widget ini belum terhubung ke server KIM.');
      expect(await page.locator('kim-news-feed [part~="retry-button"]').count()).to.equal(0);
      const logged = errors.find((text) => text.includes('KimConfigError'));
      expect(logged, errors.join('\n')).to.be.a('string');
      expect(logged).to.contain(`${site!.url}/ (assumed because the widget file was loaded from its /cdn/ folder)`);
      expect(logged).to.contain('is not a KIM API');
      expect(logged).to.contain('api-base=');
    });
  });

  describe('sanitizer', () => {
    /** The body of the first article in the news page's reader, without Lit's marker comments. */
    async function firstArticle(page: Page): Promise<string> {
      await page.goto('/berita.html');
      await page.locator('kim-news-feed [part~="link"]').first().click();
      const body = page.locator('kim-news-feed [part~="body"]');
      await body.locator('p').first().waitFor();
      return (await body.innerHTML()).replace(/<!--[^>]*-->/g, '');
    }

    it('renders the same article without the native HTML Sanitizer, loading the fallback from /cdn/ only then', async () => {
      context = await newContext();
      const native = await context.newPage();
      const nativeUrls = recordRequests(native);
      const expected = await firstArticle(native);
      expect(pathsOf(nativeUrls, '/cdn/').map((url) => url.pathname)).to.deep.equal(['/cdn/kim-news-feed.js']);

      // A fresh context: nothing cached from the first page.
      await context.close();
      context = await newContext();
      const older = await context.newPage();
      await older.addInitScript(() => {
        delete (Element.prototype as unknown as Record<string, unknown>).setHTML;
        delete (window as unknown as Record<string, unknown>).Sanitizer;
      });
      const problems = collectProblems(older);
      const olderUrls = recordRequests(older);
      expect(await firstArticle(older)).to.equal(expected);
      expect(pathsOf(olderUrls, '/cdn/').map((url) => url.pathname)).to.deep.equal([
        '/cdn/kim-news-feed.js',
        '/cdn/kim-sanitizer-fallback.js',
      ]);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });
});
