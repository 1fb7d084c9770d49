// The inbox against a freshly seeded server: a citizen submits an aspiration on the municipal demo site; the demo
// Dinas official, on a laptop, finds it in the console's inbox, verifies, forwards and resolves it with public and
// internal notes; the citizen's tracker shows the history with the public notes and never the internal ones.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import {
  demoAccount,
  expectTrackedResolution,
  openInbox,
  openReport,
  RESOLUTION,
  resolveReport,
  signIn,
  submitAspiration,
  trackCode,
} from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';
import { texts } from '../support/widgets.js';

const dinas = demoAccount('dinas');

describe('console: the inbox from a citizen report to its resolution', () => {
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('the official verifies, forwards and resolves it; the tracker shows public notes only', async () => {
    const title = `Lampu jalan mati di gang Semabung (uji kotak masuk ${Date.now().toString(36)})`;

    // A citizen on the demo site.
    context = await newContext({ width: 390, height: 844 });
    let page = await context.newPage();
    const code = await submitAspiration(page, title);
    await context.close();

    // The Dinas official at the office.
    context = await newContext({ width: 1280, height: 800 });
    page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, dinas);
    const inbox = await openInbox(page);

    // Only new reports, found by the words of its title; the filters go into the address.
    await inbox.locator('#filter-status').selectOption('received');
    await inbox.locator('#filter-q').fill('uji kotak masuk');
    await inbox.locator('#filter-q').press('Enter');
    const row = inbox.locator('tr[part~="row"]', { hasText: title });
    await row.waitFor();
    expect(page.url()).to.contain('status=received').and.contain('q=uji+kotak+masuk');
    expect(await row.textContent())
      .to.contain(code)
      .and.contain('Semabung Lama');

    // A reload keeps the filters.
    await page.reload();
    await inbox.locator('tr[part~="row"]', { hasText: title }).waitFor();
    expect(await inbox.locator('#filter-status').inputValue()).to.equal('received');

    await openReport(inbox, title);
    expect(page.url()).to.match(/#\/laporan\/[^?]+\?status=received/);
    await resolveReport(page, inbox);

    const history = await texts(inbox.locator('[part~="history-entry"]'));
    expect(history).to.have.length(5);
    expect(history[0]).to.contain('Selesai').and.contain(dinas.name).and.contain('WIB');
    expect(history[0]).to.contain(RESOLUTION[3]!.internal);
    expect(await inbox.locator('[part~="internal-note"]').count()).to.equal(3);

    // Escape closes the record; focus is back on its row (which no longer matches "received" on the next load).
    await page.keyboard.press('Escape');
    await inbox.locator('#record-title').waitFor({ state: 'detached' });
    expect(problems, problems.join('\n')).to.deep.equal([]);
    await context.close();

    // The citizen, later, on the tracker.
    context = await newContext({ width: 390, height: 844 });
    page = await context.newPage();
    await expectTrackedResolution(await trackCode(page, code));
  });
});
