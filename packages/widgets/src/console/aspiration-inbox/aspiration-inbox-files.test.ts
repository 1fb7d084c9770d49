import type { Me } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { all, one } from '../../test-fixtures/dom.js';
import '../../define/aspiration-inbox.js';
import {
  createFakeInboxApi,
  type FakeInboxApi,
  INBOX_DINAS_ME,
  INBOX_KIM_ME,
} from '../test-fixtures/fake-inbox-api.js';
import type { KimAspirationInbox } from './aspiration-inbox.js';
import { formatSize } from './record-files.js';

const PATIENCE = { timeout: 4000 };

async function mount(hash: string, me: Me = INBOX_DINAS_ME, api: FakeInboxApi = createFakeInboxApi()) {
  const session = api.sessionFor(me);
  history.replaceState(null, '', hash);
  const el = await fixture<KimAspirationInbox>(
    html`<kim-aspiration-inbox .session=${session} .regions=${api.regions} hash-routes lang="id"></kim-aspiration-inbox>`,
  );
  await waitUntil(() => one(el, '#record-title'), 'no record opened', PATIENCE);
  await el.updateComplete;
  return { el, api };
}

const PHOTO = 'upl_01jd0000000000000000000001';
const PDF = 'upl_01jd0000000000000000000002';

describe('<kim-aspiration-inbox> files and location', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows a photo as a thumbnail with alt text, fetched with the session, and a PDF to download, with sizes', async () => {
    const { el, api } = await mount('#/laporan/asp_0001');
    await waitUntil(() => one(el, '[part~="thumbnail"] img'), 'no thumbnail', PATIENCE);
    const img = one<HTMLImageElement>(el, '[part~="thumbnail"] img')!;
    expect(img.alt).to.equal('Foto lampiran pelapor: lampu-mati.png');
    expect(img.src).to.match(/^blob:/);
    await waitUntil(() => img.complete && img.naturalWidth === 1, 'the photo did not decode', PATIENCE);
    const photoRequest = api.requests.find((r) => r.url.endsWith(`/attachments/${PHOTO}`))!;
    expect(photoRequest.headers.get('authorization')).to.match(/^Bearer kims_/);

    const files = all(el, '[part~="file"]');
    expect(files.map((f) => f.querySelector('.hint')!.textContent!.trim())).to.deep.equal([
      'PNG, 340 KB',
      'PDF, 1,2 MB',
    ]);
    expect(files.map((f) => f.querySelector('[part~="visibility"]')!.textContent)).to.deep.equal([
      'Privat: hanya petugas',
      'Privat: hanya petugas',
    ]);
    const clicked = new Promise<HTMLAnchorElement>((resolve) => {
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = original;
        resolve(this);
      };
    });
    const download = one<HTMLButtonElement>(el, '[part~="download"]')!;
    expect(download.textContent!.trim()).to.equal('Unduh surat-pengantar-rt.pdf');
    download.click();
    const link = await clicked;
    expect(link.download).to.equal('surat-pengantar-rt.pdf');
    expect(await (await fetch(link.href)).text()).to.contain('%PDF-1.4');
    await expect(el).to.be.accessible();
  });

  it('makes a file public and private again, saying what changed', async () => {
    const { el, api } = await mount('#/laporan/asp_0001');
    const button = () => all<HTMLButtonElement>(el, '[part~="visibility-button"]')[0]!;
    expect(button().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Jadikan publik: lampu-mati.png');
    button().click();
    await waitUntil(
      () => one(el, '[part~="visibility"]')!.textContent === 'Publik: tampil di halaman pelacakan',
      'not public',
      PATIENCE,
    );
    expect(api.aspirations[0]!.attachments![0]!.public).to.equal(true);
    expect(one(el, '[role="status"]')!.textContent).to.equal('lampu-mati.png kini tampil di halaman pelacakan.');
    const post = api.requests.find((r) => r.method === 'POST' && r.url.endsWith(`/attachments/${PHOTO}/visibility`))!;
    expect(await post.json()).to.deep.equal({ public: true });
    expect(button().textContent).to.contain('Jadikan privat');
    button().click();
    await waitUntil(() => api.aspirations[0]!.attachments![0]!.public === false, 'not private again', PATIENCE);
    await el.updateComplete;
    expect(one(el, '[part~="visibility"]')!.textContent).to.equal('Privat: hanya petugas');
  });

  it('says so when the visibility cannot be changed, beside the file', async () => {
    const { el, api } = await mount('#/laporan/asp_0001');
    api.failWith = 503;
    all<HTMLButtonElement>(el, '[part~="visibility-button"]')[1]!.click();
    await waitUntil(() => one(el, '[part~="file-error"]'), 'no error', PATIENCE);
    const file = all(el, '[part~="file"]')[1]!;
    expect(file.dataset.id).to.equal(PDF);
    expect(file.querySelector('[part~="file-error"]')!.textContent).to.contain(
      'Visibilitas berkas tidak dapat diubah.',
    );
    expect(api.aspirations[0]!.attachments![1]!.public).to.equal(false);
  });

  it('shows the place: the text, the position with its accuracy, and a link that opens OpenStreetMap', async () => {
    const { el } = await mount('#/laporan/asp_0001');
    const place = one(el, '[part~="location"]')!;
    expect(place.textContent).to.contain('Depan toko bangunan Sinar Jaya');
    expect(one(el, '[part~="position"]')!.textContent).to.equal('-2,129834; 106,113922 (akurasi ± 18 m)');
    const map = one<HTMLAnchorElement>(el, '[part~="map-link"]')!;
    expect(map.href).to.match(/^https:\/\/www\.openstreetmap\.org\/\?mlat=-2\.129834&mlon=106\.113922/);
    expect(map.target).to.equal('_blank');
    expect(map.rel).to.contain('noopener');
    expect(map.textContent).to.contain('(membuka tab baru)');
  });

  it('says when there is no file and no place, and shows a KIM operator neither files nor the position', async () => {
    const { el } = await mount('#/laporan/asp_0002');
    expect(one(el, '[part~="no-files"]')!.textContent).to.equal('Pelapor tidak melampirkan berkas.');
    expect(one(el, '[part~="no-location"]')!.textContent).to.equal('Pelapor tidak mencantumkan lokasi.');

    const kim = await mount('#/laporan/asp_0001', INBOX_KIM_ME);
    expect(one(kim.el, '[part~="record-files"]')).to.equal(null);
    expect(one(kim.el, '[part~="location"]')!.textContent).to.contain('Depan toko bangunan Sinar Jaya');
    expect(one(kim.el, '[part~="position"]')).to.equal(null);
    expect(one(kim.el, '[part~="map-link"]')).to.equal(null);
    await expect(kim.el).to.be.accessible();
  });

  it('writes sizes as file managers do', () => {
    expect(formatSize(800, 'id')).to.equal('1 KB');
    expect(formatSize(348_160, 'id')).to.equal('340 KB');
    expect(formatSize(1_258_291, 'id')).to.equal('1,2 MB');
    expect(formatSize(1_258_291, 'en')).to.equal('1.2 MB');
  });
});
