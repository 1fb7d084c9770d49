// The console's home page on a freshly seeded server: what needs attention for each demo role, counted as the API
// answers it, each count a link to its section; the document title and the navigation follow the route.
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../packages/server/src/seed/accounts.js';
import { collectProblems } from '../support/browser.js';
import { e2e, newContext } from '../support/hooks.js';

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.membership.role === role)!;

/** What the API lists for `person` at `path` (one page of 100, as the home page counts). */
async function listed(person: { email: string; password: string }, path: string): Promise<{ author: unknown }[]> {
  const base = e2e().server.baseUrl;
  const signIn = await fetch(`${base}/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status, path).to.equal(200);
  return ((await response.json()) as { data: { author: unknown }[] }).data;
}

async function signIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.goto('/console/');
  await page.locator('kim-sign-in #email').fill(person.email);
  await page.locator('kim-sign-in #password').fill(person.password);
  await page.locator('kim-sign-in #password').press('Enter');
  await page.locator('kim-console [part~="home"][aria-busy="false"]').waitFor();
}

const counts = (page: Page) =>
  page
    .locator('kim-console [part~="count"]')
    .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent?.replace(/\s+/g, ' ').trim()]));

describe('console: the home page', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('shows the demo Dinas official the counts the API answers, each a link; title and navigation follow', async () => {
    const dinas = account('dinas');
    const waiting = await listed(dinas, '/v1/admin/aspirations?status=received&limit=100');
    const toReview = await listed(dinas, '/v1/admin/news?status=submitted&limit=100');
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, dinas);

    const shown = await counts(page);
    expect(shown.map(([href]) => href)).to.deep.equal(['#/laporan', '#/tinjauan', '#/berita']);
    expect(shown[0]![1]).to.match(new RegExp(`^${waiting.length}\\+? laporan warga menunggu verifikasi$`));
    expect(shown[1]![1]).to.match(new RegExp(`^${toReview.length}\\+? berita menunggu tinjauan$`));
    expect(await page.title()).to.equal('Beranda - Konsol KIM');
    expect(await page.locator('kim-console nav a[aria-current="page"]').getAttribute('href')).to.equal('#/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(360);

    // Following a count is navigation by the person: the route changes, and so do the title and the focus.
    await page.locator('kim-console [part~="count"][href="#/tinjauan"]').click();
    await page.waitForFunction(() => location.hash === '#/tinjauan');
    await page.waitForFunction(() => document.title !== 'Beranda - Konsol KIM');
    await page.goBack();
    await page.waitForFunction(() => document.title === 'Beranda - Konsol KIM');
    const focused = await page.evaluate(
      () => document.querySelector('kim-console')?.shadowRoot?.activeElement?.id ?? null,
    );
    expect(focused).to.equal('home-heading');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('shows the demo KIM operator no review queue, which their role cannot see', async () => {
    const operator = account('kim');
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, operator);
    expect((await counts(page)).map(([href]) => href)).to.deep.equal(['#/laporan', '#/berita']);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
