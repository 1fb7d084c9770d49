// Issue 13's end-to-end scenario as one journey, against one freshly seeded server. The `it`s run in order and share
// state: each is a step of the story, and a step fails (rather than runs on nothing) when an earlier one did.
// 1. The KIM operator, on a 360 × 740 phone, writes an article with a photo, loses the connection mid-edit, keeps the
//    draft through a reload and submits it.
// 2. The Dinas official, on a laptop, publishes it from the review queue.
// 3. The municipal demo site's feed shows that article first.
// 4. A citizen submits an aspiration on the site; the official verifies, forwards and resolves it with notes.
// 5. The citizen's tracker shows the history (public notes only).
// 6. The audit log lists every step above with who did it.
// 7. A second official (the demo admin) edits the published article while the first does too: the later save gets the
//    conflict view with both versions.
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { adminClient } from '../support/admin.js';
import { collectProblems } from '../support/browser.js';
import {
  demoAccount,
  editThroughLostConnection,
  expectedEditorProblem,
  expectNoOverflow,
  expectTrackedResolution,
  feedTitles,
  OFFLINE_SENTENCE,
  openAuditLog,
  openFromQueue,
  openInbox,
  openReport,
  PHOTO_ALT,
  publishOpenArticle,
  reloadRestoresDraft,
  resolveReport,
  save,
  saved,
  signIn,
  submitArticle,
  submitAspiration,
  trackCode,
  writeArticleWithPhoto,
} from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';

const operator = demoAccount('kim');
const dinas = demoAccount('dinas');
const admin = demoAccount('admin');

describe('console: the whole journey of issue 13, from an operator’s phone to the audit log', () => {
  const stamp = Date.now().toString(36);
  const articleTitle = `Kerja bakti saluran air RT 03 (perjalanan ${stamp})`;
  const reportTitle = `Lampu jalan mati di gang Semabung (perjalanan ${stamp})`;
  let articleId = '';
  let trackingCode = '';
  const contexts: BrowserContext[] = [];
  /** Every page's problems, checked after each step. */
  const problems: string[][] = [];
  let official: Page;

  async function page(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext({ width, height });
    contexts.push(context);
    const opened = await context.newPage();
    problems.push(collectProblems(opened));
    return { context, page: opened };
  }

  /** Stops the journey at the first failed step: the later ones need what it made. */
  beforeEach(function () {
    const failed = this.currentTest?.parent?.tests.some((test) => test.state === 'failed');
    if (failed) throw new Error('an earlier step of the journey failed');
  });
  afterEach(() => {
    const unexpected = problems.flat().filter((problem) => !expectedEditorProblem(problem));
    expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
  });
  after(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('1. the operator at 360 px writes an article with a photo, keeps it through a lost connection and a reload, and submits it', async () => {
    const phone = await page(360, 740);
    await signIn(phone.page, operator);
    await writeArticleWithPhoto(phone.page, articleTitle);
    await expectNoOverflow(phone.page);
    await editThroughLostConnection(phone.page, phone.context, problems.at(-1)!);
    await reloadRestoresDraft(phone.page, articleTitle);
    await expectNoOverflow(phone.page);
    articleId = await submitArticle(phone.page);
    await expectNoOverflow(phone.page);

    const article = await adminClient().admin.news.get(articleId);
    expect(article.status).to.equal('submitted');
    expect(article.title).to.equal(articleTitle);
    expect(article.body).to.contain(OFFLINE_SENTENCE.trim());
    expect(article.image?.alt).to.equal(PHOTO_ALT);
    expect(article.author?.name).to.equal(operator.name);
    expect(article.group.id).to.equal((operator.membership as { groupId: string }).groupId);
  });

  it('2. the Dinas official publishes it from the review queue', async () => {
    official = (await page(1280, 800)).page;
    await signIn(official, dinas);
    const review = await openFromQueue(official, articleTitle);
    await publishOpenArticle(review, articleTitle);
    expect((await adminClient().admin.news.get(articleId)).status).to.equal('published');
  });

  it('3. the municipal demo site’s feed shows that article first, with its photo', async () => {
    const visitor = (await page(390, 844)).page;
    expect((await feedTitles(visitor))[0]).to.equal(articleTitle);
    const first = visitor.locator('kim-news-feed [part~="item"]').first();
    expect(await first.locator('[part~="image"]').getAttribute('alt')).to.equal(PHOTO_ALT);
  });

  it('4. a citizen submits an aspiration on the site; the official verifies, forwards and resolves it with notes', async () => {
    const citizen = (await page(390, 844)).page;
    trackingCode = await submitAspiration(citizen, reportTitle);

    const inbox = await openInbox(official);
    await inbox.locator('#filter-q').fill(`perjalanan ${stamp}`);
    await inbox.locator('#filter-q').press('Enter');
    await openReport(inbox, reportTitle);
    await resolveReport(official, inbox);
    const history = await inbox.locator('[part~="history-entry"]').allTextContents();
    expect(history).to.have.length(5);
    expect(history[0]).to.contain('Selesai').and.contain(dinas.name);
  });

  it('5. the citizen’s tracker shows the history with the public notes only', async () => {
    const citizen = (await page(390, 844)).page;
    await expectTrackedResolution(await trackCode(citizen, trackingCode));
  });

  it('6. the audit log lists each step of the journey with who did it', async () => {
    const entry = await openAuditLog(official);
    expect(await entry('Mengajukan berita untuk ditinjau', articleTitle).textContent()).to.contain(operator.name);
    expect(await entry('Menerbitkan berita', articleTitle).textContent()).to.contain(dinas.name);
    expect(await entry('Mengirim aspirasi', trackingCode).count()).to.equal(1);
    const changes = entry('Mengubah status aspirasi', trackingCode);
    expect(await changes.count()).to.equal(4);
    for (const text of await changes.allTextContents()) expect(text).to.contain(dinas.name);
  });

  it('7. a second official editing the same article at the same time gets the conflict view', async () => {
    const second = (await page(1280, 800)).page;
    await signIn(second, admin);
    const editors = [official, second].map((p) => p.locator('kim-news-editor'));
    for (const [i, p] of [official, second].entries()) {
      await p.goto(`/console/#/berita/${encodeURIComponent(articleId)}`);
      await editors[i]!.locator('#title').waitFor();
      expect(await editors[i]!.locator('#title').inputValue()).to.equal(articleTitle);
    }

    // The Dinas official saves a correction first.
    await editors[0]!.locator('#title').fill(`${articleTitle} (dinas)`);
    await save(official);
    await saved(official);

    // The admin, still on the old version, saves: both versions side by side, nothing of theirs lost.
    await editors[1]!.locator('#title').fill(`${articleTitle} (admin)`);
    await save(second);
    const conflict = editors[1]!.locator('[part~="conflict"]');
    await conflict.waitFor();
    expect(await conflict.locator('[part~="mine"]').textContent()).to.contain(`${articleTitle} (admin)`);
    expect(await conflict.locator('[part~="theirs"]').textContent()).to.contain(`${articleTitle} (dinas)`);
    expect((await adminClient().admin.news.get(articleId)).title).to.equal(`${articleTitle} (dinas)`);
  });
});
