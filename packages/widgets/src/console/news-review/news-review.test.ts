import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/news-review.js';
import {
  createFakeAdminApi,
  type FakeAdminApi,
  OPERATOR_ME,
  signedInSession,
} from '../test-fixtures/fake-admin-api.js';
import type { KimNewsReview } from './news-review.js';

async function mount(options: { lang?: string; width?: string; api?: FakeAdminApi; operator?: boolean } = {}) {
  const api = options.api ?? createFakeAdminApi();
  const session = signedInSession(api, options.operator ? OPERATOR_ME : undefined);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '900px'}`}>
    <kim-news-review .session=${session} lang=${options.lang ?? 'id'}></kim-news-review>
  </div>`);
  const el = wrapper.querySelector('kim-news-review') as KimNewsReview;
  await waitUntil(() => !one(el, '[aria-busy="true"]'), 'still loading');
  await el.updateComplete;
  return { el, api, session };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: KimNewsReview) => all(el, '.title-button').map((b) => text(b));
const writes = (api: FakeAdminApi) => api.requests.filter((r) => r.method !== 'GET');

async function open(el: KimNewsReview, title: string) {
  all<HTMLButtonElement>(el, '.title-button')
    .find((b) => text(b) === title)!
    .click();
  await waitUntil(() => one(el, '#article-title'), 'not opened');
  await el.updateComplete;
}

async function settle(el: KimNewsReview) {
  await el.updateComplete;
  await waitUntil(() => !one(el, '[aria-busy="true"]'), 'still busy');
  await el.updateComplete;
}

