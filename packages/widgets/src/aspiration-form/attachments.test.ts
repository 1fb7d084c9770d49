// <kim-aspiration-form>'s files and location: choosing, previews and removing, errors in words before any upload,
// the device position asked for only on the button, and the offline outbox keeping the files until they are sent.
import '../test-fixtures/readable-failures.js';
import type { KimClient } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/aspiration-form.js';
import { all, one, shadow, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationForm } from './aspiration-form.js';

const READY = 'select#categoryId:not([disabled])';
const clients = new WeakMap<FakeKimApi, KimClient>();

async function form(api: FakeKimApi = createFakeKimApi(), wait: string | false = READY) {
  const attrs = 'region="19.71"';
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-aspiration-form ${attrs}></kim-aspiration-form>`;
  const el = template.content.firstElementChild as KimAspirationForm;
  // One client per API: the outbox is kept per client, as a page keeps one.
  const client = clients.get(api) ?? clientOf(api);
  clients.set(api, client);
  el.client = client;
  wrapper.append(el);
  if (wait === READY) {
    await waitFor(el, READY);
    await waitFor(el, 'select#district:not([disabled])');
  } else if (wait) await waitFor(el, wait);
  return { el, api };
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: KimAspirationForm, selector: string) => {
  const found = one<T>(el, selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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

async function fillValid(el: KimAspirationForm) {
  $(el, '#kind-complaint').click();
  await type(el, 'title', 'Jalan berlubang di depan SD Negeri 12');
  await type(
    el,
    'body',
    'Lubang besar di tengah jalan depan SD Negeri 12 sudah dua minggu dan membahayakan pengendara.',
  );
  await choose(el, 'categoryId', 'infrastruktur');
  await choose(el, 'district', '19.71.01');
  await waitFor(el, 'select#regionCode:not([disabled]) option[value="19.71.01.1004"]');
  await choose(el, 'regionCode', '19.71.01.1004');
  $(el, '#consent').click();
  await el.updateComplete;
}

/** Chooses files in the file input as a person would (the input's `files`, then `change`). */
async function pick(el: KimAspirationForm, files: File[]) {
  const input = $(el, '#attachments');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A tiny valid PNG (1 x 1). */
const png = (name = 'lubang.png') =>
  new File(
    [
      Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      ),
    ],
    name,
    { type: 'image/png' },
  );

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<kim-aspiration-form> attachments and location', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('kim-kit:')) localStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('kim-kit:')) sessionStorage.removeItem(key);
  });

  it('previews chosen photos and PDFs, each with a remove button, and is accessible', async () => {
    const { el, api } = await form();
    expect(text($(el, 'label[for="attachments"]'))).to.equal('Foto atau dokumen');
    await pick(el, [png(), new File(['%PDF-1.4'], 'surat.pdf', { type: 'application/pdf' })]);
    const items = all(el, '.attachment');
    expect(items.map((i) => text(i.querySelector('.file-name')))).to.deep.equal([
      `lubang.png ${text(items[0]?.querySelector('.hint'))}`,
      `surat.pdf ${text(items[1]?.querySelector('.hint'))}`,
    ]);
    expect(items[0]?.querySelector('img')?.getAttribute('src')).to.match(/^blob:/);
    expect(text(items[1]?.querySelector('.hint'))).to.match(/^Dokumen PDF, /);
    expect(all(el, '.attachment button').map(text)).to.deep.equal(['Hapus lubang.png', 'Hapus surat.pdf']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.attachment button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(all(el, '.attachment').map((i) => text(i.querySelector('.file-name')).split(' ')[0])).to.deep.equal([
      'surat.pdf',
    ]);
    expect(deepActive()).to.equal($(el, '.attachment button'));
    await waitUntil(() => text(one(el, 'p.visually-hidden[role="status"]')).includes('lubang.png dihapus.'));
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it('says in words, before any upload, why a file is not taken: type, size, more than three', async () => {
    const { el, api } = await form();
    await pick(el, [
      new File(['<html>'], 'foto.html', { type: 'text/html' }),
      new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'besar.jpg', { type: 'image/jpeg' }),
    ]);
    expect(all(el, '#attachments-error p').map(text)).to.deep.equal([
      'foto.html bukan foto JPEG, PNG, WebP atau dokumen PDF.',
      'besar.jpg berukuran 5 MB; pilih berkas paling besar 5 MB.',
    ]);
    expect($(el, '#attachments').getAttribute('aria-describedby')).to.equal('attachments-hint attachments-error');
    expect(all(el, '.attachment')).to.have.length(0);
    await pick(el, [png('1.png'), png('2.png'), png('3.png'), png('4.png')]);
    expect(all(el, '.attachment')).to.have.length(3);
    expect(all(el, '#attachments-error p').map(text)).to.deep.equal(['Pilih paling banyak 3 berkas.']);
    expect($(el, '#attachments').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it('asks for the device position only when "Gunakan lokasi saya" is pressed, and words a refusal', async () => {
    const geolocation = navigator.geolocation;
    const asked: number[] = [];
    let answer: 'ok' | 'denied' = 'denied';
    const fake = (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      asked.push(Date.now());
      if (answer === 'ok') {
        ok({ coords: { latitude: -2.12912345, longitude: 106.11384321, accuracy: 14.6 } } as GeolocationPosition);
      } else
        fail?.({
          code: 1,
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
          message: '',
        } as GeolocationPositionError);
    };
    Object.defineProperty(geolocation, 'getCurrentPosition', { value: fake, configurable: true });
    try {
      const { el, api } = await form();
      await fillValid(el);
      await type(el, 'locationText', 'Depan SD Negeri 12');
      expect(asked).to.have.length(0);
      $<HTMLButtonElement>(el, '#use-location').click();
      await el.updateComplete;
      expect(asked).to.have.length(1);
      expect(text($(el, '#geo-status'))).to.equal(
        'Izin lokasi ditolak. Izinkan di pengaturan peramban, atau tuliskan alamat atau patokan saja.',
      );
      answer = 'ok';
      $<HTMLButtonElement>(el, '#use-location').click();
      await el.updateComplete;
      expect(text($(el, '#geo-status'))).to.equal('Lokasi perangkat ditambahkan (akurasi sekitar 15 meter).');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
      await waitFor(el, '[part~="receipt"]');
      expect((api.submissions[0]?.body as { location?: unknown } | undefined)?.location).to.deep.equal({
        text: 'Depan SD Negeri 12',
        position: { latitude: -2.129123, longitude: 106.113843, accuracy: 15 },
      });
    } finally {
      delete (geolocation as unknown as Record<string, unknown>).getCurrentPosition;
    }
  });

  it('keeps the files of an offline submission in IndexedDB; back online, one upload and one aspiration', async () => {
    const api = createFakeKimApi();
    const first = await form(api);
    await fillValid(first.el);
    await pick(first.el, [png('foto-jalan.png')]);
    api.offline = true;
    $<HTMLButtonElement>(first.el, '[part~="submit-button"]').click();
    await waitFor(first.el, '[part~="queued"]');
    // The page goes away while offline: the outbox (text in localStorage, the photo in IndexedDB) stays.
    first.el.remove();

    api.offline = false;
    const { el } = await form(api, '[part~="receipt"]');
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.created.size).to.equal(1);
    expect(api.uploads.size).to.equal(1);
    expect([...api.uploads.values()][0]).to.include({ fileName: 'foto-jalan.png', contentType: 'image/png' });
    const [[submissionKey, claimed]] = [...api.attachments.entries()] as [[string, string[]]];
    expect(claimed).to.deep.equal([[...api.uploads.values()][0]!.id]);
    // Every upload attempt used the key the outbox record derives from its own.
    const uploadKeys = api.requests
      .filter((r) => r.url.endsWith('/v1/aspiration-uploads'))
      .map((r) => r.headers.get('idempotency-key'));
    expect(new Set(uploadKeys)).to.deep.equal(new Set([`${submissionKey}.file1`]));
    // Delivered: nothing left in the outbox, the file gone from IndexedDB.
    expect(Object.keys(localStorage).filter((k) => k.includes('aspiration-outbox'))).to.deep.equal([]);
    const left = await new Promise<number>((resolve) => {
      const open = indexedDB.open('kim-kit-aspiration-files', 1);
      open.onsuccess = () => {
        const count = open.result.transaction('files').objectStore('files').count();
        count.onsuccess = () => resolve(count.result);
      };
    });
    expect(left).to.equal(0);
    expect(shadow(el)).to.exist;
  });
});
