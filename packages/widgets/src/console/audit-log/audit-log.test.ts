import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/audit-log.js';
import { KimSession } from '../shared/session.js';
import {
  ADMIN_ME,
  ADMIN_PASSWORD,
  createFakeAccountsApi,
  DINAS_MANAGER_ME,
  DINAS_PASSWORD,
  type FakeAccountsApi,
  OPERATOR_ME,
  OPERATOR_PASSWORD,
} from '../test-fixtures/fake-accounts-api.js';
import { FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import type { KimAuditLog } from './audit-log.js';

const PEOPLE = {
  admin: [ADMIN_ME.email, ADMIN_PASSWORD],
  dinas: [DINAS_MANAGER_ME.email, DINAS_PASSWORD],
  operator: [OPERATOR_ME.email, OPERATOR_PASSWORD],
} as const;

async function mount(
  options: { who?: keyof typeof PEOPLE; lang?: string; width?: string; prepare?: (api: FakeAccountsApi) => void } = {},
) {
  const api = createFakeAccountsApi();
  options.prepare?.(api);
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  const [email, password] = PEOPLE[options.who ?? 'admin'];
  await session.signIn({ email, password });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '960px'}`}>
    <kim-audit-log .session=${session} lang=${options.lang ?? 'id'}></kim-audit-log>
  </div>`);
  const el = wrapper.querySelector('kim-audit-log') as KimAuditLog;
  await settle(el);
  return { el, api, session };
}

