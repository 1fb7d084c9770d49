// <kim-aspiration-status> and information requests: the register number, the extension with its reason and new due
// date, the refusal with its legal ground in words, and the objection window.
import '../test-fixtures/readable-failures.js';
import type { AspirationTracking } from '@kim-kit/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-status.js';
import { one, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationStatus } from './aspiration-status.js';

export const trackingInformationRefused: AspirationTracking = {
  trackingCode: 'P7Q3M9X2KD',
  kind: 'information_request',
  status: 'rejected',
  regionCode: '19.71.01.1006',
  confidential: false,
  title: 'Permohonan daftar penerima bantuan sosial',
  category: { id: 'sosial', name: 'Sosial' },
  submittedAt: '2026-11-02T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  agency: null,
  dueAt: null,
  history: [
    { kind: 'status', agency: null, status: 'received', at: '2026-11-02T02:00:00.000Z', note: null },
    {
      kind: 'extension',
      agency: null,
      status: 'received',
      at: '2026-11-12T02:00:00.000Z',
      note: 'Data dihimpun dari tiga bidang.',
    },
    {
      kind: 'status',
      agency: null,
      status: 'rejected',
      at: '2026-11-20T02:00:00.000Z',
      note: 'Pasal 17 huruf h: mengungkap rahasia pribadi. Memuat data pribadi penerima.',
    },
  ],
  informationRequest: {
    registerNumber: 'PPID/1971/2026/000123',
    informationRequested: 'Daftar nama penerima bantuan sosial 2026.',
    format: 'softcopy',
    delivery: 'email',
    extension: {
      at: '2026-11-12T02:00:00.000Z',
      days: 7,
      reason: 'Data dihimpun dari tiga bidang.',
      previousDueAt: '2026-11-16T16:59:59.000Z',
      dueAt: '2026-11-25T16:59:59.000Z',
    },
    decision: {
      outcome: 'rejected',
      at: '2026-11-20T02:00:00.000Z',
      text: 'Memuat data pribadi penerima.',
      ground: 'pasal-17-h',
    },
    objection: null,
    objectionOpenUntil: '2027-01-05T16:59:59.000Z',
  },
};

async function status(lang: string) {
  const api = createFakeKimApi();
  api.data.tracking.push(trackingInformationRefused);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kim-aspiration-status') as KimAspirationStatus;
  el.setAttribute('tracking-code', trackingInformationRefused.trackingCode);
  el.client = clientOf(api);
  wrapper.append(el);
  await waitFor(el, '[part~="result"]');
  return el;
}

const text = (el: Element, selector: string) => one(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<kim-aspiration-status> information requests', () => {
  it('shows the register number, the extension, and the refusal with its legal ground', async () => {
    const el = await status('id');
    expect(text(el, '[part~="register-number"]')).to.equal('PPID/1971/2026/000123');
    expect(text(el, '#ir-heading')).to.equal('Permohonan informasi publik');
    expect(text(el, '[part~="ground"]')).to.equal('Pasal 17 huruf h: mengungkap rahasia pribadi');
    expect(text(el, '[part~="refusal"]')).to.equal('Memuat data pribadi penerima.');
    expect(one(el, '[part~="extension"] time')?.getAttribute('datetime')).to.equal('2026-11-25T16:59:59.000Z');
    expect(one(el, '[part~="objection-until"] time')?.getAttribute('datetime')).to.equal('2027-01-05T16:59:59.000Z');
    await expect(el).to.be.accessible();
  });

  it('words the legal ground in English for an English page', async () => {
    const el = await status('en');
    expect(text(el, '[part~="ground"]')).to.equal('Art. 17(h): would reveal personal secrets');
    expect(text(el, '#ir-heading')).to.equal('Request for public information');
    await expect(el).to.be.accessible();
  });
});
