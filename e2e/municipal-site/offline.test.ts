import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { allAspirations } from '../support/admin.js';
import { newContext } from '../support/hooks.js';
import { fillAspiration, TRACKING_CODE, until } from '../support/widgets.js';

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
    const receipt = form.locator('[part~="receipt"]');
    await receipt.waitFor();
    const shown = (await form.locator('[part~="tracking-code"]').textContent()) ?? '';
    const match = TRACKING_CODE.exec(shown);
    expect(match, `a tracking code in "${shown}"`).to.not.equal(null);

    const stored = await until(
      async () => (await allAspirations()).filter((a) => a.title === title),
      (list) => list.length > 0,
      'the aspiration on the server',
    );
    expect(stored.map((a) => a.trackingCode)).to.deep.equal([`${match![1]}${match![2]}`]);
    // A reload retries whatever is left in the outbox; there is still exactly one aspiration.
    await page.reload();
    await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
    expect((await allAspirations()).filter((a) => a.title === title)).to.have.length(1);
  });
});
