import '../test-fixtures/readable-failures.js';
import type { KimClient } from '@kim-kit/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/aspiration-form.js';
import type { KimAspirationQueuedEvent } from '../events/kim-aspiration-queued.js';
import type { KimAspirationSubmittedEvent } from '../events/kim-aspiration-submitted.js';
import type { KimErrorEvent } from '../events/kim-error.js';
import { aspirationReceipt, validAspirationInput } from '../test-fixtures/aspirations.js';
import {
  all,
  emulateMediaFeatures,
  executableAttributes,
  one,
  overflowing,
  shadow,
  waitFor,
} from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import { COUNT_ANNOUNCE_DELAY_MS, type KimAspirationForm } from './aspiration-form.js';

const READY = 'select#categoryId:not([disabled]), [part~="queued"], [part~="receipt"], .options-error';

interface Setup {
  attrs?: string;
  api?: FakeKimApi;
  wait?: string | false;
}

// One client per fake API, as a page makes its client once per load: for a client object, the form keys its drafts
// and outbox by the order in which the page hands clients to widgets, which is the same on every load.
const clients = new WeakMap<FakeKimApi, KimClient>();
function clientFor(api: FakeKimApi): KimClient {
  let client = clients.get(api);
  if (!client) {
    client = clientOf(api);
    clients.set(api, client);
  }
  return client;
}

/** A form on a real SDK client whose fetch is the fake API; `attrs` like `region="19.71" lang="en"`. */
async function form({ attrs = 'region="19.71"', api = createFakeKimApi(), wait = READY }: Setup = {}) {
  const client = clientFor(api);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = make(attrs, client);
  wrapper.append(el);
  if (wait) await waitFor(el, wait);
  if (wait === READY && one(el, '#district')) await waitFor(el, 'select#district:not([disabled])');
  return { el, api, client, wrapper };
}

