import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/webhook-admin.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import {
  createFakeWebhooksApi,
  type FakeWebhooksApi,
  WEBHOOK_OPERATOR_ME,
  WEBHOOK_PASSWORD,
} from '../test-fixtures/fake-webhooks-api.js';
import type { KimWebhookAdmin } from './webhook-admin.js';

async function mount(
  options: { operator?: boolean; lang?: string; width?: string; prepare?: (api: FakeWebhooksApi) => void } = {},
) {
  const api = createFakeWebhooksApi();
  options.prepare?.(api);
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  await session.signIn({
    email: options.operator ? WEBHOOK_OPERATOR_ME.email : DINAS_ME.email,
    password: WEBHOOK_PASSWORD,
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '960px'}`}>
    <kim-webhook-admin .session=${session} lang=${options.lang ?? 'id'}></kim-webhook-admin>
  </div>`);
  const el = wrapper.querySelector('kim-webhook-admin') as KimWebhookAdmin;
  await settle(el);
  return { el, api, session };
}

async function settle(el: KimWebhookAdmin) {
  await el.updateComplete;
  await waitUntil(() => !one(el, '[aria-busy="true"]') && !one(el, '[part~="loading"]'), 'still busy', {
    timeout: 4000,
  });
  await el.updateComplete;
}

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const row = (el: KimWebhookAdmin, id: string) => one(el, `tr[data-hook="${id}"]`)!;
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;
const hookCalls = (api: FakeWebhooksApi) =>
  api.requests.filter((r) => new URL(r.url).pathname.startsWith('/v1/admin/webhooks'));
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function type(el: KimWebhookAdmin, id: string, value: string) {
  const input = one<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<kim-webhook-admin>', () => {
  it('lists subscriptions with region, events in words and status; axe-clean', async () => {
    const { el } = await mount();
    expect(text(one(el, 'h1'))).to.equal('Integrasi (webhook)');
    expect(text(row(el, 'whk_lapor')))
      .to.contain('https://lapor.pangkalpinangkota.go.id/kim-hook')
      .and.contain('Aspirasi masuk, Status berubah')
      .and.contain('Aktif');
    expect(text(row(el, 'whk_wa'))).to.contain('Nonaktif');
    expect(button(row(el, 'whk_wa'), 'Aktifkan')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says the section is not for an operator, and asks nothing of the API', async () => {
    const { el, api } = await mount({ operator: true });
    expect(one(el, '[part~="subscriptions"]')).to.equal(null);
    expect(text(el.shadowRoot)).to.contain('Integrasi (webhook)');
    expect(hookCalls(api)).to.have.length(0);
  });

  it('creates a subscription and shows the secret once with a copy button; refuses http to another host', async () => {
    const { el, api } = await mount();
    button(el.shadowRoot!, 'Tambah langganan').click();
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('panel-title');
    expect(one<HTMLInputElement>(el, '#regionCode')!.value).to.equal('19.71');
    await type(el, 'url', 'http://lapor.example.go.id/hook');
    button(el.shadowRoot!, 'Buat langganan').click();
    await waitUntil(() => one(el, '#error-summary'));
    expect(text(one(el, '#error-summary'))).to.contain('Alamat penerima (URL)');
    expect(hookCalls(api).filter((r) => r.method === 'POST')).to.have.length(0);
    await type(el, 'url', 'https://lapor.example.go.id/hook');
    button(el.shadowRoot!, 'Buat langganan').click();
    await waitUntil(() => one(el, '[part~="secret-panel"]'));
    const secret = one<HTMLInputElement>(el, '[part~="secret"]')!;
    expect(secret.value).to.match(/^whsec_/);
    expect(text(one(el, '[part~="secret-warning"]'))).to.contain('hanya ditampilkan sekali');
    expect(button(el.shadowRoot!, 'Salin rahasia')).to.exist;
    const post = hookCalls(api).find((r) => r.method === 'POST')!;
    expect(await post.json()).to.deep.include({
      url: 'https://lapor.example.go.id/hook',
      regionCode: '19.71',
      events: ['aspiration.received', 'aspiration.status'],
    });
    await expect(el).to.be.accessible();
    button(el.shadowRoot!, 'Selesai').click();
    await el.updateComplete;
    expect(one(el, '[part~="secret"]')).to.equal(null);
    expect(text(el.shadowRoot)).not.to.contain(secret.value);
    expect(all(el, 'tr[data-hook]')).to.have.length(3);
  });

  it('edits with If-Match and shows the newer version after a 412', async () => {
    const { el, api } = await mount();
    button(row(el, 'whk_lapor'), 'Ubah').click();
    await el.updateComplete;
    api.hooks[0] = { ...api.hooks[0]!, description: 'Diubah orang lain', version: 2 };
    await type(el, 'description', 'Jembatan baru');
    button(el.shadowRoot!, 'Simpan').click();
    await waitUntil(() => one(el, '#error-summary'));
    expect(text(one(el, '#error-summary'))).to.contain('diubah orang lain');
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).to.equal('"1"');
    button(el.shadowRoot!, 'Simpan').click();
    await waitUntil(() => !one(el, '[part~="hook-form"]'));
    expect(api.hooks[0]).to.deep.include({ description: 'Jembatan baru', version: 3 });
  });

  it('disables and enables a subscription from its row', async () => {
    const { el, api } = await mount();
    button(row(el, 'whk_lapor'), 'Nonaktifkan').click();
    await waitUntil(() => api.hooks[0]!.active === false && button(row(el, 'whk_lapor'), 'Aktifkan'));
    expect(text(row(el, 'whk_lapor').querySelector('.badge'))).to.equal('Nonaktif');
    button(row(el, 'whk_lapor'), 'Aktifkan').click();
    await waitUntil(() => api.hooks[0]!.active);
  });

  it('rotates the secret after confirming, and shows the new one once', async () => {
    const { el } = await mount();
    button(row(el, 'whk_lapor'), 'Ganti rahasia').click();
    await el.updateComplete;
    const dialog = one<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(text(dialog)).to.contain('Rahasia lama langsung tidak berlaku');
    button(dialog, 'Ya, lanjutkan').click();
    await waitUntil(() => one(el, '[part~="secret-panel"]'));
    expect(one<HTMLInputElement>(el, '[part~="secret"]')!.value).to.match(/^whsec_r/);
  });

  it('deletes after confirming; Escape cancels and focus returns to the button', async () => {
    const { el, api } = await mount();
    const remove = button(row(el, 'whk_wa'), 'Hapus');
    remove.focus();
    remove.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !one(el, 'dialog'));
    expect(deepActive()).to.equal(remove);
    remove.click();
    await el.updateComplete;
    button(one(el, 'dialog')!, 'Ya, lanjutkan').click();
    await waitUntil(() => !one(el, 'tr[data-hook="whk_wa"]'));
    expect(api.hooks.map((h) => h.id)).to.deep.equal(['whk_lapor']);
  });

  it('shows the delivery log with status, response code and attempt, and replays a delivery', async () => {
    const { el, api } = await mount();
    button(row(el, 'whk_lapor'), 'Log pengiriman').click();
    await waitUntil(() => one(el, '[part~="deliveries"]'));
    const rows = all(el, '[part~="deliveries"] tbody tr');
    expect(rows).to.have.length(3);
    expect(text(rows[0])).to.contain('Tanpa jawaban').and.contain('Menunggu ulang').and.contain('Status berubah');
    expect(text(rows[1])).to.contain('502');
    expect(text(rows[2])).to.contain('200').and.contain('Terkirim');
    await expect(el).to.be.accessible();
    button(rows[2]!, 'Kirim ulang').click();
    await waitUntil(() => api.replayed.length === 1);
    expect(api.replayed).to.deep.equal(['out_1']);
    await waitUntil(() => text(one(el, '[role="status"]')) === 'Pengiriman dijadwalkan ulang.');
  });

  it('explains why a paused subscription cannot replay', async () => {
    const { el } = await mount({
      prepare: (api) => api.deliveries.set('whk_wa', [{ ...api.deliveries.get('whk_lapor')![2]! }]),
    });
    button(row(el, 'whk_wa'), 'Log pengiriman').click();
    await waitUntil(() => one(el, '[part~="deliveries"]'));
    button(one(el, '[part~="deliveries"]')!, 'Kirim ulang').click();
    await waitUntil(() => one(el, '#error-summary'));
    expect(text(one(el, '#error-summary'))).to.not.equal('');
  });

  it('shows a load error with retry', async () => {
    const { el, api } = await mount({ prepare: (a) => (a.failReads = true) });
    expect(one(el, '[part~="subscriptions"]')).to.equal(null);
    api.failReads = false;
    button(el.shadowRoot!, 'Coba lagi').click();
    await waitUntil(() => one(el, '[part~="subscriptions"]'));
  });

  it('speaks English', async () => {
    const { el } = await mount({ lang: 'en' });
    expect(text(one(el, 'h1'))).to.equal('Integrations (webhooks)');
    expect(text(row(el, 'whk_lapor')))
      .to.contain('Aspiration received, Status changed')
      .and.contain('Active');
  });

  it('fits 320 px without sideways scrolling, and keeps its borders in forced colours', async () => {
    const { el } = await mount({ width: '320px' });
    expect(overflowing(el)).to.deep.equal([]);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await expect(el).to.be.accessible();
      button(el.shadowRoot!, 'Tambah langganan').click();
      await el.updateComplete;
      expect(getComputedStyle(one(el, '.panel')!).borderStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
