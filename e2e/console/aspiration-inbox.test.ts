// The inbox against a freshly seeded server: a citizen submits an aspiration on the municipal demo site; the demo
// Dinas official, on a laptop, finds it in the console's inbox, verifies, forwards and resolves it with public and
// internal notes; the citizen's tracker shows the history with the public notes and never the internal ones.
import { expect } from 'chai';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../packages/server/src/seed/accounts.js';
import { collectProblems } from '../support/browser.js';
import { newContext } from '../support/hooks.js';
import { fillAspiration, TRACKING_CODE, texts } from '../support/widgets.js';

const dinas = DEMO_ACCOUNTS.find((account) => account.membership.role === 'dinas')!;

const steps = [
  {
    status: 'Diverifikasi',
    note: 'Laporan Anda telah kami periksa dan benar.',
    internal: 'INTERNAL: dicek lewat telepon ke ketua RT 03.',
  },
  {
    status: 'Diteruskan ke perangkat daerah',
    note: 'Laporan diteruskan ke Dinas Perhubungan.',
    internal: 'INTERNAL: disposisi nomor 045/DISHUB/2026.',
  },
  { status: 'Sedang ditindaklanjuti', note: 'Petugas dijadwalkan datang hari Kamis.', internal: '' },
  {
    status: 'Selesai',
    note: 'Lampu jalan sudah diganti dan menyala kembali.',
    internal: 'INTERNAL: biaya dari pos pemeliharaan rutin.',
  },
];

/** Changes the open report's status through the dialog (opened with the `s` shortcut). */
async function changeStatus(page: Page, inbox: Locator, step: (typeof steps)[number]) {
  await inbox.locator('#record-title').focus();
  await page.keyboard.press('s');
  const dialog = inbox.locator('dialog#status-dialog');
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: step.status }).check();
  await dialog.locator('#note').fill(step.note);
  if (step.internal) await dialog.locator('#internalNote').fill(step.internal);
  await dialog.locator('[part~="submit-status"]').click();
  await dialog.waitFor({ state: 'detached' });
  expect((await inbox.locator('[part~="record-status"]').textContent())?.trim()).to.equal(step.status);
}

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
    await page.goto('/');
    const form = await fillAspiration(page, title);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    await form.locator('[part~="receipt"]').waitFor();
    const match = TRACKING_CODE.exec((await form.locator('[part~="tracking-code"]').textContent()) ?? '');
    expect(match, 'a tracking code on the receipt').to.not.equal(null);
    const code = `${match![1]}${match![2]}`;
    await context.close();

    // The Dinas official at the office.
    context = await newContext({ width: 1280, height: 800 });
    page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto('/console/');
    await page.locator('kim-sign-in #email').fill(dinas.email);
    await page.locator('kim-sign-in #password').fill(dinas.password);
    await page.locator('kim-sign-in #password').press('Enter');
    await page.locator('kim-console nav').getByRole('link', { name: 'Laporan warga' }).click();
    const inbox = page.locator('kim-aspiration-inbox');
    await inbox.locator('table.records').waitFor();

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

    await inbox.locator('tr[part~="row"]', { hasText: title }).locator('a.open').click();
    await inbox.locator('#record-title').waitFor();
    expect(await inbox.locator('#record-title').textContent()).to.equal(title);
    expect(page.url()).to.match(/#\/laporan\/[^?]+\?status=received/);
    for (const step of steps) await changeStatus(page, inbox, step);

    const history = await texts(inbox.locator('[part~="history-entry"]'));
    expect(history).to.have.length(5);
    expect(history[0]).to.contain('Selesai').and.contain(dinas.name).and.contain('WIB');
    expect(history[0]).to.contain(steps[3]!.internal);
    expect(await inbox.locator('[part~="internal-note"]').count()).to.equal(3);

    // Escape closes the record; focus is back on its row (which no longer matches "received" on the next load).
    await page.keyboard.press('Escape');
    await inbox.locator('#record-title').waitFor({ state: 'detached' });
    expect(problems, problems.join('\n')).to.deep.equal([]);
    await context.close();

    // The citizen, later, on the tracker.
    context = await newContext({ width: 390, height: 844 });
    page = await context.newPage();
    await page.goto('/');
    const status = page.locator('kim-aspiration-status');
    await status.getByLabel('Kode lacak').fill(code);
    await status.getByRole('button', { name: 'Lacak' }).click();
    await status.locator('[part~="status"]').waitFor();
    expect((await status.locator('[part~="status"]').textContent())?.trim()).to.equal('Selesai');
    expect(await texts(status.locator('[part~="note"]'))).to.deep.equal(steps.map((s) => s.note));
    const shown = (await status.evaluate((el) => el.shadowRoot?.textContent ?? '')) ?? '';
    for (const step of steps) if (step.internal) expect(shown).not.to.contain(step.internal);
    expect(shown).not.to.contain('INTERNAL');
  });
});
