// Issue 15: an information request under UU 14/2008 runs its legal course in real Chromium against the seeded server.
// A citizen files it on the demo page (name, contact, purpose, information, format, delivery) and keeps the tracking
// code and the follow-up secret; the Dinas official verifies it, extends it and refuses it with a legal ground in the
// console; the requester objects in the tracker with the secret; the official answers the objection in the console;
// the public register lists it without personal data.
import { createKimClient, REFUSAL_GROUND_LABELS } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { adminClient, arrivedTitled } from '../support/admin.js';
import { demoAccount, openInbox, openReport, signIn, trackCode, triage } from '../support/console-steps.js';
import { e2e, newContext } from '../support/hooks.js';
import { receiptCode } from '../support/widgets.js';

const run = Date.now().toString(36);
const title = `Permohonan data penerima bantuan sosial (uji e2e ${run})`;
const requester = { name: 'Rini Marlina', email: `rini.${run}@contoh.id` };
const purpose = 'Bahan penelitian skripsi tentang ketepatan sasaran bantuan sosial di kelurahan.';
const information = 'Daftar penerima bantuan sosial tunai Kelurahan Semabung Lama tahun 2026 beserta kriterianya.';
const extensionReason = 'Data dihimpun dari tiga bidang dan perlu diverifikasi.';
const refusalReason = 'Daftar penerima memuat NIK dan alamat warga; rekapitulasi per RW dapat diminta terpisah.';
const objectionText =
  'Saya hanya meminta jumlah penerima per RW, tanpa NIK dan alamat, sehingga tidak ada rahasia pribadi.';
const objectionAnswer = 'Atasan PPID memerintahkan rekapitulasi jumlah penerima per RW diberikan dalam 7 hari kerja.';

/** The citizen fills the demo page's form as an information request and sends it; resolves with code and secret. */
async function fileRequest(page: Page): Promise<{ code: string; secret: string }> {
  await page.goto('/');
  const form = page.locator('kim-aspiration-form');
  await form.getByRole('radio', { name: /^Permohonan informasi/ }).check();
  await form.getByLabel(/^Judul/).fill(title);
  await form
    .getByLabel(/^Isi laporan/)
    .fill('Saya memohon salinan data penerima bantuan sosial untuk keperluan penelitian di kampus saya.');
  await form.getByLabel(/^Kategori/).selectOption({ index: 1 });
  await form.getByLabel(/^Kecamatan/).selectOption({ label: 'Bukit Intan' });
  await form.getByLabel(/^Kelurahan\/desa/).selectOption({ label: 'Semabung Lama' });
  await form.getByLabel(/^Rincian informasi yang dibutuhkan/).fill(information);
  await form.getByLabel(/^Tujuan penggunaan informasi/).fill(purpose);
  await form.getByRole('radio', { name: /^Salinan elektronik/ }).check();
  await form.getByLabel(/^Cara mendapatkan salinan/).selectOption({ label: 'Email' });
  await form.getByLabel(/^Nama/).fill(requester.name);
  await form.getByLabel(/^Surel/).fill(requester.email);
  await form.getByRole('checkbox', { name: /Saya menyetujui/ }).check();
  await form.getByRole('button', { name: 'Kirim laporan' }).click();
  const code = await receiptCode(form);
  const secret = ((await form.locator('[part~="follow-up-secret"]').textContent()) ?? '').trim();
  expect(secret, 'the follow-up secret on the receipt').to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  return { code, secret };
}

/** The open record's action form named by its part (`extend-form`, `decide-form`, `objection-form`). */
const actionForm = (inbox: Locator, part: string) => inbox.locator(`[part~="${part}"]`);

