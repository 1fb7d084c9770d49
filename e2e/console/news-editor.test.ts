// The news editor at /console/ of a freshly seeded server: the operator and the Dinas official edit one draft at the
// same time: the official saves first, and the operator's save shows both versions; "keep mine" saves on top of the
// official's. (Writing with a photo through a lost connection and a reload, then submitting, is step 1 of
// journey.test.ts.)
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { adminClient } from '../support/admin.js';
import { collectProblems } from '../support/browser.js';
import { demoAccount, expectedEditorProblem, expectNoOverflow, save, saved, signIn } from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';

const operator = demoAccount('kim');
const dinas = demoAccount('dinas');

describe('console: the news editor', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('the operator and the Dinas official edit one article at once: the second save shows both versions', async () => {
    const phone = await newContext({ width: 360, height: 740 });
    const laptop = await newContext({ width: 1280, height: 900 });
    contexts.push(phone, laptop);
    const operatorPage = await phone.newPage();
    const dinasPage = await laptop.newPage();
    const problems = [...[operatorPage, dinasPage].map(collectProblems)];

    // The operator writes and saves a draft.
    await signIn(operatorPage, operator);
    await operatorPage.goto('/console/#/berita/baru');
    const mine = operatorPage.locator('kim-news-editor');
    const title = `Jadwal posyandu Desember ${Date.now()}`;
    await mine.locator('#categoryId').selectOption({ index: 1 });
    await mine.locator('#title').fill(title);
    await mine.locator('.rich-text').click();
    await operatorPage.keyboard.type('Posyandu balita dibuka di balai kelurahan.');
    await save(operatorPage);
    await saved(operatorPage);
    await operatorPage.waitForURL(/#\/berita\/(?!baru)[^/]+$/);
    const url = operatorPage.url();
    const id = decodeURIComponent(url.split('#/berita/')[1]!);

    // The official opens the same article and saves a change first.
    await signIn(dinasPage, dinas);
    await dinasPage.goto(`/console/#/berita/${encodeURIComponent(id)}`);
    const theirs = dinasPage.locator('kim-news-editor');
    await theirs.locator('#title').waitFor();
    expect(await theirs.locator('#title').inputValue()).to.equal(title);
    await theirs.locator('#title').fill(`${title} (dinas)`);
    await save(dinasPage);
    await saved(dinasPage);

    // The operator, still on the old version, saves: both versions side by side.
    await mine.locator('#title').fill(`${title} (operator)`);
    await save(operatorPage);
    const conflict = mine.locator('[part~="conflict"]');
    await conflict.waitFor();
    expect(await conflict.locator('[part~="mine"]').textContent()).to.contain(`${title} (operator)`);
    expect(await conflict.locator('[part~="theirs"]').textContent()).to.contain(`${title} (dinas)`);
    await expectNoOverflow(operatorPage);

    // "Keep mine" saves on top of the official's version.
    await mine.locator('[part~="keep-mine"]').click();
    await conflict.waitFor({ state: 'detached' });
    const article = await adminClient().admin.news.get(id);
    expect(article.title).to.equal(`${title} (operator)`);
    expect(article.version).to.be.at.least(3);
    const unexpected = problems.flat().filter((problem) => !expectedEditorProblem(problem));
    expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
  });
});
