import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { allAspirations, arrivedTitled } from '../support/admin.js';
import { newContext } from '../support/hooks.js';
import { fillAspiration, receiptCode } from '../support/widgets.js';

describe('municipal site: submitting while offline', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('keeps the submission while the network is cut and delivers it exactly once when it returns', async () => {
    const title = `Drainase tersumbat di Jalan Merdeka (uji luring ${Date.now().toString(36)})`;
    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    const form = await fillAspiration(page, title);

    await context.setOffline(true);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    const queued = form.locator('[part~="queued"]');
    await queued.waitFor();
    expect(await queued.textContent()).to.contain('Menunggu koneksi...');
    expect((await allAspirations()).filter((a) => a.title === title)).to.have.length(0);

    // The browser fires `online`; the form retries from its outbox with the same Idempotency-Key.
    await context.setOffline(false);
    const code = await receiptCode(form);
    expect((await arrivedTitled(title)).map((a) => a.trackingCode)).to.deep.equal([code]);
    // A reload retries whatever is left in the outbox; there is still exactly one aspiration.
    await page.reload();
    await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
    expect((await allAspirations()).filter((a) => a.title === title)).to.have.length(1);
  });
});
