import '../test-fixtures/readable-failures.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/aspiration-status.js';
import type { KimErrorEvent } from '../events/kim-error.js';
import type { KimStatusLoadedEvent } from '../events/kim-status-loaded.js';
import {
  trackingConfidential,
  trackingHostile,
  trackingInProgress,
  trackingRejected,
  unknownTrackingCode,
} from '../test-fixtures/aspirations.js';
import {
  all,
  emulateMediaFeatures,
  executableAttributes,
  one,
  overflowing,
  shadow,
  waitFor,
} from '../test-fixtures/dom.js';
import { createFakeClient } from '../test-fixtures/fake-client.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationStatus } from './aspiration-status.js';

const SETTLED = '[part~="result"], [part~="not-found"], [part~="error"]';

async function status(attrs = '', api: FakeKimApi = createFakeKimApi(), wait: string | false = SETTLED) {
  const client = clientOf(api);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-aspiration-status ${attrs}></kim-aspiration-status>`;
  const el = template.content.firstElementChild as KimAspirationStatus;
  el.client = client;
  wrapper.append(el);
  if (wait) await waitFor(el, wait);
  else await el.updateComplete;
  return { el, api };
}

const text = (el: Element, selector: string) => one(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const input = (el: KimAspirationStatus) => one<HTMLInputElement>(el, '#code')!;
const trackRequests = (api: FakeKimApi) =>
  api.requests
    .filter((r) => new URL(r.url).pathname.startsWith('/v1/aspirations/'))
    .map((r) => new URL(r.url).pathname);

async function lookUp(el: KimAspirationStatus, code: string) {
  const field = input(el);
  field.value = code;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  one<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
  await el.updateComplete;
}

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<kim-aspiration-status>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    delete (window as unknown as Record<string, unknown>).__kimHacked;
  });

  describe('defaults', () => {
    it('shows an empty lookup form in Bahasa Indonesia and requests nothing', async () => {
      const { el, api } = await status('', undefined, false);
      expect(text(el, '#heading')).to.equal('Lacak laporan');
      expect(one(el, '#heading')!.localName).to.equal('h2');
      expect(text(el, 'label[for="code"]')).to.equal('Kode lacak');
      expect(text(el, '[part~="submit-button"]')).to.equal('Lacak');
      expect(one(el, 'form')!.getAttribute('role')).to.equal('search');
      expect(input(el).getAttribute('aria-describedby')).to.equal('code-hint');
      expect(one(el, '[aria-busy="true"]')).to.equal(null);
      expect(api.requests).to.have.length(0);
      expect(el.trackingCode).to.equal('');
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('loads `tracking-code` at once, normalised', async () => {
      const { el, api } = await status('tracking-code=" 7k3m9-q2xab "');
      expect(trackRequests(api)).to.deep.equal(['/v1/aspirations/7K3M9Q2XAB']);
      expect(input(el).value).to.equal('7K3M9-Q2XAB');
      expect(one(el, '[part~="result"]')).to.not.equal(null);
    });

    it('loads again when `tracking-code` changes', async () => {
      const { el, api } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      el.trackingCode = trackingRejected.trackingCode;
      await waitUntil(() => text(el, '[part~="status"]') === 'Ditolak');
      expect(trackRequests(api)).to.have.length(2);
    });

    it('flags a malformed `tracking-code` without a request', async () => {
      const { el, api } = await status('tracking-code="123"', undefined, '#code-error');
      expect(text(el, '#code-error')).to.contain('10 huruf dan angka');
      expect(api.requests).to.have.length(0);
    });

    it('names the agency it was forwarded to and the due date with its zone, in both languages', async () => {
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      expect(text(el, '[part~="agency"]')).to.equal('Diteruskan ke Dishub');
      expect(one(el, '[part~="agency"]')!.getAttribute('title')).to.equal('Dinas Perhubungan');
      // 11 December 2026, 23:59:59 WIB: the end of the last working day in Pangkal Pinang's zone.
      expect(text(el, '[part~="due"]')).to.equal('11 Desember 2026 pukul 23.59 WIB');
      expect(one(el, '[part~="due"] time')!.getAttribute('datetime')).to.equal(trackingInProgress.dueAt);
      expect(all(el, '.step-status').map((s) => s.textContent?.replace(/\s+/g, ' ').trim())[2]).to.equal(
        'Diteruskan ke Dishub',
      );
      const en = await status(`lang="en" tracking-code="${trackingInProgress.trackingCode}"`);
      expect(text(en.el, '[part~="agency"]')).to.equal('Forwarded to Dishub');
      expect(text(en.el, '[part~="due"]')).to.equal('December 11, 2026 at 11:59 PM WIB');
      // A report not yet forwarded names no agency.
      const rejected = await status(`tracking-code="${trackingRejected.trackingCode}"`);
      expect(one(rejected.el, '[part~="agency"]')).to.equal(null);
    });

    it('speaks English with lang="en"', async () => {
      const { el } = await status(`lang="en" tracking-code="${trackingInProgress.trackingCode}"`);
      expect(text(el, '#heading')).to.equal('Track a report');
      expect(text(el, '[part~="status"]')).to.equal('In progress');
      expect(all(el, '.step-status').map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Received',
        'Verified',
        'Forwarded to Dishub',
        'In progress',
        'Resolved (not reached yet)',
      ]);
      expect(one(el, '.step-time time')!.textContent).to.equal('November 20, 2026 at 9:15 AM WIB');
      // What the citizen and the officers wrote is Indonesian, and marked so (WCAG 3.1.2).
      expect(one(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      for (const node of all(el, '[part~="note"]')) expect(node.getAttribute('lang')).to.equal('id');
      const title = all(el, '.facts dd').find((dd) => dd.textContent === trackingInProgress.title)!;
      expect(title.getAttribute('lang')).to.equal('id');
      await expect(el).to.be.accessible();
    });

    it('puts its headings under `heading-level`', async () => {
      const { el } = await status(`heading-level="3" tracking-code="${trackingInProgress.trackingCode}"`);
      expect(one(el, '#heading')!.localName).to.equal('h3');
      expect(one(el, '#result-heading')!.localName).to.equal('h4');
      expect(one(el, '#timeline-heading')!.localName).to.equal('h5');
      await expect(el).to.be.accessible();
    });

    it('writes times with the zone of the report’s province: WIB, WITA, WIT', async () => {
      const api = createFakeKimApi();
      const at = (code: string, regionCode: string) => ({ ...trackingInProgress, trackingCode: code, regionCode });
      api.data.tracking = [at('WTA00WTA00', '73.71.01.1001'), at('WT00WT00WT', '91.71.01.1001')];
      const { el } = await status('tracking-code="WTA00WTA00"', api);
      // 02:15 UTC is 10.15 in Makassar.
      expect(one(el, '.step-time time')!.textContent).to.equal('20 November 2026 pukul 10.15 WITA');
      el.trackingCode = 'WT00WT00WT';
      await waitUntil(() => one(el, '.step-time time')?.textContent === '20 November 2026 pukul 11.15 WIT');
    });
  });

  describe('states', () => {
    it('fits a 320 px wide column with a whole timeline', async () => {
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      const wrapper = el.parentElement!;
      wrapper.style.width = '320px';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(all(el, 'ol[part~="timeline"] > li').length).to.be.greaterThan(2);
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('is busy with a skeleton while loading, and accessible', async () => {
      const api = createFakeKimApi();
      let release!: () => void;
      api.holdReads = new Promise((resolve) => {
        release = resolve;
      });
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`, api, '[part~="skeleton"]');
      // Busy is what is loading, not the whole widget: the live region outside it says "Memuat status...".
      expect(one(el, '[part~="skeleton"]')!.closest('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
      expect(one(el, '[part~="base"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(text(el, '[role="status"]')).to.equal('Memuat status...');
      expect(one(el, '[role="status"]')!.closest('[aria-busy="true"]')).to.equal(null);
      await expect(el).to.be.accessible();
      release();
      await waitFor(el, '[part~="result"]');
      expect(one(el, '[aria-busy="true"]')).to.equal(null);
    });

    it('shows the timeline in order with dates, notes and the current step marked', async () => {
      const api = createFakeKimApi();
      const loaded = new Promise<KimStatusLoadedEvent>((resolve) =>
        document.addEventListener('kim-status-loaded', resolve, { once: true }),
      );
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`, api);
      const event = await loaded;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.tracking.trackingCode).to.equal(trackingInProgress.trackingCode);

      const steps = all(el, 'ol[part~="timeline"] > li');
      expect(steps.map((s) => s.getAttribute('part'))).to.deep.equal([
        'step step-done',
        'step step-done',
        'step step-done',
        'step step-current',
        'step step-upcoming',
      ]);
      expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'step', null]);
      expect(steps[3]!.querySelector('.step-status')!.textContent!.trim()).to.equal('Sedang ditindaklanjuti');
      expect(steps.map((s) => s.querySelector('time')?.getAttribute('datetime') ?? null)).to.deep.equal([
        ...trackingInProgress.history.map((h) => h.at),
        null,
      ]);
      // 02:15 UTC in Pangkal Pinang (Bangka Belitung, WIB), labelled, whatever the reader's own zone.
      expect(steps[0]!.querySelector('time')!.textContent).to.equal('20 November 2026 pukul 09.15 WIB');
      expect(steps[2]!.querySelector('[part~="note"]')!.textContent).to.equal(
        'Diteruskan ke Dinas Perhubungan Kota Pangkal Pinang.',
      );
      expect(text(el, '[part~="status"]')).to.equal('Sedang ditindaklanjuti');
      expect(text(el, '.facts')).to.contain('Lampu jalan di Jalan Semabung mati');
      expect(text(el, '.facts')).to.contain('Infrastruktur');
      expect(text(el, '.facts')).to.contain('Pengaduan');
      expect(text(el, '[role="status"]')).to.equal('Status saat ini: Sedang ditindaklanjuti');
      await expect(el).to.be.accessible();
    });

    it('ends a rejected aspiration at the rejection, with its reason', async () => {
      const { el } = await status(`tracking-code="${trackingRejected.trackingCode}"`);
      const steps = all(el, 'ol[part~="timeline"] > li');
      expect(steps).to.have.length(2);
      expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
      expect(steps[1]!.textContent).to.contain('Ditolak');
      expect(steps[1]!.textContent).to.contain('Perwako');
    });

    it('says clearly that an unknown code was not found, without a kim-error', async () => {
      const errors: KimErrorEvent[] = [];
      const onError = (e: KimErrorEvent) => errors.push(e);
      document.addEventListener('kim-error', onError);
      try {
        const { el } = await status(`tracking-code="${unknownTrackingCode}"`);
        expect(text(el, '[part~="not-found"]')).to.equal(
          'Laporan dengan kode ZZZZZ-ZZZZZ tidak ditemukan. Periksa kembali kode pada tanda terima Anda.',
        );
        expect(text(el, '[role="status"]')).to.contain('tidak ditemukan');
        expect(errors).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('kim-error', onError);
      }
    });

    it('shows a failed lookup with "Coba lagi", fires kim-error, and recovers', async () => {
      const api = createFakeKimApi();
      api.offline = true;
      const errors: KimErrorEvent[] = [];
      const onError = (e: KimErrorEvent) => errors.push(e);
      document.addEventListener('kim-error', onError);
      try {
        const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`, api);
        expect(one(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
        expect(text(el, '[part~="error"]')).to.contain('Tidak dapat terhubung');
        expect(text(el, '[part~="retry-button"]')).to.equal('Coba lagi');
        expect(errors).to.have.length(1);
        expect((errors[0]!.error as Error).name).to.equal('KimNetworkError');
        await expect(el).to.be.accessible();
        api.offline = false;
        one<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
        await waitFor(el, '[part~="result"]');
      } finally {
        document.removeEventListener('kim-error', onError);
      }
    });

    it('shows only the status of a confidential aspiration, and says so', async () => {
      const { el } = await status(`tracking-code="${trackingConfidential.trackingCode}"`);
      expect(text(el, '[part~="confidential-notice"]')).to.equal(
        'Laporan ini bersifat rahasia: hanya statusnya yang ditampilkan.',
      );
      expect(text(el, '[part~="status"]')).to.equal('Diverifikasi');
      expect(all(el, '[part~="note"]')).to.have.length(0);
      expect(shadow(el).textContent).not.to.contain('Catatan internal');
      expect(shadow(el).textContent).not.to.contain('Pengaduan');
      expect(all(el, '.facts > div')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('withholds title and category of a confidential aspiration even when a server sends them', async () => {
      const api = createFakeKimApi();
      api.data.tracking = [
        { ...trackingConfidential, title: 'Judul rahasia', category: { id: 'kesehatan', name: 'Kategori rahasia' } },
      ];
      const { el } = await status(`tracking-code="${trackingConfidential.trackingCode}"`, api);
      expect(shadow(el).textContent).not.to.contain('Judul rahasia');
      expect(shadow(el).textContent).not.to.contain('Kategori rahasia');
    });

    it('never shows reporter data, even if a server leaks it', async () => {
      const api = createFakeKimApi();
      const leaky = { ...trackingInProgress, reporter: { name: 'Siti Aminah', email: 'siti@example.id' } };
      api.data.tracking = [leaky];
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`, api);
      expect(shadow(el).textContent).not.to.contain('Siti');
      expect(shadow(el).textContent).not.to.contain('siti@example.id');
    });

    it('renders hostile title, category and notes as text', async () => {
      const { el } = await status(`tracking-code="${trackingHostile.trackingCode}"`);
      expect(text(el, '.facts')).to.contain('<img src=x onerror="window.__kimHacked=1">Judul');
      expect(one(el, '[part~="note"]')!.textContent).to.equal(trackingHostile.history[0]!.note);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect((window as unknown as Record<string, unknown>).__kimHacked).to.equal(undefined);
    });
  });

  describe('forced colours', () => {
    it('keeps done, current and upcoming steps apart by shape and system colour', async () => {
      const { el } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      const marker = (state: string) => one(el, `[part~="step-${state}"] .marker`)!;
      const look = (node: Element, pseudo?: string) => {
        const s = getComputedStyle(node, pseudo);
        return `${s.backgroundColor} ${s.borderTopStyle} ${s.borderTopColor} ${s.borderTopWidth} ${s.content}`;
      };
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const done = look(marker('done'));
        const current = look(marker('current'));
        const upcoming = look(marker('upcoming'));
        expect(new Set([done, current, upcoming]).size, `${done} | ${current} | ${upcoming}`).to.equal(3);
        // Done is filled (not the page colour) and ticked.
        const canvas = getComputedStyle(one(el, '[part~="base"]')!).backgroundColor;
        expect(getComputedStyle(marker('done')).backgroundColor).to.not.equal(canvas);
        expect(getComputedStyle(marker('done'), '::after').content).to.not.equal('none');
        expect(getComputedStyle(marker('upcoming')).borderTopStyle).to.equal('dashed');
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });

  describe('client', () => {
    it('works with any KimClient-shaped client, such as the shared fake', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('kim-aspiration-status');
      el.client = createFakeClient();
      el.trackingCode = unknownTrackingCode;
      wrapper.append(el);
      await waitFor(el, '[part~="not-found"]');
      el.trackingCode = trackingRejected.trackingCode;
      await waitFor(el, '[part~="result"]');
      expect(text(el, '[part~="status"]')).to.equal('Ditolak');
    });
  });

  describe('input', () => {
    it('normalises what is typed: case, spaces, dashes, I/L/O', async () => {
      const { el, api } = await status('', undefined, false);
      await lookUp(el, ' h5c2v-9z3mf ');
      await waitFor(el, SETTLED);
      await lookUp(el, 'r8p4w2n6td');
      await waitUntil(() => text(el, '[part~="status"]') === 'Ditolak');
      await lookUp(el, 'ZZZZZ ZZZZZ');
      await waitFor(el, '[part~="not-found"]');
      await lookUp(el, 'oooooiiiii');
      await waitUntil(() => trackRequests(api).length === 4);
      expect(trackRequests(api)).to.deep.equal([
        '/v1/aspirations/H5C2V9Z3MF',
        '/v1/aspirations/R8P4W2N6TD',
        '/v1/aspirations/ZZZZZZZZZZ',
        '/v1/aspirations/0000011111',
      ]);
    });

    it('asks for a code when the field is empty, and focuses it', async () => {
      const { el, api } = await status('', undefined, false);
      await lookUp(el, '   ');
      expect(text(el, '#code-error')).to.equal('Galat: Masukkan kode lacak.');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(input(el).getAttribute('aria-describedby')).to.equal('code-hint code-error');
      expect(deepActive()).to.equal(input(el));
      expect(api.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('refuses a code of the wrong shape without a request, and clears the message on typing', async () => {
      const { el, api } = await status('', undefined, false);
      await lookUp(el, '7K3M9Q2XA');
      expect(text(el, '#code-error')).to.contain('10 huruf dan angka');
      await lookUp(el, '7K3M9Q2XAU');
      expect(one(el, '#code-error')).to.not.equal(null);
      expect(api.requests).to.have.length(0);
      input(el).value = '7K3M9';
      input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(one(el, '#code-error')).to.equal(null);
    });

    it('announces a malformed code sent with Enter, keeps focus in the field and clears the previous result', async () => {
      const { el, api } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      expect(one(el, '[part~="result"]')).to.not.equal(null);
      input(el).focus();
      input(el).select();
      await sendKeys({ type: '7K3M' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const alert = one(el, '#code-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Galat: Masukkan kode lacak dengan format yang benar: 10 huruf dan angka, misalnya 7K3M9-Q2XAB.',
      );
      expect(alert.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Galat:');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(deepActive()).to.equal(input(el));
      // The earlier answer must not pass for the answer to this code.
      expect(one(el, '[part~="result"]')).to.equal(null);
      expect(text(el, '[role="status"]')).to.equal('');
      expect(trackRequests(api)).to.have.length(1);
      await expect(el).to.be.accessible();
      // The same mistake again is announced again: a new alert replaces the old one.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const again = one(el, '#code-error')!;
      expect(again).to.not.equal(alert);
      expect(alert.isConnected).to.equal(false);
      expect(again.textContent).to.contain('format yang benar');
    });

    it('looks the same code up again when asked again', async () => {
      const { el, api } = await status(`tracking-code="${trackingInProgress.trackingCode}"`);
      const loaded = oneEvent(el, 'kim-status-loaded');
      await lookUp(el, trackingInProgress.trackingCode);
      await loaded;
      expect(trackRequests(api)).to.have.length(2);
    });
  });

  describe('keyboard', () => {
    it('looks a code up with typing and Enter, and reaches the button with Tab', async () => {
      const { el } = await status('', undefined, false);
      input(el).focus();
      await sendKeys({ type: 'r8p4-w2n6-td' });
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '[part~="result"]');
      expect(text(el, '[part~="status"]')).to.equal('Ditolak');
      expect(deepActive()).to.equal(input(el));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.equal('submit-button');
    });
  });
});
