// The review desk against a freshly seeded server: the demo operator of KIM Bacang submits an article (through the
// API, as the editor would), the demo Dinas official publishes it from the queue at laptop size, and the municipal
// demo site's feed shows it first. No console error or failed request on the way.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import {
  apiAs,
  demoAccount,
  feedTitles,
  openQueue,
  openQueuedArticle,
  publishOpenArticle,
  signIn,
} from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';

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
    await signIn(page, demoAccount('dinas'));
    const review = await openQueue(page);
    await review.locator('.title-button', { hasText: title }).waitFor();
    expect(await review.locator('[part~="row"]').filter({ hasText: title }).textContent())
      .to.contain('KIM Bacang')
      .and.to.contain(me.name);
    await openQueuedArticle(review, title);
    expect(await review.locator('[part~="body"] h2').textContent()).to.equal('Jadwal berikutnya');

    await publishOpenArticle(review, title);
    expect((await operator.admin.news.get(draft.id)).status).to.equal('published');

    expect((await feedTitles(page))[0]).to.equal(title);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