describe('municipal site: an information request runs its legal course with an objection', () => {
  let citizen: BrowserContext;
  let official: BrowserContext;
  let citizenPage: Page;
  let officialPage: Page;
  let inbox: Locator;
  let filed: { code: string; secret: string };
  let registerNumber: string;

  before(async () => {
    citizen = await newContext();
    official = await newContext();
    citizenPage = await citizen.newPage();
    officialPage = await official.newPage();
  });
  after(async () => {
    await citizen?.close();
    await official?.close();
  });

  it('a citizen files the request with name, contact, purpose, information, format and delivery', async () => {
    filed = await fileRequest(citizenPage);
    const [arrived] = await arrivedTitled(title);
    const stored = await adminClient().admin.aspirations.get(arrived!.id);
    expect(stored.kind).to.equal('information_request');
    expect(stored.trackingCode).to.equal(filed.code);
    expect(stored.reporter).to.include({ name: requester.name, email: requester.email });
    expect(stored.informationRequest).to.include({
      purpose,
      informationRequested: information,
      format: 'softcopy',
      delivery: 'email',
    });
    registerNumber = stored.informationRequest!.registerNumber;
    expect(registerNumber).to.match(/^PPID\/1971\/\d{4}\/\d{6}$/);

    // The tracker shows the register number the requester keeps with the code.
    const status = await trackCode(citizenPage, filed.code);
    expect((await status.locator('[part~="register-number"]').textContent())?.trim()).to.equal(registerNumber);
  });

  it('the official verifies it and extends it once in the console', async () => {
    await signIn(officialPage, demoAccount('dinas'));
    inbox = await openInbox(officialPage);
    await openReport(inbox, title);
    expect((await inbox.locator('[part~="register-number"]').textContent())?.trim()).to.equal(registerNumber);
    expect(await inbox.locator('[part~="information-request"]').textContent()).to.contain(purpose);
    await triage(officialPage, inbox, {
      status: 'Diverifikasi',
      note: 'Permohonan lengkap dan kami proses.',
      internal: '',
    });

    const extend = actionForm(inbox, 'extend-form');
    await extend.getByLabel('Lama perpanjangan').selectOption({ label: '7 hari kerja' });
    await extend.getByLabel('Alasan perpanjangan').fill(extensionReason);
    await extend.getByRole('button', { name: 'Perpanjang' }).click();
    await inbox.locator('[part~="request-extension"]').waitFor();
    expect(await inbox.locator('[part~="information-request"]').textContent()).to.contain('Diperpanjang 7 hari kerja');
    expect(await extend.count(), 'an extension is given once').to.equal(0);
    const stored = await adminClient().admin.aspirations.get((await arrivedTitled(title))[0]!.id);
    expect(stored.informationRequest!.extension).to.include({ days: 7, reason: extensionReason });
  });

  it('the official refuses it in writing with a legal ground; the status dialog never offers the end', async () => {
    // Verified, the status dialog offers forwarding but never the refusal: only the decision ends a request.
    expect(await inbox.locator('[part~="decision-instead"]').textContent()).to.contain('bagian Keputusan');
    const decide = actionForm(inbox, 'decide-form');
    await decide.getByRole('radio', { name: 'Tolak permohonan secara tertulis' }).check();
    const ground = REFUSAL_GROUND_LABELS['pasal-17-h'].id;
    await decide.getByLabel('Dasar hukum penolakan').selectOption({ label: ground });
    await decide.getByLabel('Alasan penolakan').fill(refusalReason);
    await decide.getByRole('button', { name: 'Simpan keputusan' }).click();
    await inbox.locator('[part~="request-ground"]').waitFor();
    expect((await inbox.locator('[part~="record-status"]').textContent())?.trim()).to.equal('Ditolak');
    expect((await inbox.locator('[part~="request-ground"]').textContent())?.trim()).to.equal(ground);
  });

  it('the requester objects in the tracker with the code and the secret', async () => {
    const status = await trackCode(citizenPage, filed.code);
    expect((await status.locator('[part~="ground"]').textContent())?.trim()).to.equal(
      REFUSAL_GROUND_LABELS['pasal-17-h'].id,
    );
    await status.getByLabel('Kode rahasia tindak lanjut').fill(filed.secret);
    const form = status.locator('[part~="objection-form"]');
    await form.getByRole('radio', { name: 'Permohonan ditolak dengan alasan pengecualian Pasal 17' }).check();
    await form.getByLabel(/^Uraian keberatan/).fill(objectionText);
    await form.getByRole('button', { name: 'Ajukan keberatan' }).click();
    // Said in a status notice, and the tracker then shows the objection with the date it was filed.
    const done = status.locator('[part~="follow-up-done"]', { hasText: 'Keberatan Anda telah diajukan' });
    await done.waitFor();
    expect(await done.getAttribute('role')).to.equal('status');
    await status.locator('[part~="objection"]').waitFor();
    const stored = await adminClient().admin.aspirations.get((await arrivedTitled(title))[0]!.id);
    expect(stored.informationRequest!.objection).to.include({
      reason: 'pasal-35-a',
      text: objectionText,
      answer: null,
    });
  });

  it('the official answers the objection in the console, once', async () => {
    await officialPage.reload();
    inbox = officialPage.locator('kim-aspiration-inbox');
    await inbox.locator('#record-title').waitFor();
    const form = actionForm(inbox, 'objection-form');
    expect(await form.locator('[part~="objection-facts"]').textContent()).to.contain(objectionText);
    await form.getByLabel('Tanggapan atas keberatan').fill(objectionAnswer);
    await form.getByRole('button', { name: 'Simpan tanggapan' }).click();
    await inbox.locator('[part~="request-objection-answer"]').waitFor();
    expect((await inbox.locator('[part~="request-objection-answer"]').textContent())?.trim()).to.equal(objectionAnswer);
    expect(await form.count()).to.equal(0);

    const status = await trackCode(citizenPage, filed.code);
    expect((await status.locator('[part~="objection-answer"]').textContent())?.trim()).to.equal(objectionAnswer);
  });

  it('the public register lists it, refused with its ground and objected to, without personal data', async () => {
    const publicClient = createKimClient({ baseUrl: e2e().server.baseUrl });
    const entries = await publicClient.informationRequests.register({ region: '19.71' }).toArray({ limit: 500 });
    const entry = entries.find((e) => e.registerNumber === registerNumber);
    expect(entry, `${registerNumber} in the public register`).to.not.equal(undefined);
    expect(entry).to.include({
      status: 'rejected',
      extended: true,
      outcome: 'rejected',
      ground: 'pasal-17-h',
      objected: true,
      informationRequested: information,
    });
    const published = JSON.stringify(entries);
    for (const personal of [requester.name, requester.email, purpose, filed.secret, filed.code]) {
      expect(published, 'no personal data in the register').not.to.contain(personal);
    }
  });
});