function make(attrs: string, client: KimClient): KimAspirationForm {
  const template = document.createElement('template');
  template.innerHTML = `<kim-aspiration-form ${attrs}></kim-aspiration-form>`;
  const el = template.content.firstElementChild as KimAspirationForm;
  el.client = client;
  return el;
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: KimAspirationForm, selector: string) => {
  const found = one<T>(el, selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
const text = (el: KimAspirationForm, selector: string) => $(el, selector).textContent?.replace(/\s+/g, ' ').trim();

/** Types into a text field as a user would (value + input event). */
async function type(el: KimAspirationForm, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: KimAspirationForm, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Fills every required field with valid values (and an e-mail). */
async function fillValid(el: KimAspirationForm) {
  $(el, '#kind-complaint').click();
  await type(el, 'title', '  Lampu jalan di Jalan Semabung mati  ');
  await type(
    el,
    'body',
    'Sudah dua minggu lampu jalan di depan SD Negeri 12 mati sehingga jalan gelap pada malam hari.',
  );
  await choose(el, 'categoryId', 'infrastruktur');
  await choose(el, 'district', '19.71.01');
  await waitFor(el, 'select#regionCode:not([disabled]) option[value="19.71.01.1004"]');
  await choose(el, 'regionCode', '19.71.01.1004');
  await type(el, 'email', 'siti@example.id');
  $(el, '#consent').click();
  await el.updateComplete;
}

const submit = async (el: KimAspirationForm) => {
  $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  await el.updateComplete;
};

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const storageText = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`).join('\n');

const kimKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) => k.startsWith('kim-kit:'));

function clearKimStorage() {
  for (const storage of [localStorage, sessionStorage]) for (const key of kimKeys(storage)) storage.removeItem(key);
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe('<kim-aspiration-form>', () => {
  beforeEach(clearKimStorage);
  afterEach(() => {
    clearKimStorage();
    document.documentElement.removeAttribute('lang');
    delete (window as unknown as Record<string, unknown>).__kimHacked;
  });

  describe('defaults', () => {
    it('renders every field in Bahasa Indonesia, with the categories for aspirations and the districts of the region', async () => {
      const { el } = await form();
      expect(text(el, '#form-heading')).to.equal('Sampaikan laporan');
      expect($(el, '#form-heading').localName).to.equal('h2');
      expect(all(el, 'input[name="kind"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal([
        'aspiration',
        'complaint',
        'information_request',
      ]);
      expect(text(el, 'label[for="kind-complaint"]')).to.equal('Pengaduan');
      const categories = all<HTMLOptionElement>(el, '#categoryId option').map((o) => o.value);
      expect(categories).to.deep.equal(['', 'pemerintahan', 'kesehatan', 'infrastruktur', 'lingkungan', 'pendidikan']);
      expect(all(el, '#district option')).to.have.length(8);
      expect($<HTMLSelectElement>(el, '#regionCode').disabled).to.equal(true);
      expect(text(el, '#regionCode')).to.equal('Pilih kecamatan terlebih dahulu');
      // Categories and places come from the API: Indonesian, whatever the interface language.
      expect(all(el, '#categoryId option')[1]!.getAttribute('lang')).to.equal('id');
      expect(all(el, '#district option')[1]!.getAttribute('lang')).to.equal('id');
      expect(text(el, '[part~="submit-button"]')).to.equal('Kirim laporan');
      expect($(el, '#consent').required).to.equal(true);
      expect(text(el, '#body-counter')).to.equal('0 dari 5.000 karakter (minimal 30)');
      expect(text(el, 'label[for="kind-information_request"]')).to.equal('Permohonan informasi');
      expect(el.kinds).to.equal('aspiration,complaint,information_request');
      expect(el.getAttribute('theme')).to.equal('light');
    });

    it('labels every control with a real <label> and groups them in fieldsets with legends', async () => {
      const { el } = await form();
      for (const control of all(el, 'input, select, textarea')) {
        expect(one(el, `label[for="${control.id}"]`), control.id).to.not.equal(null);
      }
      expect(all(el, 'fieldset > legend').map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Jenis laporan',
        'Lokasi',
        'Data pelapor (opsional)',
        'Privasi',
      ]);
    });

    it('marks the optional fields, not the required ones', async () => {
      const { el } = await form();
      expect(shadow(el).textContent).not.to.contain('*');
      for (const id of ['title', 'body', 'categoryId', 'consent']) {
        expect(text(el, `label[for="${id}"]`), id).not.to.contain('opsional');
      }
      for (const id of ['name', 'email', 'phone']) {
        expect(text(el, `label[for="${id}"]`), id).to.match(/\(opsional\)$/);
      }
      expect($(el, '#title').required).to.equal(true);
      expect($(el, '#email').required).to.equal(false);
    });

    it('offers anonymous and confidential as switches, each with a one-line explanation', async () => {
      const { el } = await form();
      for (const id of ['anonymous', 'confidential']) {
        const input = $(el, `#${id}`);
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.getAttribute('aria-describedby')).to.equal(`${id}-hint`);
        expect(text(el, `#${id}-hint`)).to.have.length.greaterThan(20);
      }
    });

    it('hides the honeypot from people, keyboards and assistive technology', async () => {
      const { el } = await form();
      const honeypot = $(el, '#website');
      expect(honeypot.getAttribute('tabindex')).to.equal('-1');
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      const wrapper = honeypot.closest<HTMLElement>('[aria-hidden="true"]')!;
      expect(wrapper.classList.contains('visually-hidden')).to.equal(true);
      expect(wrapper.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('uses no inline style attributes (strict CSP)', async () => {
      const { el } = await form();
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });

    it('is accessible when empty', async () => {
      const { el } = await form();
      await expect(el).to.be.accessible();
    });

    it('fits a 320 px wide column empty, with every error shown, and with the receipt', async () => {
      const { el, wrapper } = await form();
      wrapper.style.width = '320px';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(overflowing(el), 'empty').to.deep.equal([]);
      await submit(el);
      expect(all(el, '.summary li').length).to.be.greaterThan(0);
      expect(overflowing(el), 'errors').to.deep.equal([]);
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      expect(overflowing(el), 'receipt').to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('offers only the kinds named in `kinds`', async () => {
      const { el } = await form({ attrs: 'region="19.71" kinds="aspiration, information_request, bogus"' });
      expect(all(el, 'input[name="kind"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal([
        'aspiration',
        'information_request',
      ]);
    });

    it('preselects the only kind offered', async () => {
      const { el } = await form({ attrs: 'region="19.71" kinds="complaint"' });
      const radios = all<HTMLInputElement>(el, 'input[name="kind"]');
      expect(radios).to.have.length(1);
      expect(radios[0]!.checked).to.equal(true);
    });

    it('links the consent to `privacy-url` in a new tab, and refuses a javascript: URL', async () => {
      const { el } = await form({ attrs: 'region="19.71" privacy-url="/privasi"' });
      const link = $<HTMLAnchorElement>(el, '#consent-hint a');
      expect(link.href).to.equal(new URL('/privasi', document.baseURI).href);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      el.privacyUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(one(el, '#consent-hint a')).to.equal(null);
    });

    it('with a district code as `region`, offers that district’s villages only', async () => {
      const { el, api } = await form({ attrs: 'region="19.71.01"', wait: 'select#regionCode:not([disabled])' });
      expect(one(el, '#district')).to.equal(null);
      expect(all(el, '#regionCode option')).to.have.length(8);
      expect(api.requests.map((r) => new URL(r.url).search)).to.include('?parent=19.71.01');
    });

    it('loads the villages of the chosen district and clears the village when the district changes', async () => {
      const { el } = await form();
      await choose(el, 'district', '19.71.02');
      await waitFor(el, 'select#regionCode:not([disabled])');
      expect(all<HTMLOptionElement>(el, '#regionCode option').map((o) => o.textContent)).to.include('Opas Indah');
      await choose(el, 'regionCode', '19.71.02.1001');
      await choose(el, 'district', '19.71.03');
      await waitFor(el, 'select#regionCode:not([disabled]) option[value="19.71.03.1004"]');
      expect($<HTMLSelectElement>(el, '#regionCode').value).to.equal('');
    });

    it('speaks English with lang="en", also when inherited from the document', async () => {
      const { el } = await form({ attrs: 'region="19.71" lang="en"' });
      expect(text(el, '#form-heading')).to.equal('Send a suggestion or complaint');
      expect(text(el, '[part~="submit-button"]')).to.equal('Send report');
      expect(text(el, '#body-counter')).to.equal('0 of 5,000 characters (at least 30)');
      expect(text(el, 'label[for="regionCode"]')).to.equal('Village / urban ward (kelurahan)');
      expect(all(el, '#categoryId option')[1]!.getAttribute('lang')).to.equal('id');
      el.removeAttribute('lang');
      document.documentElement.lang = 'en-GB';
      await el.updateComplete;
      expect(text(el, 'label[for="kind-complaint"]')).to.equal('Complaint');
    });

    it('reflects `theme`', async () => {
      const { el } = await form({ attrs: 'region="19.71" theme="dark"' });
      expect(el.theme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('puts its headings under `heading-level`', async () => {
      const { el } = await form({ attrs: 'region="19.71" heading-level="3"' });
      expect($(el, '#form-heading').localName).to.equal('h3');
      await submit(el);
      expect($(el, '.summary-title').localName).to.equal('h4');
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      expect($(el, '#panel-heading').localName).to.equal('h3');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('is busy while choices load, and accessible', async () => {
      const api = createFakeKimApi();
      const gate = deferred();
      api.holdReads = gate.promise;
      const { el } = await form({ api, wait: false });
      await waitFor(el, '#categoryId');
      // What loads is busy, not the whole form.
      expect($(el, '#categoryId').getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="base"]').hasAttribute('aria-busy')).to.equal(false);
      expect(text(el, '#categoryId')).to.equal('Memuat pilihan...');
      await expect(el).to.be.accessible();
      gate.release();
      await waitFor(el, READY);
      await waitFor(el, 'select#district:not([disabled])');
      expect(one(el, '[aria-busy="true"]')).to.equal(null);
    });

    it('shows a retry button when choices fail to load, fires kim-error, and recovers', async () => {
      const api = createFakeKimApi();
      api.failReads = true;
      const errors: KimErrorEvent[] = [];
      const onError = (e: KimErrorEvent) => errors.push(e);
      document.addEventListener('kim-error', onError);
      try {
        const { el } = await form({ api, wait: '.options-error' });
        await waitUntil(() => all(el, '.options-error').length === 2);
        expect(text(el, '.options-error')).to.contain('Pilihan tidak dapat dimuat.');
        expect(all(el, '.options-error [part~="retry-button"]')[0]!.textContent!.trim()).to.equal('Coba lagi');
        expect(errors.length).to.be.at.least(2);
        await expect(el).to.be.accessible();
        api.failReads = false;
        for (const button of all(el, '.options-error [part~="retry-button"]')) button.click();
        await waitFor(el, 'select#categoryId:not([disabled])');
        await waitFor(el, 'select#district:not([disabled])');
        expect(one(el, '.options-error')).to.equal(null);
      } finally {
        document.removeEventListener('kim-error', onError);
      }
    });

    it('counts characters as the citizen types, and flags too many', async () => {
      const { el } = await form();
      await type(el, 'title', 'Jalan rusak');
      expect(text(el, '#title-counter')).to.equal('11 dari 150 karakter (minimal 10)');
      await type(el, 'title', 'x'.repeat(151));
      expect($(el, '#title-counter').classList.contains('over')).to.equal(true);
      // Nothing typed is cut off: the text stays for the citizen to shorten.
      expect($(el, '#title').value).to.have.length(151);
    });

    it('gives screen readers the bounds with the field, and the count once typing pauses', async () => {
      const { el } = await form();
      expect($(el, '#title-counter').getAttribute('aria-hidden')).to.equal('true');
      expect(text(el, '#title-limits')).to.equal('Minimal 10 dan maksimal 150 karakter.');
      const live = $(el, '#title-count');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(el, '#title-count')).to.equal('');
      await type(el, 'title', 'Jalan');
      await type(el, 'title', 'Jalan rusak');
      // Not on every keystroke...
      expect(text(el, '#title-count')).to.equal('');
      // ...but once typing pauses.
      await waitUntil(() => text(el, '#title-count') !== '', 'no count announced', {
        timeout: COUNT_ANNOUNCE_DELAY_MS + 1000,
      });
      expect(text(el, '#title-count')).to.equal('11 dari 150 karakter (minimal 10)');
    });
  });

  describe('validation', () => {
    it('shows every missing field next to it and in an announced summary, and focuses the first', async () => {
      const { el, api } = await form();
      await submit(el);
      const summary = $(el, '[part~="error-summary"]');
      expect(summary.getAttribute('aria-live')).to.equal('polite');
      expect(text(el, '.summary-title')).to.equal('Ada 6 isian yang perlu diperbaiki');
      // Each message names its field and says what to do (GOV.UK), the same beside the field and in the summary.
      expect(all(el, '.summary li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Pilih jenis laporan.',
        'Masukkan judul laporan.',
        'Masukkan isi laporan.',
        'Pilih kategori.',
        'Pilih kelurahan/desa tempat kejadian.',
        'Centang persetujuan pemrosesan data untuk mengirim laporan.',
      ]);
      expect(deepActive()).to.equal($(el, '#kind-aspiration'));
      expect($(el, '#title').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#title').getAttribute('aria-describedby')).to.equal('title-hint title-limits title-error');
      // A visually hidden "Galat:" makes a screen reader say it is an error.
      expect(text(el, '#title-error')).to.equal('Galat: Masukkan judul laporan.');
      const prefix = $(el, '#title-error .visually-hidden');
      expect(prefix.textContent!.trim()).to.equal('Galat:');
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      expect(text(el, '#consent-error')).to.equal('Galat: Centang persetujuan pemrosesan data untuk mengirim laporan.');
      expect(text(el, '#kind-error')).to.equal('Galat: Pilih jenis laporan.');
      expect(shadow(el).textContent).not.to.match(/Invalid input|expected|Too small/);
      expect(api.submissions).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('words length, e-mail and phone problems with the contract bounds, and focuses the first', async () => {
      const { el } = await form();
      await fillValid(el);
      await type(el, 'title', 'Pendek');
      await type(el, 'email', 'siti@');
      await type(el, 'phone', '12345');
      await submit(el);
      expect(text(el, '#title-error')).to.equal('Galat: Judul terlalu pendek (minimal 10 karakter).');
      expect(text(el, '#email-error')).to.equal(
        'Galat: Masukkan alamat surel dengan format yang benar, misalnya nama@contoh.id.',
      );
      expect(text(el, '#phone-error')).to.equal(
        'Galat: Masukkan nomor telepon dengan format yang benar, misalnya 0812-3456-7890.',
      );
      expect(deepActive()).to.equal($(el, '#title'));
    });

    it('focuses the district first when no place was chosen', async () => {
      const { el } = await form();
      await fillValid(el);
      await choose(el, 'district', '');
      await submit(el);
      expect(text(el, '#regionCode-error')).to.equal('Galat: Pilih kelurahan/desa tempat kejadian.');
      expect(deepActive()).to.equal($(el, '#district'));
    });

    it('words the errors in English with lang="en"', async () => {
      const { el } = await form({ attrs: 'region="19.71" lang="en"' });
      await type(el, 'body', 'Too short');
      await submit(el);
      expect(text(el, '.summary-title')).to.equal('There are 6 fields to fix');
      expect(text(el, '#body-error')).to.equal('Error: Your report must be 30 characters or more.');
      expect(text(el, '#consent-error')).to.equal('Error: Tick the box to agree to the processing of your data.');
      expect(text(el, '#title-error')).to.equal('Error: Enter a title for your report.');
    });

    it('drops the error of a field once it is corrected', async () => {
      const { el } = await form();
      await submit(el);
      await type(el, 'title', 'Jalan berlubang di depan pasar');
      expect(one(el, '#title-error')).to.equal(null);
      expect($(el, '#title').getAttribute('aria-invalid')).to.equal('false');
      expect(all(el, '.summary li')).to.have.length(5);
    });

    it('moves focus to a field from its summary link', async () => {
      const { el } = await form();
      await submit(el);
      all(el, '.summary a')[2]!.click();
      expect(deepActive()).to.equal($(el, '#body'));
    });
  });

  describe('sending', () => {
    it('says it is sending, then shows the tracking code and fires kim-aspiration-submitted', async () => {
      const api = createFakeKimApi();
      const gate = deferred();
      api.hold = gate.promise;
      const { el } = await form({ api });
      await fillValid(el);
      await submit(el);
      const button = $(el, '[part~="submit-button"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Mengirim...');
      // Announced through a polite live region that nothing busy hides; the form being sent is what is busy.
      await waitUntil(() => text(el, '[part~="base"] > [role="status"]') === 'Mengirim laporan...');
      expect($(el, '[part~="base"] > [role="status"]').closest('[aria-busy="true"]')).to.equal(null);
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="base"]').hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
      // A second press while sending does nothing, and the fields cannot change under the request.
      await submit(el);
      expect($(el, '#title').readOnly).to.equal(true);
      await choose(el, 'categoryId', 'kesehatan');
      $(el, '#consent').click();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#categoryId').value).to.equal('infrastruktur');
      expect($(el, '#consent').checked).to.equal(true);
      const event = oneEvent(el, 'kim-aspiration-submitted') as Promise<KimAspirationSubmittedEvent>;
      gate.release();
      const submitted = await event;
      expect(submitted.bubbles && submitted.composed).to.equal(true);
      expect(submitted.receipt.trackingCode).to.equal(aspirationReceipt.trackingCode);
      await waitFor(el, '[part~="receipt"]');
      expect(text(el, '[part~="tracking-code"]')).to.equal('7K3M9-Q2XAB');
      expect(text(el, '#panel-heading')).to.equal('Tanda terima');
      expect(text(el, '.thanks')).to.equal('Terima kasih, laporan Anda telah diterima.');
      expect(text(el, '[part~="receipt"]')).to.contain('halaman pelacakan laporan');
      expect(text(el, '.code-label')).to.equal('Kode lacak');
      // The code is named by its <dt>, not by aria-labelledby on a <strong> (prohibited ARIA).
      expect($(el, '[part~="tracking-code"]').hasAttribute('aria-labelledby')).to.equal(false);
      expect(
        all(el, '[aria-labelledby]')
          .map((n) => n.localName)
          .filter((n) => !['form', 'section', 'ol'].includes(n)),
      ).to.deep.equal([]);
      expect(deepActive()).to.equal($(el, '#panel-heading'));
      expect(api.submissions).to.have.length(1);
      expect(submitted.idempotencyKey).to.equal(api.submissions[0]!.idempotencyKey);
      expect(submitted.idempotencyKey).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      await expect(el).to.be.accessible();
    });

    it('sends the contract input: trimmed, with the reporter, consent and no empty fields', async () => {
      const { el, api } = await form();
      await fillValid(el);
      $(el, '#anonymous').click();
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      expect(api.submissions[0]!.body).to.deep.equal({
        kind: 'complaint',
        title: 'Lampu jalan di Jalan Semabung mati',
        body: 'Sudah dua minggu lampu jalan di depan SD Negeri 12 mati sehingga jalan gelap pada malam hari.',
        categoryId: 'infrastruktur',
        regionCode: '19.71.01.1004',
        reporter: { email: 'siti@example.id' },
        anonymous: true,
        confidential: false,
        notify: false,
        consent: true,
      });
    });

    it('copies the tracking code and announces "Disalin"', async () => {
      const { el } = await form();
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      const copied: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      try {
        $(el, '[part~="copy-button"]').click();
        await waitUntil(() => text(el, '.copy-status') === 'Kode telah disalin.');
        expect(copied).to.deep.equal(['7K3M9Q2XAB']);
        expect($(el, '.copy-status').getAttribute('role')).to.equal('status');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(clipboard);
      }
    });

    it('falls back when the Clipboard API refuses, and says so if that fails too', async () => {
      const { el } = await form();
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const execCommand = document.execCommand;
      const commands: string[] = [];
      document.execCommand = (command: string) => {
        commands.push(command);
        return false;
      };
      try {
        $(el, '[part~="copy-button"]').click();
        await waitUntil(() => text(el, '.copy-status') !== '');
        expect(commands).to.deep.equal(['copy']);
        // Phones have no Ctrl+C: the message says what to do without it.
        expect(text(el, '.copy-status')).to.equal('Kode telah ditandai; salin secara manual.');
        expect(getSelection()?.toString()).to.equal('7K3M9-Q2XAB');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        document.execCommand = execCommand;
      }
    });

    it('shows the follow-up secret once with a copy button and "simpan kode ini", and keeps it nowhere', async () => {
      const { el } = await form();
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      expect(text(el, '[part~="follow-up-secret"]')).to.equal('K7QD-9XMP-2HRT-V4CW-8NZE');
      expect(text(el, '[part~="keep-secret"]')).to.contain('Simpan kode ini').and.contain('hanya ditampilkan sekali');
      await expect(el).to.be.accessible();
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      try {
        $(el, '[part~="copy-secret-button"]').click();
        await waitUntil(() =>
          all(el, '.copy-status').some((p) => p.textContent?.trim() === 'Kode rahasia telah disalin.'),
        );
        expect(copied).to.deep.equal(['K7QD-9XMP-2HRT-V4CW-8NZE']);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      // Neither the outbox nor the draft keeps it: only this receipt on screen does.
      const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
      expect(stored.join('\n')).not.to.contain('K7QD');
      $(el, '[part~="another-button"]').click();
      await el.updateComplete;
      expect(el.shadowRoot?.innerHTML).not.to.contain('K7QD');
    });

    it('starts a new, empty report from the receipt', async () => {
      const { el } = await form();
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      $(el, '[part~="another-button"]').click();
      await waitFor(el, 'form');
      expect($(el, '#title').value).to.equal('');
      expect($(el, '#consent').checked).to.equal(false);
      expect(deepActive()).to.equal($(el, '#form-heading'));
    });

    it('renders hostile category and place names as text', async () => {
      const api = createFakeKimApi();
      const hostile = '<img src=x onerror="window.__kimHacked=1"><script>window.__kimHacked=1</script>';
      api.data.categories = [{ id: 'bahaya', name: hostile, description: null, scopes: ['aspiration'] }];
      api.data.regions = api.data.regions.map((r) => (r.code === '19.71.01' ? { ...r, name: hostile } : r));
      const { el } = await form({ api });
      expect(all(el, '#categoryId option')[1]!.textContent).to.equal(hostile);
      expect(all(el, '#district option')[1]!.textContent).to.equal(hostile);
      await type(el, 'title', hostile);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      expect((window as unknown as Record<string, unknown>).__kimHacked).to.equal(undefined);
    });
  });

  describe('server refusals', () => {
    it('maps a 422 back onto the fields and keeps the draft', async () => {
      const api = createFakeKimApi();
      api.submitScript.push({
        status: 422,
        errors: [
          { path: 'reporter.email', message: 'Mail domain does not exist' },
          { path: 'categoryId', message: 'Unknown category' },
        ],
      });
      const { el } = await form({ api });
      await fillValid(el);
      await submit(el);
      await waitFor(el, '#categoryId-error');
      expect(text(el, '#categoryId-error')).to.equal(
        'Galat: Server tidak menerima kategori. Periksa kembali isian ini.',
      );
      expect(text(el, '#email-error')).to.equal(
        'Galat: Server tidak menerima alamat surel. Periksa kembali isian ini.',
      );
      expect(all(el, '.summary li')).to.have.length(2);
      expect(shadow(el).textContent).not.to.contain('Mail domain does not exist');
      expect(deepActive()).to.equal($(el, '#categoryId'));
      expect($(el, '#title').value).to.equal('  Lampu jalan di Jalan Semabung mati  ');
      expect(storageText(localStorage)).to.contain('Lampu jalan');
      expect(storageText(localStorage)).not.to.contain('aspiration-outbox');
      await expect(el).to.be.accessible();
    });

    it('shows a refusal that a retry cannot fix, and keeps what was typed', async () => {
      const api = createFakeKimApi();
      api.submitScript.push({ status: 409 });
      const { el } = await form({ api });
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="send-error"]');
      expect($(el, '[part~="send-error"]').getAttribute('role')).to.equal('alert');
      expect(text(el, '[part~="send-error"]')).to.contain('Laporan belum terkirim');
      expect($<HTMLSelectElement>(el, '#regionCode').value).to.equal('19.71.01.1004');
      expect(storageText(localStorage)).not.to.contain('aspiration-outbox');
      await expect(el).to.be.accessible();
    });
  });

  describe('offline outbox', () => {
    it('keeps a submission that cannot get through, then sends it on `online`: one receipt, one key', async () => {
      const { el, api } = await form();
      await fillValid(el);
      api.offline = true;
      const queued = oneEvent(el, 'kim-aspiration-queued') as Promise<KimAspirationQueuedEvent>;
      await submit(el);
      const queuedEvent = await queued;
      await waitFor(el, '[part~="queued"]');
      expect(text(el, '#panel-heading')).to.equal('Menunggu koneksi...');
      expect(deepActive()).to.equal($(el, '#panel-heading'));
      expect(storageText(localStorage)).to.contain(queuedEvent.idempotencyKey);
      await expect(el).to.be.accessible();

      api.offline = false;
      const receipts: KimAspirationSubmittedEvent[] = [];
      el.addEventListener('kim-aspiration-submitted', (e) => receipts.push(e));
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await waitFor(el, '[part~="receipt"]');
      expect(receipts).to.have.length(1);
      expect(api.created.size).to.equal(1);
      const posts = api.requests.filter((r) => r.method === 'POST');
      expect(posts.length).to.equal(2);
      expect(new Set(posts.map((r) => r.headers.get('idempotency-key')))).to.deep.equal(
        new Set([queuedEvent.idempotencyKey]),
      );
      expect(kimKeys(localStorage)).to.deep.equal([]);
      expect(kimKeys(sessionStorage)).to.deep.equal([]);
    });

    it('sends a waiting submission when the element is created again (next page load)', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await fillValid(first.el);
      api.offline = true;
      await submit(first.el);
      await waitFor(first.el, '[part~="queued"]');
      first.el.remove();

      api.offline = false;
      const second = await form({ api, wait: '[part~="receipt"]' });
      expect(text(second.el, '[part~="tracking-code"]')).to.equal('7K3M9-Q2XAB');
      expect(api.created.size).to.equal(1);
      const keys = api.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('idempotency-key'));
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
      expect(kimKeys(localStorage)).to.deep.equal([]);
    });

    it('never creates a second aspiration when only the answer was lost', async () => {
      const api = createFakeKimApi();
      api.submitScript.push('response-lost');
      const { el } = await form({ api });
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      expect(api.created.size).to.equal(1);
      $(el, '[part~="retry-button"]').click();
      await waitFor(el, '[part~="receipt"]');
      expect(api.created.size).to.equal(1);
      expect(api.submissions.map((s) => s.idempotencyKey)).to.have.length(2);
      expect(new Set(api.submissions.map((s) => s.idempotencyKey)).size).to.equal(1);
    });

    it('queues on a 5xx and says so on the retry button while retrying', async () => {
      const api = createFakeKimApi();
      api.submitScript.push('unavailable');
      const { el } = await form({ api });
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      const retry = $(el, '[part~="retry-button"]');
      expect(retry.textContent?.trim()).to.equal('Coba lagi');
      const gate = deferred();
      api.hold = gate.promise;
      retry.click();
      await waitUntil(() => retry.getAttribute('aria-disabled') === 'true');
      expect(retry.textContent?.trim()).to.equal('Mengirim...');
      gate.release();
      await waitFor(el, '[part~="receipt"]');
    });

    it('puts a queued submission the server then refuses back into the form, with its errors', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await fillValid(first.el);
      api.offline = true;
      await submit(first.el);
      await waitFor(first.el, '[part~="queued"]');
      first.el.remove();
      clearDraftOnly();
      api.offline = false;
      api.submitScript.push({ status: 422, errors: [{ path: 'title', message: 'Duplicate title' }] });
      const second = await form({ api, wait: '#title-error' });
      expect($(second.el, '#title').value).to.equal('Lampu jalan di Jalan Semabung mati');
      expect($(second.el, '#email').value).to.equal('siti@example.id');
      expect(kimKeys(localStorage).filter((k) => k.includes('outbox'))).to.deep.equal([]);
    });

    it('keeps two forms with different clients in separate outboxes, each sent to its own API', async () => {
      const a = createFakeKimApi();
      const b = createFakeKimApi();
      const first = await form({ api: a });
      const second = await form({ api: b });
      await fillValid(first.el);
      a.offline = true;
      await submit(first.el);
      await waitFor(first.el, '[part~="queued"]');
      // The other form, on another API, has nothing waiting and sends nothing.
      const retried = oneEvent(first.el, 'kim-aspiration-queued');
      window.dispatchEvent(new Event('online'));
      await retried;
      await second.el.updateComplete;
      expect(one(second.el, '[part~="queued"]')).to.equal(null);
      expect(b.submissions).to.have.length(0);
      a.offline = false;
      window.dispatchEvent(new Event('online'));
      await waitFor(first.el, '[part~="receipt"]');
      expect(a.created.size).to.equal(1);
      expect(b.submissions).to.have.length(0);
      expect(one(second.el, '[part~="receipt"]')).to.equal(null);
    });

    it('reopens its outbox when `client` changes', async () => {
      const a = createFakeKimApi();
      const b = createFakeKimApi();
      const { el } = await form({ api: a });
      await fillValid(el);
      a.offline = true;
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      el.client = clientFor(b);
      await waitFor(el, 'form');
      expect(one(el, '[part~="queued"]')).to.equal(null);
      a.offline = false;
      el.client = clientFor(a);
      await waitFor(el, '[part~="receipt"]');
      expect(a.created.size).to.equal(1);
      expect(b.submissions).to.have.length(0);
    });

    it('sends what an earlier version queued under its old storage key', async () => {
      const api = createFakeKimApi();
      const entry = {
        idempotencyKey: '0f8fad5b-d9cb-469f-a165-70867728950e',
        input: { ...validAspirationInput },
        queuedAt: '2026-11-20T02:00:00.000Z',
      };
      // Earlier versions keyed the outbox by the api-base text (none here) and the region.
      localStorage.setItem('kim-kit:aspiration-outbox:v1:|19.71', JSON.stringify([entry]));
      const { el } = await form({ api, wait: '[part~="receipt"]' });
      expect(api.submissions.map((s) => s.idempotencyKey)).to.deep.equal([entry.idempotencyKey]);
      expect(localStorage.getItem('kim-kit:aspiration-outbox:v1:|19.71')).to.equal(null);
      expect(text(el, '[part~="tracking-code"]')).to.equal('7K3M9-Q2XAB');
    });

    it('says "Waiting for connection..." in English', async () => {
      const { el, api } = await form({ attrs: 'region="19.71" lang="en"' });
      await fillValid(el);
      api.offline = true;
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      expect(text(el, '#panel-heading')).to.equal('Waiting for connection...');
      expect(text(el, '[part~="retry-button"]')).to.equal('Try again');
    });
  });

  describe('email news (notify)', () => {
    it('offers the opt-in only once an email is given, unticked, and drops it when the email is cleared', async () => {
      const { el } = await form();
      expect(one(el, '#notify')).to.equal(null);
      await type(el, 'email', 'siti@example.id');
      const box = $(el, '#notify');
      expect(box.checked).to.equal(false);
      expect(text(el, 'label[for="notify"]')).to.equal('Kirim kabar perkembangan ke email saya');
      expect(box.getAttribute('aria-describedby')).to.equal('notify-hint');
      await expect(el).to.be.accessible();
      box.click();
      await el.updateComplete;
      await type(el, 'email', '');
      expect(one(el, '#notify')).to.equal(null);
    });

    it('sends notify with the language of the form only when ticked', async () => {
      const api = createFakeKimApi();
      const { el } = await form({ api, attrs: 'region="19.71" lang="en"' });
      await fillValid(el);
      await submit(el);
      await waitFor(el, '[part~="receipt"]');
      expect(api.submissions.at(-1)?.body).to.deep.include({ notify: false }).and.not.have.property('language');
      const second = await form({ api, attrs: 'region="19.71" lang="en"' });
      await fillValid(second.el);
      $(second.el, '#notify').click();
      await second.el.updateComplete;
      await submit(second.el);
      await waitFor(second.el, '[part~="receipt"]');
      expect(api.submissions.at(-1)?.body).to.deep.include({ notify: true, language: 'en' });
    });

    it('keeps the opt-in in the offline outbox and sends it after a reload', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await fillValid(first.el);
      $(first.el, '#notify').click();
      await first.el.updateComplete;
      api.offline = true;
      await submit(first.el);
      await waitFor(first.el, '[part~="queued"]');
      first.el.remove();
      api.offline = false;
      await form({ api, wait: '[part~="receipt"]' });
      expect(api.submissions).to.have.length(1);
      expect(api.submissions[0]?.body).to.deep.include({ notify: true, language: 'id' });
    });

    it('keeps a ticked opt-in in the draft across a reload', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await type(first.el, 'email', 'siti@example.id');
      $(first.el, '#notify').click();
      await first.el.updateComplete;
      first.el.remove();
      const second = await form({ api });
      expect($(second.el, '#notify').checked).to.equal(true);
    });
  });

  describe('focus and announcements', () => {
    it('announces a submission sent on `online` politely, and leaves focus and the scroll position alone', async () => {
      const { el, api, wrapper } = await form();
      await fillValid(el);
      api.offline = true;
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      // The citizen has moved on: reading further down the page, focus in a field of the page.
      const spacer = document.createElement('div');
      spacer.className = 'test-spacer';
      const style = document.createElement('style');
      style.textContent = '.test-spacer { height: 3000px; }';
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Cari di situs');
      wrapper.append(style, spacer, field);
      field.focus();
      window.scrollTo(0, document.documentElement.scrollHeight);
      expect(window.scrollY).to.be.greaterThan(1000);
      // Where the citizen is reading: the browser keeps it in place when the widget above changes height.
      const reading = field.getBoundingClientRect().top;
      try {
        api.offline = false;
        window.dispatchEvent(new Event('online'));
        await waitFor(el, '[part~="receipt"]');
        await waitUntil(() => text(el, '[part~="base"] > [role="status"]') !== '');
        expect(text(el, '[part~="base"] > [role="status"]')).to.equal(
          'Laporan yang tertunda telah terkirim. Kode lacak: 7K3M9-Q2XAB.',
        );
        expect(document.activeElement).to.equal(field);
        expect(Math.abs(field.getBoundingClientRect().top - reading)).to.be.below(1);
      } finally {
        style.remove();
        spacer.remove();
        field.remove();
        window.scrollTo(0, 0);
      }
    });

    it('sends a waiting submission on the next page load without taking focus', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await fillValid(first.el);
      api.offline = true;
      await submit(first.el);
      await waitFor(first.el, '[part~="queued"]');
      first.el.remove();
      (document.activeElement as HTMLElement | null)?.blur();

      api.offline = false;
      const { el } = await form({ api, wait: '[part~="receipt"]' });
      await waitUntil(() => text(el, '[part~="base"] > [role="status"]') !== '');
      expect(text(el, '[part~="base"] > [role="status"]')).to.contain('7K3M9-Q2XAB');
      expect(document.activeElement).to.equal(document.body);
    });

    it('moves focus to the waiting panel after the citizen’s own send, and announces why', async () => {
      const { el, api } = await form();
      await fillValid(el);
      api.offline = true;
      await submit(el);
      await waitFor(el, '[part~="queued"]');
      expect(deepActive()).to.equal($(el, '#panel-heading'));
      await waitUntil(() => text(el, '[part~="base"] > [role="status"]') !== '');
      expect(text(el, '[part~="base"] > [role="status"]')).to.contain('tidak ada koneksi');
    });
  });

  describe('forced colours', () => {
    it('shows the on and off state of the anonymous and confidential switches', async () => {
      const { el } = await form();
      $(el, '#anonymous').click();
      await el.updateComplete;
      const look = (id: string) => {
        const track = getComputedStyle($(el, `#${id}`));
        const thumb = getComputedStyle($(el, `#${id}`), '::before');
        return { track: track.backgroundColor, thumb: thumb.backgroundColor, moved: thumb.transform };
      };
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const on = look('anonymous');
        const off = look('confidential');
        // On is filled with the highlight colour, off is hollow; the thumb shows against its track in both.
        expect(on.track, 'track').to.not.equal(off.track);
        expect(on.thumb, 'on: thumb on track').to.not.equal(on.track);
        expect(off.thumb, 'off: thumb on track').to.not.equal(off.track);
        expect(on.moved).to.not.equal(off.moved);
        const canvas = getComputedStyle($(el, '[part~="base"]')).backgroundColor;
        expect(on.track, 'on differs from the page').to.not.equal(canvas);
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });

  describe('drafts', () => {
    it('restores what was typed after the element is created again, but not the consent', async () => {
      const api = createFakeKimApi();
      const first = await form({ api });
      await fillValid(first.el);
      first.el.remove();
      const { el } = await form({ api });
      await waitFor(el, 'select#regionCode:not([disabled]) option[value="19.71.01.1004"]');
      expect($(el, '#kind-complaint').checked).to.equal(true);
      expect($(el, '#title').value).to.equal('  Lampu jalan di Jalan Semabung mati  ');
      expect($(el, '#body').value).to.contain('SD Negeri 12');
      expect($<HTMLSelectElement>(el, '#categoryId').value).to.equal('infrastruktur');
      expect($<HTMLSelectElement>(el, '#district').value).to.equal('19.71.01');
      expect($<HTMLSelectElement>(el, '#regionCode').value).to.equal('19.71.01.1004');
      expect($(el, '#email').value).to.equal('siti@example.id');
      expect($(el, '#consent').checked).to.equal(false);
    });

    it('keeps contact details out of localStorage (sessionStorage only)', async () => {
      const { el } = await form();
      await fillValid(el);
      el.remove();
      expect(storageText(localStorage)).to.contain('Lampu jalan');
      expect(storageText(localStorage)).not.to.contain('siti@example.id');
      expect(storageText(sessionStorage)).to.contain('siti@example.id');
    });

    it('keeps drafts of different regions apart', async () => {
      const first = await form();
      await type(first.el, 'title', 'Draf untuk Pangkal Pinang');
      first.el.remove();
      const { el } = await form({ attrs: 'region="19.72"', wait: '#title' });
      expect($(el, '#title').value).to.equal('');
    });
  });

  describe('keyboard', () => {
    it('can be filled in and sent with the keyboard alone, skipping the honeypot', async () => {
      const { el, api } = await form();
      const visited: string[] = [];
      const tab = async () => {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        visited.push(deepActive()?.id ?? '');
      };
      $(el, '#kind-aspiration').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect($(el, '#kind-complaint').checked).to.equal(true);
      await tab();
      await sendKeys({ type: 'Jalan berlubang di Gabek' });
      await tab();
      await sendKeys({ type: 'Lubang besar di tengah jalan sudah sebulan dan membahayakan pengendara motor.' });
      await tab();
      await sendKeys({ press: 'ArrowDown' });
      await tab();
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(el, 'select#regionCode:not([disabled])');
      await tab();
      await sendKeys({ press: 'ArrowDown' });
      await tab(); // address or landmark
      await tab(); // "Gunakan lokasi saya"
      await tab(); // files
      await tab(); // name
      await tab(); // email
      await tab(); // phone
      await tab(); // anonymous
      await sendKeys({ press: 'Space' });
      await tab(); // confidential
      await tab(); // consent
      await sendKeys({ press: 'Space' });
      await tab(); // submit
      expect(visited).to.deep.equal([
        'title',
        'body',
        'categoryId',
        'district',
        'regionCode',
        'locationText',
        'use-location',
        'attachments',
        'name',
        'email',
        'phone',
        'anonymous',
        'confidential',
        'consent',
        '',
      ]);
      expect(deepActive()?.getAttribute('part')).to.equal('submit-button');
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '[part~="receipt"]');
      expect(api.submissions[0]!.body).to.deep.include({
        kind: 'complaint',
        categoryId: 'pemerintahan',
        regionCode: '19.71.01.1004',
        anonymous: true,
        consent: true,
      });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.equal('copy-button');
    });
  });
});

/** Drops the saved draft but not the outbox, as if the citizen had cleared the form before the page closed. */
function clearDraftOnly() {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of kimKeys(storage)) if (!key.includes('outbox')) storage.removeItem(key);
  }
}
