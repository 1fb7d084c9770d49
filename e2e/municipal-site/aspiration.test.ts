import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { advanceTo, allAspirations } from '../support/admin.js';
import { newContext } from '../support/hooks.js';
import { fillAspiration, TRACKING_CODE, texts } from '../support/widgets.js';

/** Looks a code up in the status widget and returns what it says. */
async function track(page: Page, code: string) {
  const status = page.locator('kim-aspiration-status');
  await status.getByLabel('Kode lacak').fill(code);
  await status.getByRole('button', { name: 'Lacak' }).click();
  const current = status.locator('[part~="status"]');
  await current.waitFor();
  return {
    current: (await current.textContent())?.trim(),
    currentStep: (await status.locator('[aria-current="step"]').textContent())?.replace(/\s+/g, ' ').trim(),
    notes: await texts(status.locator('[part~="note"]')),
    agency: (await status.locator('[part~="agency"]').count())
      ? (await status.locator('[part~="agency"]').textContent())?.trim()
      : undefined,
    due: (await status.locator('[part~="due"]').count())
      ? {
          text: (await status.locator('[part~="due"]').textContent())?.replace(/\s+/g, ' ').trim(),
          at: await status.locator('[part~="due"] time').getAttribute('datetime'),
        }
      : undefined,
  };
}

describe('municipal site: an aspiration from submission to follow-up', () => {
  let context: BrowserContext;
  let page: Page;
  let code: string;
  const title = `Lampu jalan mati di Semabung Lama (uji e2e ${Date.now().toString(36)})`;
  const note = 'Petugas Dinas Perhubungan dijadwalkan memperbaiki lampu pada hari Kamis.';

  before(async () => {
    context = await newContext();
    page = await context.newPage();
    await page.goto('/');
  });
  after(async () => {
    await context?.close();
  });

  it('a citizen submits the form and sees a tracking code', async () => {
    const form = await fillAspiration(page, title);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    const receipt = form.locator('[part~="receipt"]');
    await receipt.waitFor();
    expect(await receipt.textContent()).to.contain('Tanda terima');
    expect(await receipt.textContent()).to.contain('Terima kasih, laporan Anda telah diterima.');
    const shown = (await form.locator('[part~="tracking-code"]').textContent()) ?? '';
    const match = TRACKING_CODE.exec(shown);
    expect(match, `a tracking code in "${shown}"`).to.not.equal(null);
    code = `${match![1]}${match![2]}`;

    const stored = (await allAspirations()).filter((a) => a.title === title);
    expect(stored.map((a) => a.trackingCode)).to.deep.equal([code]);
  });

  it('the status widget shows it as received, with the due date of the first response in WIB', async () => {
    expect(code, 'the previous step produced a code').to.be.a('string');
    const shown = await track(page, code);
    expect(shown.current).to.equal('Diterima');
    expect(shown.currentStep).to.contain('Diterima');
    const [record] = (await allAspirations()).filter((a) => a.trackingCode === code);
    expect(record?.dueAt, 'a due date set at submission').to.be.a('string');
    expect(shown.due?.at).to.equal(record!.dueAt);
    expect(shown.due?.text).to.match(/WIB$/);
  });

  it('after an admin moves it to in_progress with a note, the status widget shows the new state and the note', async () => {
    expect(code, 'the previous step produced a code').to.be.a('string');
    const [aspiration] = (await allAspirations()).filter((a) => a.trackingCode === code);
    const updated = await advanceTo(aspiration!.id, 'in_progress', note);
    expect(updated.status).to.equal('in_progress');
    expect(updated.history.map((h) => h.status)).to.deep.equal(['received', 'verified', 'forwarded', 'in_progress']);

    // The citizen comes back later, on another device.
    await context.close();
    context = await newContext();
    page = await context.newPage();
    await page.goto('/');
    const shown = await track(page, code);
    expect(shown.current).to.equal('Sedang ditindaklanjuti');
    expect(shown.currentStep).to.contain('Sedang ditindaklanjuti');
    expect(shown.notes).to.deep.equal([note]);
    expect(shown.agency).to.equal('Diteruskan ke Dinas PUPR');
  });
});
