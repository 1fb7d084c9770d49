import '../test-fixtures/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-status.js';
import { trackingConfidential, trackingInProgress, trackingWithFiles } from '../test-fixtures/aspirations.js';
import { all, one, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationStatus } from './aspiration-status.js';

async function track(code: string, api: FakeKimApi = createFakeKimApi()) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('kim-aspiration-status') as KimAspirationStatus;
  el.client = clientOf(api);
  el.trackingCode = code;
  wrapper.append(el);
  await waitFor(el, '[part~="result"]');
  return el;
}

describe('<kim-aspiration-status> public files', () => {
  it('shows the files an official made public: photos with alt text linking to the file, PDFs with their size', async () => {
    const el = await track(trackingWithFiles.trackingCode);
    const files = all(el, '[part~="files"] [part~="file"]');
    expect(files.length).to.equal(2);
    expect(one(el, '#files-heading')!.textContent).to.equal('Lampiran');
    const img = files[0]!.querySelector('img')!;
    expect(img.alt).to.equal('Foto lampiran laporan: trotoar-amblas.jpg');
    expect(img.getAttribute('src')).to.equal('https://cdn.example.id/lampiran/trotoar-amblas.jpg');
    expect(img.getAttribute('loading')).to.equal('lazy');
    const pdf = files[1]!.querySelector('a')!;
    expect(pdf.getAttribute('href')).to.equal('https://cdn.example.id/lampiran/surat-pengantar-rt.pdf');
    expect(pdf.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'surat-pengantar-rt.pdf (PDF, 1,2 MB) (membuka tab baru)',
    );
    expect(pdf.rel).to.contain('noopener');
    // A link that is not http(s) is never rendered.
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    expect(el.shadowRoot!.textContent).not.to.contain('jahat.pdf');
    await expect(el).to.be.accessible();
  });

  it('shows no files section when none is public, and none for a confidential report whatever it is sent', async () => {
    const plain = await track(trackingInProgress.trackingCode);
    expect(one(plain, '[part~="files"]')).to.equal(null);

    const api = createFakeKimApi();
    const index = api.data.tracking.findIndex((t) => t.trackingCode === trackingConfidential.trackingCode);
    api.data.tracking[index] = { ...trackingConfidential, attachments: trackingWithFiles.attachments };
    const confidential = await track(trackingConfidential.trackingCode, api);
    expect(one(confidential, '[part~="files"]')).to.equal(null);
    expect(confidential.shadowRoot!.innerHTML).not.to.contain('cdn.example.id/lampiran');
  });
});
