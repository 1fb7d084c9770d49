// The console at /console/ of a freshly seeded server, on a phone: the demo Dinas official signs in, sees their name,
// and signs out, under the console's strict CSP with no console error or failed request.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../packages/server/src/seed/accounts.js';
import { collectProblems } from '../support/browser.js';
import { newContext } from '../support/hooks.js';

const dinas = DEMO_ACCOUNTS.find((account) => account.membership.role === 'dinas')!;

describe('console: sign in and out', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('the demo Dinas official signs in at 360 px, sees their name, and signs out', async () => {
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    const response = await page.goto('/console/');
    expect(response?.headers()['content-security-policy']).to.contain("default-src 'none'");

    await page.locator('kim-sign-in #email').fill(dinas.email);
    await page.locator('kim-sign-in #password').fill(dinas.password);
    await page.locator('kim-sign-in #password').press('Enter');

    const person = page.locator('kim-console [part~="person"]');
    await person.waitFor();
    expect(await person.textContent()).to.contain(dinas.name);
    expect(await page.locator('kim-console [part~="welcome"]').textContent()).to.contain(dinas.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(360);
    // The secret lives in this tab's sessionStorage only.
    expect(await page.evaluate(() => Object.keys(sessionStorage).join())).to.contain('kim-console-session:');

    // A reload keeps the session (a phone reloads often).
    await page.reload();
    await person.waitFor();

    await page.locator('kim-console [part~="sign-out"]').click();
    await page.locator('kim-sign-in #email').waitFor();
    expect(await person.count()).to.equal(0);
    expect(await page.evaluate(() => sessionStorage.length)).to.equal(0);
    expect(page.url()).to.match(/#\/masuk$/);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
