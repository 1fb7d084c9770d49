import type { Me } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/aspiration-inbox.js';
import {
  createFakeInboxApi,
  type FakeInboxApi,
  INBOX_DINAS_ME,
  INBOX_KIM_ME,
} from '../test-fixtures/fake-inbox-api.js';
import type { KimAspirationInbox } from './aspiration-inbox.js';

const PATIENCE = { timeout: 4000 };

async function mount(hash: string, options: { me?: Me; width?: string; api?: FakeInboxApi } = {}) {
  const api = options.api ?? createFakeInboxApi({ now: Date.now() });
  const session = api.sessionFor(options.me ?? INBOX_DINAS_ME);
  history.replaceState(null, '', hash);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '960px'}`}>
    <kim-aspiration-inbox .session=${session} .regions=${api.regions} hash-routes lang="id"></kim-aspiration-inbox>
  </div>`);
  const el = wrapper.querySelector('kim-aspiration-inbox') as KimAspirationInbox;
  if (hash.includes('/asp_')) await waitUntil(() => one(el, '#record-title'), 'no record opened', PATIENCE);
  await el.updateComplete;
  return { el, api };
}

const activeId = (el: KimAspirationInbox) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;
const posts = (api: FakeInboxApi, ending: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith(ending));
const historyHeadings = (el: KimAspirationInbox) =>
  all(el, '[part~="history-entry"] strong').map((s) => s.textContent!.trim());
const announced = (el: KimAspirationInbox) => one(el, '[role="status"]')!.textContent!.trim();

