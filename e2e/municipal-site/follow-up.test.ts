// The reporter's follow-up against the real seeded server: a citizen submits on the demo page and keeps the secret
// from the receipt; an official asks a question and the reporter answers it in the tracker; the official resolves it
// and the reporter rates the answer 4 of 5; a wrong secret is refused; reopening sends it back to the officials.
import { expect } from 'chai';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { adminClient, advanceTo, arrivedTitled } from '../support/admin.js';
import { newContext } from '../support/hooks.js';
import { fillAspiration, receiptCode, texts } from '../support/widgets.js';

describe('municipal site: the reporter follows up with the secret from the receipt', () => {
  let context: BrowserContext;
  let page: Page;
  let status: Locator;
  let code: string;
  let secret: string;
  let id: string;
  const title = `Lampu jalan mati, tindak lanjut pelapor (uji e2e ${Date.now().toString(36)})`;
  const question = 'Di depan rumah nomor berapa tepatnya lampu yang mati?';
  const answer = 'Di depan rumah nomor 12, tiang kedua dari simpang.';

  /** Looks the code up again, as a reporter coming back later does. */
  async function track() {
    await status.getByRole('textbox', { name: 'Kode lacak' }).fill(code);
    await status.getByRole('button', { name: 'Lacak' }).click();
    await status.locator('[part~="follow-up"]').waitFor();
  }

  const steps = () => texts(status.locator('.step-status'));

  before(async () => {
    context = await newContext();
    page = await context.newPage();
    await page.goto('/');
    status = page.locator('kim-aspiration-status');
  });
  after(async () => {
    await context?.close();
  });

  it('a citizen submits and keeps the follow-up secret the receipt shows once', async () => {
    const form = await fillAspiration(page, title);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    code = await receiptCode(form);
    secret = ((await form.locator('[part~="follow-up-secret"]').textContent()) ?? '').trim();
    expect(secret).to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const [stored] = await arrivedTitled(title);
    id = stored!.id;
  });

  it("the reporter answers an official's question in the tracker", async () => {
    expect(id, 'the previous step submitted').to.be.a('string');
    const current = await advanceTo(id, 'in_progress', 'Petugas memeriksa lokasi.');
    await adminClient().admin.aspirations.askReporter(id, { question }, { version: current.version });
    await track();
    expect((await status.locator('[part~="question"]').textContent())?.trim()).to.equal(question);
    await status.getByLabel('Kode rahasia tindak lanjut').fill(secret);
    await status.getByLabel('Jawaban Anda').fill(answer);
    await status.getByRole('button', { name: 'Kirim jawaban' }).click();
    await status.getByText('Jawaban Anda telah terkirim.').waitFor();
    await status.locator('[part~="answer-form"]').waitFor({ state: 'detached' });
    expect(await steps()).to.include('Pelapor menjawab pertanyaan');
    const record = await adminClient().admin.aspirations.get(id);
    const entry = record.history.find((h) => h.kind === 'reporter_answer');
    expect(entry?.internalNote).to.equal(answer);
    // The secret stays typed for the next step, and nowhere in the page's storage.
    expect(await status.getByLabel('Kode rahasia tindak lanjut').inputValue()).to.equal(secret);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).to.not.contain(secret.replace(/-/g, ''));
    expect(stored).to.not.contain(secret);
  });

  it('once resolved, the reporter rates the answer 4 of 5 with a comment; the rating shows in the history', async () => {
    expect(id, 'the first step submitted').to.be.a('string');
    await advanceTo(id, 'resolved', 'Lampu telah diganti.');
    await track();
    await status.getByLabel('Kode rahasia tindak lanjut').fill(secret);
    await status.getByRole('radio', { name: '4 – Puas' }).check();
    await status.getByLabel(/^Komentar/).fill('Cepat ditangani, terima kasih.');
    await status.getByRole('button', { name: 'Kirim penilaian' }).click();
    await status.locator('[part~="rated"]').waitFor();
    expect((await status.locator('[part~="rated"]').textContent())?.trim()).to.equal(
      'Anda telah memberi nilai 4 dari 5 untuk tanggapan ini.',
    );
    expect(await steps()).to.include('Penilaian pelapor');
    expect(await texts(status.locator('[part~="note"]'))).to.include('4/5');
    const record = await adminClient().admin.aspirations.get(id);
    expect(record.history.find((h) => h.kind === 'rating')?.internalNote).to.equal('Cepat ditangani, terima kasih.');
  });

  it('a wrong secret is refused next to the field, and the reason typed is kept', async () => {
    expect(id, 'the first step submitted').to.be.a('string');
    const reason = 'Lampu padam lagi sejak kemarin malam.';
    await status.getByLabel('Kode rahasia tindak lanjut').fill('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    await status.getByLabel('Alasan membuka kembali').fill(reason);
    await status.getByRole('button', { name: 'Buka kembali laporan' }).click();
    const error = status.locator('[part~="secret-error"]');
    await error.waitFor();
    expect(await error.textContent()).to.contain('Kode rahasia tidak cocok');
    expect(await status.getByLabel('Alasan membuka kembali').inputValue()).to.equal(reason);
    expect((await adminClient().admin.aspirations.get(id)).status).to.equal('resolved');
  });

  it('reopening with the right secret sends it back to the officials', async () => {
    expect(id, 'the first step submitted').to.be.a('string');
    await status.getByLabel('Kode rahasia tindak lanjut').fill(secret);
    await status.getByRole('button', { name: 'Buka kembali laporan' }).click();
    await status.getByText('Laporan dibuka kembali dan akan ditindaklanjuti lagi oleh petugas.').waitFor();
    await page.waitForFunction(
      () =>
        document
          .querySelector('kim-aspiration-status')
          ?.shadowRoot?.querySelector('[part~="status"]')
          ?.textContent?.trim() === 'Sedang ditindaklanjuti',
    );
    expect(await steps()).to.include('Dibuka kembali oleh pelapor');
    expect((await adminClient().admin.aspirations.get(id)).status).to.equal('in_progress');
  });
});