describe('<kim-news-review>', () => {
  it('lists the queue oldest first with group, author and the time in the region zone, and is accessible', async () => {
    const { el } = await mount();
    expect(titles(el)).to.deep.equal([
      'Pelatihan pemasaran daring untuk UMKM',
      'Kerja bakti membersihkan saluran air',
      'Posyandu Bacang dibuka setiap Selasa',
    ]);
    const second = text(all(el, '[part~="row"]')[1]);
    expect(second).to.contain('KIM Gabek Maju').and.to.contain('Siti Aminah');
    expect(second).to.contain('26 November 2026 pukul 14.30 WIB');
    expect(text(one(el, 'section'))).to.contain('3 berita menunggu tinjauan');
    await expect(el).to.be.accessible();
  });

  it('reads an article as the public reader shows it (sanitized), by keyboard, and goes back to its row', async () => {
    const { el } = await mount();
    const row = all<HTMLButtonElement>(el, '.title-button')[0]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => one(el, '#article-title'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('article-title');
    const body = one(el, '[part~="body"]')!;
    expect(body.textContent).to.contain('Pelatihan diadakan di aula kecamatan.');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.innerHTML).not.to.contain('onerror');
    expect((window as { __kimHacked?: number }).__kimHacked).to.equal(undefined);
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="back"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('title-button'));
    expect(text(el.shadowRoot!.activeElement)).to.equal('Pelatihan pemasaran daring untuk UMKM');
  });

  it('publishes now with the version read (If-Match), announces it, and the article leaves the queue', async () => {
    const { el, api } = await mount();
    await open(el, 'Posyandu Bacang dibuka setiap Selasa');
    expect(one(el, '[part~="image"]')!.getAttribute('alt')).to.equal('Kader posyandu menimbang balita');
    one<HTMLButtonElement>(el, '[part~="publish"]')!.click();
    await waitUntil(() => one(el, '#list-title') && !one(el, '#article-title'), 'not back to the list');
    await settle(el);
    const [write] = writes(api);
    expect(new URL(write!.url).pathname).to.equal('/v1/admin/news/news_1/publish');
    expect(write!.headers.get('if-match')).to.equal('"2"');
    expect(api.news.find((n) => n.id === 'news_1')!.status).to.equal('published');
    expect(titles(el)).not.to.include('Posyandu Bacang dibuka setiap Selasa');
    expect(text(one(el, '[role="status"]'))).to.equal('“Posyandu Bacang dibuka setiap Selasa” telah terbit.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('list-title');
  });

  it('schedules in WIB: the label names the zone, the typed wall-clock time is sent as +07:00, the past refused', async () => {
    const { el, api } = await mount();
    await open(el, 'Kerja bakti membersihkan saluran air');
    all<HTMLButtonElement>(el, '.actions button')
      .find((b) => text(b) === 'Jadwalkan')!
      .click();
    await el.updateComplete;
    expect(text(one(el, 'label[for="publishAt"]'))).to.equal('Tanggal dan waktu terbit (WIB)');
    expect(el.shadowRoot!.activeElement?.id).to.equal('publishAt');
    const input = one<HTMLInputElement>(el, '#publishAt')!;
    input.value = '2020-01-01T08:00';
    input.dispatchEvent(new Event('input'));
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await el.updateComplete;
    expect(writes(api)).to.have.length(0);
    expect(text(one(el, '#publishAt-error'))).to.contain('Pilih waktu yang akan datang');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    input.value = '2099-12-05T08:00';
    input.dispatchEvent(new Event('input'));
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await waitUntil(() => writes(api).length === 1 && !one(el, '#article-title'));
    expect(await writes(api)[0]!.json()).to.deep.equal({ publishAt: '2099-12-05T01:00:00.000Z' });
    expect(api.news.find((n) => n.id === 'news_2')!.status).to.equal('scheduled');
  });

  it('sends back only with a note, which the server receives', async () => {
    const { el, api } = await mount();
    await open(el, 'Kerja bakti membersihkan saluran air');
    all<HTMLButtonElement>(el, '.actions button')
      .find((b) => text(b) === 'Kembalikan ke penulis')!
      .click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('note');
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await el.updateComplete;
    expect(writes(api)).to.have.length(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect(text(one(el, '#error-summary'))).to.contain('Catatan untuk penulis: wajib diisi');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('note');
    await sendKeys({ type: 'Mohon lengkapi waktu dan tempat kegiatan.' });
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await waitUntil(() => writes(api).length === 1 && !one(el, '#article-title'));
    expect(await writes(api)[0]!.json()).to.deep.equal({ note: 'Mohon lengkapi waktu dan tempat kegiatan.' });
    expect(api.news.find((n) => n.id === 'news_2')!.reviewNote!.note).to.equal(
      'Mohon lengkapi waktu dan tempat kegiatan.',
    );
  });

  it('lists the published articles, unpublishes with a reason, and links a correction to the editor', async () => {
    const { el, api } = await mount();
    all<HTMLButtonElement>(el, '[part~="tabs"] button')
      .find((b) => text(b) === 'Terbit')!
      .click();
    await settle(el);
    expect(titles(el)).to.deep.equal(['Pembagian bibit cabai gratis', 'Jadwal pelayanan KTP elektronik keliling']);
    await open(el, 'Pembagian bibit cabai gratis');
    expect(one(el, '[part~="publish"]')).to.equal(null);
    expect(one<HTMLAnchorElement>(el, '[part~="correct"]')!.getAttribute('href')).to.equal('#/berita/news_5');
    all<HTMLButtonElement>(el, '.actions button')
      .find((b) => text(b) === 'Tarik dari publikasi')!
      .click();
    await el.updateComplete;
    await sendKeys({ type: 'Jadwal pembagian berubah.' });
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await waitUntil(() => writes(api).length === 1 && !one(el, '#article-title'));
    await settle(el);
    expect(api.news.find((n) => n.id === 'news_5')!.status).to.equal('unpublished');
    expect(titles(el)).to.deep.equal(['Jadwal pelayanan KTP elektronik keliling']);
  });

  it('on 412 lists what changed, keeps the typed note, and reloads the latest version on request', async () => {
    const { el, api } = await mount();
    await open(el, 'Kerja bakti membersihkan saluran air');
    all<HTMLButtonElement>(el, '.actions button')
      .find((b) => text(b) === 'Kembalikan ke penulis')!
      .click();
    await el.updateComplete;
    await sendKeys({ type: 'Foto belum ada.' });
    api.changeBehind('news_2', { title: 'Kerja bakti saluran air RT 03' });
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await waitUntil(() => one(el, '[part~="conflict"]'), 'no conflict view');
    const conflict = text(one(el, '[part~="conflict"]'));
    expect(conflict).to.contain('Berita ini telah diubah');
    expect(conflict).to.contain('Versi Anda: Kerja bakti membersihkan saluran air');
    expect(conflict).to.contain('Versi terbaru: Kerja bakti saluran air RT 03');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('reload');
    await expect(el).to.be.accessible();
    expect(one<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Foto belum ada.');
    one<HTMLButtonElement>(el, '[part~="reload"]')!.click();
    await waitUntil(() => text(one(el, '#article-title')) === 'Kerja bakti saluran air RT 03');
    expect(one<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Foto belum ada.');
    one<HTMLButtonElement>(el, '#step button[type="submit"]')!.click();
    await waitUntil(() => api.news.find((n) => n.id === 'news_2')!.status === 'returned');
    expect(writes(api).at(-1)!.headers.get('if-match')).to.equal('"3"');
  });

  it('shows the error with a retry, and the forbidden state to an operator', async () => {
    const api = createFakeAdminApi();
    api.failWith = 500;
    const { el } = await mount({ api });
    expect(one(el, '[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
    api.failWith = undefined;
    one<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => titles(el).length === 3);
    const { el: forbidden, api: untouched } = await mount({ operator: true });
    expect(text(one(forbidden, '[part~="forbidden"]'))).to.contain('Peran Anda tidak mengizinkan');
    expect(untouched.requests.filter((r) => r.url.includes('/v1/admin/news'))).to.have.length(0);
  });

  it('fits 320 px as stacked cards, in English, and survives forced colours', async () => {
    const { el } = await mount({ width: '320px', lang: 'en' });
    expect(text(one(el, 'h1'))).to.equal('News review');
    expect(overflowing(el)).to.deep.equal([]);
    await open(el, 'Posyandu Bacang dibuka setiap Selasa');
    all<HTMLButtonElement>(el, '.actions button')
      .find((b) => text(b) === 'Schedule')!
      .click();
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await expect(el).to.be.accessible();
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
