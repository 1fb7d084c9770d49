// The review desk against a freshly seeded server: the demo operator of KIM Bacang submits an article (through the
// API, as the editor would), the demo Dinas official publishes it from the queue at laptop size, and the municipal
// demo site's feed shows it first. No console error or failed request on the way.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { newContext } from '../support/hooks.js';
import { texts, until } from '../support/widgets.js';
import { apiAs, demoAccount, signInToConsole } from './console-session.js';

describe('console: the Dinas publishes a submitted article', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('the operator submits, the official publishes it from the queue, and the municipal feed shows it', async () => {
    const operator = await apiAs(demoAccount('kim'));
    const me = await operator.auth.me();
    const group = me.memberships.find((m) => m.role === 'kim');
    if (group?.role !== 'kim') throw new Error('the demo operator has no group');
    const title = `Gotong royong membersihkan saluran air ${Date.now()}`;
    const draft = await operator.admin.news.create({
      groupId: group.group.id,
      categoryId: 'kegiatan-warga',
      title,
      body: '<p>Warga RT 03 Kelurahan Bacang membersihkan saluran air pada Minggu pagi.</p><h2>Jadwal berikutnya</h2><p>Minggu kedua bulan depan.</p>',
    });
    const submitted = await operator.admin.news.submit(draft.id, { version: draft.version });
    expect(submitted.status).to.equal('submitted');

    context = await newContext({ width: 1366, height: 768 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signInToConsole(page, demoAccount('dinas'));
    await page.locator('kim-console nav').getByRole('link', { name: 'Tinjauan berita', exact: true }).click();
    expect(page.url()).to.match(/#\/tinjauan$/);

    const review = page.locator('kim-news-review');
    const row = review.locator('.title-button', { hasText: title });
    await row.waitFor();
    const rowOfTitle = review.locator('[part~="row"]').filter({ hasText: title });
    expect(await rowOfTitle.textContent())
      .to.contain('KIM Bacang')
      .and.to.contain(me.name);
    await row.click();
    await review.locator('#article-title').waitFor();
    expect(await review.locator('#article-title').textContent()).to.equal(title);
    expect(await review.locator('[part~="body"] h2').textContent()).to.equal('Jadwal berikutnya');

    await review.locator('[part~="publish"]').click();
    await until(
      () => review.locator('[role="status"]').textContent(),
      (text) => text === `“${title}” telah terbit.`,
      'the publish announcement',
    );
    expect(await review.locator('.title-button', { hasText: title }).count()).to.equal(0);
    expect((await operator.admin.news.get(draft.id)).status).to.equal('published');

    await page.goto('/');
    const titles = page.locator('kim-news-feed [part~="title"]');
    await titles.first().waitFor();
    expect((await texts(titles))[0]).to.equal(title);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
