// <kim-aspiration-status> and the reporter's follow-up: the one secret field, added information, the answer to an
// official's question, the rating as a radio group, reopening within its window, an information request's objection,
// and every failure (wrong secret, refused fields, too many attempts, offline) with what was typed kept.
import '../test-fixtures/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/aspiration-status.js';
import { trackingInProgress, trackingRejected, unknownTrackingCode } from '../test-fixtures/aspirations.js';
import { all, executableAttributes, one, overflowing, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import {
  followUpSecret,
  trackingObjectionFiled,
  trackingObjectionOpen,
  trackingQuestion,
  trackingRated,
  trackingReopenClosed,
  trackingResolved,
  wrongFollowUpSecret,
} from '../test-fixtures/follow-ups.js';
import type { KimAspirationStatus } from './aspiration-status.js';

const SETTLED = '[part~="result"], [part~="not-found"], [part~="error"]';

async function status(code: string, api: FakeKimApi = createFakeKimApi(), lang = 'id') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kim-aspiration-status') as KimAspirationStatus;
  el.setAttribute('tracking-code', code);
  el.client = clientOf(api);
  wrapper.append(el);
  await waitFor(el, SETTLED);
  return { el, api };
}

const text = (el: Element, selector: string) => one(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const steps = (el: Element) => all(el, '.step-status').map((s) => s.textContent?.replace(/\s+/g, ' ').trim());
const announced = (el: Element) => text(el, '[part~="follow-up"] [role="status"]');

function type(el: KimAspirationStatus, selector: string, value: string) {
  const field = one<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function send(el: KimAspirationStatus, form: string) {
  one<HTMLButtonElement>(el, `[part~="${form}-form"] [part~="follow-up-button"]`)!.click();
  await el.updateComplete;
}

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const INFORMATION = 'Lampu di tiang kedua juga mati sejak kemarin malam.';

describe('<kim-aspiration-status> follow-up', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('what is offered', () => {
    it('puts the secret field first, then the answer to the open question (quoted) and added information', async () => {
      const { el } = await status(trackingQuestion.trackingCode);
      const panel = one(el, '[part~="follow-up"]')!;
      expect(text(el, '#fu-heading')).to.equal('Tindak lanjut oleh pelapor');
      // As the timeline's: two below the widget's heading.
      expect(one(el, '#fu-heading')!.localName).to.equal('h4');
      const secret = one<HTMLInputElement>(el, '#fu-secret')!;
      expect(text(el, 'label[for="fu-secret"]')).to.equal('Kode rahasia tindak lanjut');
      expect(secret.getAttribute('autocomplete')).to.equal('off');
      expect(secret.getAttribute('spellcheck')).to.equal('false');
      const order = [...panel.querySelectorAll('#fu-secret, form')].map((n) => n.id || n.getAttribute('part'));
      expect(order).to.deep.equal(['fu-secret', 'follow-up-form answer-form', 'follow-up-form information-form']);
      expect(text(el, '[part~="question"]')).to.equal('Di depan rumah nomor berapa tepatnya lampu yang mati?');
      expect(one(el, '[part~="rating-form"]')).to.equal(null);
      expect(one(el, '[part~="reopen-form"]')).to.equal(null);
      // The panel comes after the timeline.
      const timeline = one(el, '[part~="timeline"]')!;
      expect(timeline.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('offers the rating and the reopening with its end in the region’s zone once resolved', async () => {
      const { el } = await status(trackingResolved.trackingCode);
      expect(one(el, '[part~="information-form"]')).to.equal(null);
      expect(text(el, '#fu-rating-score legend')).to.equal('Seberapa puas Anda dengan tanggapan atas laporan ini?');
      expect(all(el, '#fu-rating-score input[type="radio"]')).to.have.length(5);
      expect(text(el, '[part~="reopen-until"]')).to.match(/sampai \d{1,2} \w+ \d{4} pukul 23\.59 WIB\.$/);
      await expect(el).to.be.accessible();
    });

    it('says it is rated, and that the reopening window has closed', async () => {
      const rated = await status(trackingRated.trackingCode);
      expect(one(rated.el, '[part~="rating-form"]')).to.equal(null);
      expect(text(rated.el, '[part~="rated"]')).to.equal('Anda telah memberi nilai 4 dari 5 untuk tanggapan ini.');
      expect(one(rated.el, '[part~="reopen-form"]')).to.not.equal(null);
      const closed = await status(trackingReopenClosed.trackingCode);
      expect(one(closed.el, '[part~="reopen-form"]')).to.equal(null);
      expect(text(closed.el, '[part~="reopen-closed"]')).to.equal(
        'Batas waktu untuk membuka kembali laporan ini telah berakhir pada 16 Oktober 2026 pukul 23.59 WIB.',
      );
      await expect(closed.el).to.be.accessible();
    });

    it("quotes a hostile question as text, and withholds a confidential report's question", async () => {
      const api = createFakeKimApi();
      const hostile = '<img src=x onerror="window.__kimHacked=1"><script>window.__kimHacked=1</script>';
      const history = trackingQuestion.history.map((e) => (e.kind === 'question' ? { ...e, note: hostile } : e));
      api.data.tracking.push({ ...trackingQuestion, trackingCode: 'Q7ANSW3R01', history });
      api.data.tracking.push({ ...trackingQuestion, trackingCode: 'Q7ANSW3R02', confidential: true });
      const { el } = await status('Q7ANSW3R01', api);
      expect(text(el, '[part~="question"]')).to.equal(hostile);
      expect(executableAttributes(el.shadowRoot!)).to.deep.equal([]);
      expect((window as unknown as Record<string, unknown>).__kimHacked).to.equal(undefined);
      const confidential = await status('Q7ANSW3R02', api);
      expect(one(confidential.el, '[part~="question"]')).to.equal(null);
      expect(text(confidential.el, '[part~="answer-form"] .hint')).to.contain(
        'tidak ditampilkan karena laporan ini rahasia',
      );
    });

    it('offers nothing for a rejected report or an unknown code', async () => {
      const rejected = await status(trackingRejected.trackingCode);
      expect(one(rejected.el, '[part~="follow-up"]')).to.equal(null);
      const unknown = await status(unknownTrackingCode);
      expect(one(unknown.el, '[part~="follow-up"]')).to.equal(null);
    });
  });

  describe('sending', () => {
    it('adds information with the secret as grouped on the receipt, announces it and shows the new entry', async () => {
      const { el, api } = await status(trackingInProgress.trackingCode);
      type(el, '#fu-secret', 'k7qd 9xmp-2hrt v4cw-8nze');
      type(el, '#fu-information-text', INFORMATION);
      await send(el, 'information');
      await waitUntil(() => announced(el) === 'Informasi tambahan Anda telah terkirim.', 'not announced');
      expect(api.followUps).to.deep.equal([
        {
          code: trackingInProgress.trackingCode,
          step: 'follow-ups',
          body: { secret: followUpSecret, kind: 'information', text: INFORMATION },
        },
      ]);
      await waitUntil(() => steps(el).includes('Pelapor menambahkan informasi'), 'the new entry did not show');
      // Only the sent text goes; the secret stays for the next step, in memory only.
      expect(one<HTMLTextAreaElement>(el, '#fu-information-text')!.value).to.equal('');
      expect(one<HTMLInputElement>(el, '#fu-secret')!.value).to.equal('k7qd 9xmp-2hrt v4cw-8nze');
      const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      expect(stored.toUpperCase().replace(/[^A-Z0-9]/g, '')).to.not.contain(followUpSecret);
      await expect(el).to.be.accessible();
    });

    it('answers the question; the form goes and focus moves to the panel heading', async () => {
      const { el, api } = await status(trackingQuestion.trackingCode);
      type(el, '#fu-secret', followUpSecret);
      one<HTMLTextAreaElement>(el, '#fu-answer-text')!.focus();
      await sendKeys({ type: 'Di depan rumah nomor 12.' });
      one<HTMLButtonElement>(el, '[part~="answer-form"] [part~="follow-up-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => one(el, '[part~="answer-form"]') === null, 'the answered question stayed');
      expect(api.followUps[0]!.body).to.deep.equal({
        secret: followUpSecret,
        kind: 'answer',
        text: 'Di depan rumah nomor 12.',
      });
      expect(steps(el)).to.include('Pelapor menjawab pertanyaan');
      expect(deepActive()?.id).to.equal('fu-heading');
      expect(announced(el)).to.equal('Jawaban Anda telah terkirim.');
    });

    it('rates with the keyboard alone: arrows choose the score, the rating shows in the history', async () => {
      const { el, api } = await status(trackingResolved.trackingCode);
      one<HTMLInputElement>(el, '#fu-secret')!.focus();
      await sendKeys({ type: followUpSecret });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id).to.equal('fu-rating-score-1');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(one<HTMLInputElement>(el, '#fu-rating-score-4')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id).to.equal('fu-rating-comment');
      await sendKeys({ type: 'Cepat ditangani.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '[part~="rated"]');
      expect(api.followUps[0]!.body).to.deep.equal({ secret: followUpSecret, score: 4, comment: 'Cepat ditangani.' });
      expect(text(el, '[part~="rated"]')).to.equal('Anda telah memberi nilai 4 dari 5 untuk tanggapan ini.');
      expect(steps(el)).to.include('Penilaian pelapor');
      expect(all(el, '[part~="note"]').map((n) => n.textContent)).to.include('4/5');
    });

    it('reopens within the window: the status goes back to being worked on', async () => {
      const { el, api } = await status(trackingRated.trackingCode);
      type(el, '#fu-secret', followUpSecret);
      type(el, '#fu-reopen-reason', 'Lampu padam lagi sejak kemarin malam.');
      await send(el, 'reopen');
      await waitUntil(() => text(el, '[part~="status"]') === 'Sedang ditindaklanjuti', 'the status did not change');
      expect(api.followUps[0]!.step).to.equal('reopen');
      expect(steps(el)).to.include('Dibuka kembali oleh pelapor');
      expect(one(el, '[part~="information-form"]')).to.not.equal(null);
    });
  });

  describe('failures keep what was typed', () => {
    it('checks the fields against the contract before any request; focus goes to the first', async () => {
      const { el, api } = await status(trackingInProgress.trackingCode);
      type(el, '#fu-information-text', 'Pendek');
      await send(el, 'information');
      await el.updateComplete;
      expect(text(el, '#fu-secret-error')).to.equal(
        'Galat: Masukkan kode rahasia tindak lanjut dari tanda terima laporan.',
      );
      expect(text(el, '#fu-information-text-error')).to.equal('Galat: Terlalu pendek: minimal 10 karakter');
      expect(one(el, '#fu-information-text')!.getAttribute('aria-describedby')).to.contain('fu-information-text-error');
      expect(deepActive()?.id).to.equal('fu-secret');
      type(el, '#fu-secret', 'K7QD-9XMP');
      await send(el, 'information');
      expect(text(el, '#fu-secret-error')).to.contain('20 huruf dan angka');
      expect(api.followUps).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says "Kode rahasia tidak cocok" next to the secret on a 403, text kept', async () => {
      const { el } = await status(trackingInProgress.trackingCode);
      type(el, '#fu-secret', wrongFollowUpSecret);
      type(el, '#fu-information-text', INFORMATION);
      await send(el, 'information');
      await waitFor(el, '#fu-secret-error');
      expect(text(el, '#fu-secret-error')).to.equal(
        'Galat: Kode rahasia tidak cocok. Periksa kembali kode pada tanda terima laporan Anda.',
      );
      expect(one(el, '#fu-secret')!.getAttribute('aria-invalid')).to.equal('true');
      expect(one<HTMLTextAreaElement>(el, '#fu-information-text')!.value).to.equal(INFORMATION);
      expect(deepActive()?.id).to.equal('fu-secret');
      await expect(el).to.be.accessible();
    });

    it('shows the field errors of a 422 problem', async () => {
      const { el } = await status(trackingInProgress.trackingCode, createFakeKimApi({ submit: 'invalid' }));
      type(el, '#fu-secret', followUpSecret);
      type(el, '#fu-information-text', INFORMATION);
      await send(el, 'information');
      await waitFor(el, '#fu-information-text-error');
      expect(text(el, '#fu-information-text-error')).to.equal('Galat: Isian ini ditolak server.');
      expect(one<HTMLTextAreaElement>(el, '#fu-information-text')!.value).to.equal(INFORMATION);
    });

    it('says when to try again after a 429', async () => {
      const { el } = await status(trackingInProgress.trackingCode, createFakeKimApi({ submit: 'rate-limited' }));
      type(el, '#fu-secret', followUpSecret);
      type(el, '#fu-information-text', INFORMATION);
      await send(el, 'information');
      await waitFor(el, '[part~="follow-up-error"]');
      expect(one(el, '[part~="follow-up-error"]')!.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part~="follow-up-error"]')).to.contain('Coba lagi dalam 2 menit');
      expect(one<HTMLTextAreaElement>(el, '#fu-information-text')!.value).to.equal(INFORMATION);
      await expect(el).to.be.accessible();
    });

    it('says the connection failed when offline, and sends once back online', async () => {
      const api = createFakeKimApi();
      const { el } = await status(trackingInProgress.trackingCode, api);
      api.offline = true;
      type(el, '#fu-secret', followUpSecret);
      type(el, '#fu-information-text', INFORMATION);
      await send(el, 'information');
      await waitFor(el, '[part~="follow-up-error"]');
      expect(text(el, '[part~="follow-up-error"]')).to.contain('Tidak dapat terhubung');
      expect(one<HTMLTextAreaElement>(el, '#fu-information-text')!.value).to.equal(INFORMATION);
      api.offline = false;
      await send(el, 'information');
      await waitUntil(() => announced(el) === 'Informasi tambahan Anda telah terkirim.', 'not sent after reconnecting');
      expect(one(el, '[part~="follow-up-error"]')).to.equal(null);
    });
  });

  describe('objection (keberatan)', () => {
    it('files an objection with a Pasal 35(1) reason; the filed objection then shows instead of the form', async () => {
      const { el, api } = await status(trackingObjectionOpen.trackingCode);
      const reasons = all<HTMLLabelElement>(el, '#fu-objection-reason label').map((l) => l.textContent);
      expect(reasons).to.have.length(7);
      expect(reasons[3]).to.equal('Permohonan ditanggapi tidak sebagaimana yang diminta');
      expect(text(el, '[part~="objection-window"]')).to.contain('pukul 23.59 WIB');
      await expect(el).to.be.accessible();
      type(el, '#fu-secret', followUpSecret);
      await send(el, 'objection');
      expect(text(el, '#fu-objection-reason-error')).to.equal('Galat: Pilih salah satu alasan keberatan.');
      expect(deepActive()?.id).to.equal('fu-objection-reason-pasal-35-a');
      one<HTMLInputElement>(el, '#fu-objection-reason-pasal-35-d')!.click();
      type(el, '#fu-objection-text', 'Lampiran kontrak tidak disertakan dalam jawaban.');
      await send(el, 'objection');
      await waitUntil(() => one(el, '[part~="objection-form"]') === null, 'the form stayed');
      expect(api.followUps.at(-1)).to.deep.equal({
        code: trackingObjectionOpen.trackingCode,
        step: 'objection',
        body: {
          secret: followUpSecret,
          reason: 'pasal-35-d',
          text: 'Lampiran kontrak tidak disertakan dalam jawaban.',
        },
      });
      expect(one(el, '[part~="objection"]')).to.not.equal(null);
      expect(announced(el)).to.contain('Keberatan Anda telah diajukan.');
    });

    it('says the objection is filed, visibly, when it leaves a refused request nothing more to do', async () => {
      const api = createFakeKimApi();
      const { reopenUntil: _none, ...open } = trackingObjectionOpen;
      api.data.tracking.push({ ...open, trackingCode: 'KB3R4T7N9R', status: 'rejected' });
      const { el } = await status('KB3R4T7N9R', api);
      expect(all(el, '[part~="follow-up-form"]')).to.have.length(1);
      type(el, '#fu-secret', followUpSecret);
      one<HTMLInputElement>(el, '#fu-objection-reason-pasal-35-a')!.click();
      type(el, '#fu-objection-text', 'Informasi ini tidak termasuk yang dikecualikan.');
      one<HTMLButtonElement>(el, '[part~="objection-form"] [part~="follow-up-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => one(el, '[part~="objection-form"]') === null, 'the form stayed');
      const done = one(el, '[part~="follow-up-done"]')!;
      expect(done.getAttribute('role')).to.equal('status');
      expect(done.className).to.equal('notice');
      expect(done.textContent).to.contain('Keberatan Anda telah diajukan.');
      expect(deepActive()?.id).to.equal('fu-heading');
      await expect(el).to.be.accessible();
    });

    it('shows no form once an objection is filed', async () => {
      const { el } = await status(trackingObjectionFiled.trackingCode);
      expect(one(el, '[part~="objection-form"]')).to.equal(null);
      expect(one(el, '[part~="objection"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout and language', () => {
    it('fits 320 px with every form open, and speaks English on an English page', async () => {
      const { el } = await status(trackingObjectionOpen.trackingCode, undefined, 'en');
      el.parentElement!.style.width = '320px';
      await el.updateComplete;
      expect(overflowing(el)).to.deep.equal([]);
      expect(text(el, 'label[for="fu-secret"]')).to.equal('Follow-up secret');
      expect(text(el, '#fu-objection-reason label')).to.equal('The request was refused on an exemption of art. 17');
      await expect(el).to.be.accessible();
    });
  });
});
