import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { e2e } from '../support/hooks.js';
import { repoRoot } from '../support/paths.mjs';
import { type StaticServer, serveStatic } from '../support/static-server.js';
import { texts, until } from '../support/widgets.js';

// The bundler example as a consumer builds it: the packages' published entry points (define/*.js, the SDK's dist)
// through Vite, talking to the reference server across origins.
describe('examples/vite-app: the widgets through a bundler', () => {
  let outDir: string;
  let app: StaticServer;
  let context: BrowserContext;

  before(async function () {
    this.timeout(120_000);
    outDir = mkdtempSync(join(tmpdir(), 'kim-vite-app-'));
    execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(repoRoot, 'examples/vite-app'),
      env: { ...process.env, VITE_KIM_API_URL: e2e().server.baseUrl },
      stdio: 'pipe',
    });
    app = await serveStatic(outDir);
  });
  after(async () => {
    await context?.close();
    await app?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('registers the four widgets, renders the news and the SDK summary, and wires the directory to the feed', async () => {
    context = await e2e().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(app.url);

    const defined = await page.evaluate(() =>
      ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status'].filter(
        (tag) => !customElements.get(tag),
      ),
    );
    expect(defined, 'tags not registered by their define entries').to.deep.equal([]);

    await page.locator('kim-news-feed [part~="item"]').first().waitFor();
    const summary = await until(
      async () => (await page.locator('#summary').textContent()) ?? '',
      (text) => text.includes('KIM aktif'),
      'the SDK summary',
    );
    expect(summary).to.match(/^\d+ KIM aktif di 7 kecamatan\.$/);

    // Following a group's link fires kim-group-select; the app narrows the feed to that group's news in place.
    const link = page.locator('kim-group-directory [part~="name-link"]').first();
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    const bylines = await until(
      () => texts(page.locator('kim-news-feed [part~="meta"]')),
      (list) => list.length > 0 && list.every((line) => line.includes(name)),
      `news of ${name} only`,
    );
    expect(bylines.length).to.be.greaterThan(0);
    expect(new URL(page.url()).searchParams.get('group')).to.be.a('string').and.not.equal('');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