async function settle(el: KimAuditLog) {
  await el.updateComplete;
  await waitUntil(() => !one(el, '[aria-busy="true"]') && !one(el, '[part~="loading"]'), 'still busy', {
    timeout: 4000,
  });
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entries = (el: KimAuditLog) => all(el, '[part~="entry"]');
const lastQuery = (api: FakeAccountsApi) =>
  new URL(api.requests.findLast((r) => r.url.includes('/v1/admin/audit'))!.url).searchParams;

async function choose(el: KimAuditLog, id: string, value: string) {
  await waitUntil(() => one(el, `#${id} option[value="${value}"]`), `no option ${value} in #${id}`);
  const select = one<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function apply(el: KimAuditLog) {
  one<HTMLButtonElement>(el, '[part~="filters"] button[type="submit"]')!.click();
  await settle(el);
}

describe('<kim-audit-log>', () => {
  it('lists entries newest first: time with its zone, actor, the action in words, the record', async () => {
    const { el } = await mount();
    const first = entries(el)[0]!;
    expect(text(first))
      .to.contain('Rina Marlina')
      .and.contain('Menerbitkan berita')
      .and.contain('Berita: Kerja bakti di Bacang');
    expect(text(first.querySelector('time'))).to.match(/WIB$/);
    const texts = entries(el).map(text);
    expect(texts.some((t) => t.includes('Publik (warga)') && t.includes('Mengirim aspirasi'))).to.equal(true);
    expect(texts.some((t) => t.includes('Sistem (terjadwal)'))).to.equal(true);
    expect(texts.some((t) => t.includes('Rina Marlina (melalui token API)'))).to.equal(true);
    expect(texts.some((t) => t.includes('Menerima undangan'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the details by keyboard: action code, changed field names, request id, address', async () => {
    const { el } = await mount();
    const summary = entries(el)[0]!.querySelector<HTMLElement>('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const details = entries(el)[0]!.querySelector('details')!;
    expect(details.open).to.equal(true);
    expect(text(details))
      .to.contain('news.publish')
      .and.contain('status')
      .and.contain('req_9')
      .and.contain('203.0.113.7');
    await expect(el).to.be.accessible();
  });

  it('filters by actor, action, record type and whole days in the zone of the person', async () => {
    const { el, api } = await mount();
    await choose(el, 'actor', OPERATOR_ME.id);
    await apply(el);
    expect(lastQuery(api).get('actor')).to.equal(OPERATOR_ME.id);
    expect(
      entries(el)
        .map(text)
        .every((t) => t.includes('Budi Santoso')),
    ).to.equal(true);
    expect(one(el, '[role="status"]')!.textContent).to.equal('3 catatan dimuat.');

    await choose(el, 'actor', '');
    await choose(el, 'action', 'user.invite');
    await apply(el);
    expect(entries(el)).to.have.length(1);
    expect(text(entries(el)[0])).to.contain('Mengundang pengguna');

    await choose(el, 'action', '');
    await choose(el, 'targetType', 'aspiration');
    const from = one<HTMLInputElement>(el, '#from')!;
    from.value = '2026-11-30';
    from.dispatchEvent(new Event('input'));
    const to = one<HTMLInputElement>(el, '#to')!;
    to.value = '2026-11-30';
    to.dispatchEvent(new Event('input'));
    await apply(el);
    const query = lastQuery(api);
    expect(query.get('targetType')).to.equal('aspiration');
    expect(query.get('from')).to.equal('2026-11-30T00:00:00+07:00');
    expect(query.get('to')).to.equal('2026-12-01T00:00:00+07:00');
    expect(
      entries(el)
        .map(text)
        .every((t) => t.includes('Aspirasi')),
    ).to.equal(true);
    expect(one(el, '#date-hint')!.textContent).to.contain('WIB');

    one<HTMLButtonElement>(el, '[part~="filters"] button[type="button"]')!.click();
    await settle(el);
    expect(entries(el).length).to.be.greaterThan(5);
  });

  it('refuses an end date before the start date, before asking the server', async () => {
    const { el, api } = await mount();
    const count = api.requests.length;
    const from = one<HTMLInputElement>(el, '#from')!;
    from.value = '2026-11-30';
    from.dispatchEvent(new Event('input'));
    const to = one<HTMLInputElement>(el, '#to')!;
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('input'));
    one<HTMLButtonElement>(el, '[part~="filters"] button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text(one(el, '[part~="error-summary"]'))).to.contain('Tanggal akhir tidak boleh sebelum tanggal awal');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect(one(el, '#to')!.getAttribute('aria-invalid')).to.equal('true');
    expect(api.requests.length).to.equal(count);
    await expect(el).to.be.accessible();
  });

  it('loads more pages on request and says how many are loaded', async () => {
    const { el } = await mount({ prepare: (api) => (api.pageSize = 4) });
    expect(entries(el)).to.have.length(4);
    one<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await settle(el);
    expect(entries(el)).to.have.length(8);
    one<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await settle(el);
    expect(entries(el)).to.have.length(9);
    expect(one(el, '[part~="more-button"]')).to.equal(null);
    expect(one(el, '[role="status"]')!.textContent).to.equal('9 catatan dimuat.');
  });

  it('shows the empty state, the error with a retry, and English', async () => {
    const { el, api } = await mount({ prepare: (a) => (a.audit = []) });
    expect(text(one(el, '[part~="empty"]'))).to.equal('Tidak ada catatan yang sesuai.');
    await expect(el).to.be.accessible();
    const failing = await mount({
      lang: 'en',
      prepare: (a) => (a.fail = { path: /\/v1\/admin\/audit$/, status: 500 }),
    });
    expect(text(one(failing.el, '[part~="error"]'))).to.contain('Try again');
    await expect(failing.el).to.be.accessible();
    failing.api.fail = undefined;
    one<HTMLButtonElement>(failing.el, '[part~="retry-button"]')!.click();
    await settle(failing.el);
    expect(text(entries(failing.el)[0])).to.contain('Published an article');
    expect(api.requests.length).to.be.greaterThan(0);
  });

  it('says so to a person whose role does not read the log, and asks the server nothing', async () => {
    const { el, api } = await mount({ who: 'operator' });
    expect(text(one(el, '[part~="forbidden"]'))).to.contain('Peran Anda tidak mengizinkan');
    expect(api.requests.some((r) => r.url.includes('/v1/admin/audit'))).to.equal(false);
  });

  it('has no actor filter for an official who cannot list people, shows the zone of the region', async () => {
    const { el } = await mount({ who: 'dinas' });
    expect(entries(el).length).to.be.greaterThan(0);
    expect(text(entries(el)[0]!.querySelector('time'))).to.match(/WIB$/);
  });

  it('fits 320 px with the details open, and keeps the error outlined in forced colours', async () => {
    const { el } = await mount({ width: '320px' });
    for (const d of all<HTMLDetailsElement>(el, 'details')) d.open = true;
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    const from = one<HTMLInputElement>(el, '#from')!;
    from.value = '2026-11-30';
    from.dispatchEvent(new Event('input'));
    const to = one<HTMLInputElement>(el, '#to')!;
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('input'));
    one<HTMLButtonElement>(el, '[part~="filters"] button[type="submit"]')!.click();
    await el.updateComplete;
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(getComputedStyle(one(el, '[part~="error-summary"]')!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