async function type(el: KimAspirationInbox, id: string, text: string) {
  one<HTMLElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function choose(el: KimAspirationInbox, id: string, value: string) {
  const select = one<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Gives an open information request a due date ahead (the fixtures' are past it), so it may still be extended. */
function notYetDue(api: FakeInboxApi, id: string) {
  const a = api.aspirations.find((x) => x.id === id)!;
  a.dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
  a.overdue = false;
}

async function submitted(el: KimAspirationInbox, key: string) {
  one<HTMLButtonElement>(el, `[part~="${key}-submit"]`)!.click();
  // The form is busy from the click until the answer (or the check before sending) came back.
  await el.updateComplete;
  await waitUntil(() => !one(el, `[part~="${key}-form"] form[aria-busy="true"]`), 'still busy', PATIENCE);
  await el.updateComplete;
}

describe('<kim-aspiration-inbox> record actions', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  describe('the question to the reporter', () => {
    it('needs a question, then sends it at the version read and shows it in the history', async () => {
      const { el, api } = await mount('#/laporan/asp_0001');
      expect(one(el, '#question-title')!.textContent).to.equal('Tanyakan kepada pelapor');
      await expect(el).to.be.accessible();

      await submitted(el, 'question');
      expect(one(el, '[part~="question-form"] #error-summary')!.textContent).to.contain('Pertanyaan: wajib diisi');
      expect(activeId(el)).to.equal('error-summary');
      expect(one(el, '#question-question')!.getAttribute('aria-invalid')).to.equal('true');
      expect(posts(api, '/questions')).to.have.length(0);
      await expect(el).to.be.accessible();

      await type(el, 'question-question', 'Lampu mati sejak tanggal berapa?');
      await submitted(el, 'question');
      const [post] = posts(api, '/asp_0001/questions');
      expect(post!.headers.get('if-match')).to.equal('"1"');
      expect(await post!.json()).to.deep.equal({ question: 'Lampu mati sejak tanggal berapa?' });
      expect(historyHeadings(el)[0]).to.equal('Pertanyaan untuk pelapor');
      expect(one(el, '[part~="history-entry"] [part~="public-note"]')!.textContent).to.contain(
        'Lampu mati sejak tanggal berapa?',
      );
      expect(one<HTMLTextAreaElement>(el, '#question-question')!.value).to.equal('');
      expect(announced(el)).to.equal('Pertanyaan untuk pelapor telah dikirim.');
    });

    it('keeps the question and shows the record as it is now when someone changed it meanwhile (412)', async () => {
      const { el, api } = await mount('#/laporan/asp_0001');
      await type(el, 'question-question', 'Tiang listrik nomor berapa?');
      const record = api.aspirations.find((a) => a.id === 'asp_0001')!;
      record.status = 'verified';
      record.version = 2;
      await submitted(el, 'question');
      await waitUntil(() => one(el, '[part~="question-form"] [part~="action-notice"]'), 'no notice', PATIENCE);
      expect(one(el, '[part~="action-notice"]')!.textContent).to.contain('diubah');
      expect(one<HTMLTextAreaElement>(el, '#question-question')!.value).to.equal('Tiang listrik nomor berapa?');
      expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Diverifikasi');
      await submitted(el, 'question');
      expect(posts(api, '/asp_0001/questions').at(-1)!.headers.get('if-match')).to.equal('"2"');
      expect(historyHeadings(el)[0]).to.equal('Pertanyaan untuk pelapor');
    });

    it('is not offered to a KIM operator, nor on a finished report', async () => {
      const operator = await mount('#/laporan/asp_0001', { me: INBOX_KIM_ME });
      expect(one(operator.el, '[part~="record-action"]')).to.equal(null);
      const finished = await mount('#/laporan/asp_0012');
      expect(one(finished.el, '[part~="question-form"]')).to.equal(null);
    });
  });

  describe('the reporter’s entries', () => {
    it('labels the rating with its score and the reporter’s reasons as theirs, and badges the list in words', async () => {
      const { el } = await mount('#/laporan/asp_0011');
      const headings = historyHeadings(el);
      expect(headings.slice(0, 3)).to.deep.equal([
        'Dibuka kembali oleh pelapor',
        'Penilaian pelapor: 2 dari 5',
        'Selesai',
      ]);
      const reopened = all(el, '[part~="history-entry"]')[0]!;
      expect(reopened.textContent).to.contain('oleh pelapor');
      expect(reopened.querySelector('[part~="internal-note"]')!.textContent).to.contain(
        'Alasan membuka kembali (hanya petugas): Pelatihan yang dijanjikan belum diadakan',
      );
      await expect(el).to.be.accessible();

      one<HTMLAnchorElement>(el, '[part~="back"]')!.click();
      await waitUntil(() => all(el, 'tr[part~="row"]').length === 12, 'no list', PATIENCE);
      const badges = (id: string) =>
        [...one(el, `tr[data-id="${id}"]`)!.querySelectorAll('[part~="reporter-badge"]')].map((b) => b.textContent);
      expect(badges('asp_0011')).to.deep.equal(['Dibuka kembali']);
      expect(badges('asp_0008')).to.deep.equal(['Ada jawaban pelapor']);
      expect(badges('asp_0006')).to.deep.equal(['Keberatan menunggu tanggapan']);
      expect(badges('asp_0001')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('an information request', () => {
    it('shows its register facts and never offers its end in the status dialog, pointing to the decision', async () => {
      const api = createFakeInboxApi({ now: Date.now() });
      notYetDue(api, 'asp_0009');
      const { el } = await mount('#/laporan/asp_0009', { api });
      const facts = one(el, '[part~="information-request"]')!.textContent!;
      expect(one(el, '[part~="register-number"]')!.textContent).to.match(/^PPID\/1971\/2026\/\d{6}$/);
      expect(facts).to.contain('Bahan penelitian skripsi');
      expect(facts).to.contain('Salinan elektronik (softcopy)');
      expect(facts).to.contain('Email');
      expect(one(el, '[part~="decision-instead"]')!.textContent).to.contain('bagian Keputusan');
      one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      expect(all<HTMLInputElement>(el, 'dialog input[type="radio"]').map((r) => r.value)).to.deep.equal(['forwarded']);
      one<HTMLInputElement>(el, 'dialog input[value="forwarded"]')!.click();
      await waitUntil(() => all(el, '#agencyId option').length === 4, 'no agencies', PATIENCE);
      choose(el, 'agencyId', 'agc_dishub');
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => !one(el, 'dialog#status-dialog'), 'the dialog stayed', PATIENCE);
      await el.updateComplete;
      // The status change is answered without the request's details: the record keeps those it read.
      expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Diteruskan ke perangkat daerah');
      expect(one(el, '[part~="register-number"]')!.textContent).to.match(/^PPID\/1971\/2026\/\d{6}$/);
      expect(all(el, '[part~="record-action"] h3').map((h) => h.textContent)).to.deep.equal([
        'Keputusan atas permohonan',
        'Perpanjang jangka waktu',
        'Tanyakan kepada pelapor',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says in the bulk dialog that the selection’s information requests end only through their decision', async () => {
      const { el } = await mount('#/laporan');
      await waitUntil(() => all(el, 'tr[part~="row"]').length === 12, 'no list', PATIENCE);
      for (const id of ['asp_0001', 'asp_0002', 'asp_0003']) {
        one<HTMLInputElement>(el, `tr[data-id="${id}"] input[type="checkbox"]`)!.click();
      }
      await el.updateComplete;
      one<HTMLButtonElement>(el, '[part~="bulk-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      expect(one(el, '[part~="bulk-requests"]')!.textContent).to.contain(
        '1 permohonan informasi dalam pilihan ini tidak dapat diselesaikan atau ditolak di sini',
      );
      await expect(el).to.be.accessible();
    });

    it('extends once, by keyboard: the days and the reason, at If-Match, and then offers no second extension', async () => {
      const api = createFakeInboxApi({ now: Date.now() });
      notYetDue(api, 'asp_0009');
      const { el } = await mount('#/laporan/asp_0009', { api });
      await submitted(el, 'extend');
      expect(one(el, '[part~="extend-form"] #error-summary')!.textContent).to.contain('Lama perpanjangan: wajib diisi');
      expect(one(el, '[part~="extend-form"] #error-summary')!.textContent).to.contain(
        'Alasan perpanjangan: wajib diisi',
      );
      await expect(el).to.be.accessible();

      one<HTMLSelectElement>(el, '#extend-days')!.focus();
      // Keyboard only: the arrow moves through the options, Tab to the reason, typed, Tab to the button, Enter.
      for (let i = 0; i < 7; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Data dihimpun dari tiga bidang.' });
      await sendKeys({ press: 'Tab' });
      expect(activeId(el)).to.equal('');
      expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('part')).to.equal('extend-submit');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => one(el, '[part~="request-extension"]'), 'no extension shown', PATIENCE);
      const [post] = posts(api, '/asp_0009/information-request/extension');
      expect(post!.headers.get('if-match')).to.equal('"2"');
      expect(await post!.json()).to.deep.equal({ days: 7, reason: 'Data dihimpun dari tiga bidang.' });
      expect(one(el, '[part~="information-request"]')!.textContent).to.contain('Diperpanjang 7 hari kerja');
      expect(historyHeadings(el)[0]).to.equal('Jangka waktu diperpanjang');
      expect(one(el, '[part~="extend-form"]')).to.equal(null);
      expect(announced(el)).to.equal('Jangka waktu diperpanjang 7 hari kerja.');
    });

    it('refuses in writing with a legal ground: asks for both, maps the server’s errors to fields, keeps the text', async () => {
      // The server's field errors, for one call: what the fake cannot be made to refuse through the form.
      const api = createFakeInboxApi({ now: Date.now() });
      const original = api.fetch;
      let refuse = false;
      api.fetch = async (request) =>
        refuse && new URL(request.url).pathname.endsWith('/decision')
          ? new Response(
              JSON.stringify({
                type: 'https://kim-kit.dev/problems/validation_failed',
                title: 'Unprocessable Content',
                status: 422,
                code: 'validation_failed',
                errors: [{ path: 'reason', code: 'custom', message: 'Uraikan bagian mana yang dikecualikan' }],
              }),
              { status: 422, headers: { 'content-type': 'application/problem+json', 'kim-api-version': '1' } },
            )
          : original(request);
      const { el } = await mount('#/laporan/asp_0009', { api });
      one<HTMLInputElement>(el, 'input[name="decide-outcome"][value="rejected"]')!.click();
      await el.updateComplete;
      const grounds = all<HTMLOptionElement>(el, '#decide-ground option').map((o) => o.value);
      expect(grounds).to.have.length(12);
      expect(grounds).to.include.members(['pasal-17-a', 'pasal-17-h', 'pasal-17-j', 'tidak-dikuasai']);
      await type(el, 'decide-reason', 'Terlalu');
      await submitted(el, 'decide');
      const summary = one(el, '[part~="decide-form"] #error-summary')!.textContent!;
      expect(summary).to.contain('Dasar hukum penolakan: wajib diisi');
      expect(summary).to.contain('Alasan penolakan: Minimal 10 karakter.');
      expect(posts(api, '/decision')).to.have.length(0);
      await expect(el).to.be.accessible();

      // The server refuses what the contract refuses: its message lands on the field, the text stays.
      choose(el, 'decide-ground', 'pasal-17-h');
      await type(el, 'decide-reason', ' pribadi: data penerima memuat NIK dan alamat.');
      refuse = true;
      await submitted(el, 'decide');
      expect(one(el, '#decide-reason-error')!.textContent).to.contain('Uraikan bagian mana yang dikecualikan');
      expect(activeId(el)).to.equal('error-summary');
      expect(one<HTMLTextAreaElement>(el, '#decide-reason')!.value).to.equal(
        'Terlalu pribadi: data penerima memuat NIK dan alamat.',
      );
      refuse = false;
      await submitted(el, 'decide');
      await waitUntil(() => one(el, '[part~="request-ground"]'), 'no ground shown', PATIENCE);
      const post = posts(api, '/asp_0009/information-request/decision').at(-1)!;
      expect(await post.json()).to.deep.equal({
        outcome: 'rejected',
        ground: 'pasal-17-h',
        reason: 'Terlalu pribadi: data penerima memuat NIK dan alamat.',
      });
      expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Ditolak');
      expect(one(el, '[part~="request-ground"]')!.textContent).to.equal('Pasal 17 huruf h: mengungkap rahasia pribadi');
      expect(one(el, '[part~="decide-form"]')).to.equal(null);
      expect(one(el, '[part~="extend-form"]')).to.equal(null);
      expect(announced(el)).to.equal('Permohonan ditolak dengan dasar hukum.');
    });

    it('keeps two fields changed before the next render (a quick person, or autofill), and sends both', async () => {
      const { el, api } = await mount('#/laporan/asp_0009');
      one<HTMLInputElement>(el, 'input[name="decide-outcome"][value="rejected"]')!.click();
      await el.updateComplete;
      choose(el, 'decide-ground', 'tidak-dikuasai');
      const reason = one<HTMLTextAreaElement>(el, '#decide-reason')!;
      reason.value = 'Dokumen itu tidak pernah dibuat oleh kelurahan.';
      reason.dispatchEvent(new Event('input'));
      await submitted(el, 'decide');
      await waitUntil(() => one(el, '[part~="request-ground"]'), 'no ground shown', PATIENCE);
      expect(await posts(api, '/asp_0009/information-request/decision')[0]!.json()).to.deep.equal({
        outcome: 'rejected',
        ground: 'tidak-dikuasai',
        reason: 'Dokumen itu tidak pernah dibuat oleh kelurahan.',
      });
    });

    it('answers an objection once, showing what was objected to and by when it must be answered', async () => {
      const { el, api } = await mount('#/laporan/asp_0006');
      const intro = one(el, '[part~="objection-facts"]')!.textContent!;
      expect(intro).to.contain('Permohonan ditanggapi tidak sebagaimana yang diminta');
      expect(intro).to.contain('hanya untuk satu RW');
      expect(one(el, '[part~="objection-due"] time')).to.exist;
      expect(historyHeadings(el)[0]).to.equal('Pemohon mengajukan keberatan');
      expect(all(el, '[part~="history-entry"]')[0]!.textContent).to.contain('oleh pemohon');
      await expect(el).to.be.accessible();

      await type(el, 'objection-answer', 'Atasan PPID memerintahkan data seluruh kelurahan dikirim.');
      await submitted(el, 'objection');
      await waitUntil(() => one(el, '[part~="request-objection-answer"]'), 'no answer shown', PATIENCE);
      const [post] = posts(api, '/asp_0006/information-request/objection-answer');
      expect(await post!.json()).to.deep.equal({ answer: 'Atasan PPID memerintahkan data seluruh kelurahan dikirim.' });
      expect(one(el, '[part~="objection-form"]')).to.equal(null);
      expect(historyHeadings(el)[0]).to.equal('Tanggapan atas keberatan');
      expect(announced(el)).to.equal('Tanggapan atas keberatan telah disimpan.');
    });

    it('fits 320 px with every action form, also in forced colours', async () => {
      await setViewport({ width: 360, height: 740 });
      const api = createFakeInboxApi({ now: Date.now() });
      notYetDue(api, 'asp_0009');
      const { el } = await mount('#/laporan/asp_0009', { width: '320px', api });
      one<HTMLInputElement>(el, 'input[name="decide-outcome"][value="rejected"]')!.click();
      await el.updateComplete;
      expect(overflowing(el)).to.deep.equal([]);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      expect(overflowing(el)).to.deep.equal([]);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
      await setViewport({ width: 1280, height: 800 });
    });
  });
});
