import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/account-admin.js';
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
import type { KimAccountAdmin } from './account-admin.js';

type Who = 'admin' | 'dinas' | 'operator';
const PEOPLE = {
  admin: [ADMIN_ME.email, ADMIN_PASSWORD],
  dinas: [DINAS_MANAGER_ME.email, DINAS_PASSWORD],
  operator: [OPERATOR_ME.email, OPERATOR_PASSWORD],
} as const;

async function mount(
  options: { who?: Who; lang?: string; width?: string; prepare?: (api: FakeAccountsApi) => void } = {},
) {
  const api = createFakeAccountsApi();
  options.prepare?.(api);
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  const [email, password] = PEOPLE[options.who ?? 'admin'];
  await session.signIn({ email, password });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '960px'}`}>
    <kim-account-admin .session=${session} lang=${options.lang ?? 'id'}></kim-account-admin>
  </div>`);
  const el = wrapper.querySelector('kim-account-admin') as KimAccountAdmin;
  await settle(el);
  return { el, api, session };
}

/** Waits until nothing in the element is busy. */
async function settle(el: KimAccountAdmin) {
  await el.updateComplete;
  await waitUntil(() => !one(el, '[aria-busy="true"]') && !one(el, '[part~="loading"]'), 'still busy', {
    timeout: 4000,
  });
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const row = (el: KimAccountAdmin, email: string) =>
  all(el, '[part~="people-table"] tbody tr').find((tr) => tr.textContent?.includes(email));
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

async function choose(el: KimAccountAdmin, id: string, value: string) {
  await waitUntil(() => one<HTMLSelectElement>(el, `#${id}`)?.querySelector(`option[value="${value}"]`), `no ${value}`);
  const select = one<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function type(el: KimAccountAdmin, id: string, value: string) {
  const input = one<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

describe('<kim-account-admin>', () => {
  it('lists people with role and scope in words, status and last sign-in with its zone; no actions on oneself', async () => {
    const { el } = await mount();
    const rina = row(el, DINAS_MANAGER_ME.email)!;
    expect(text(rina)).to.contain('Petugas Dinas, Kota Pangkal Pinang').and.contain('Aktif').and.match(/WIB/);
    expect(text(row(el, 'sari@kim-semabung.id')))
      .to.contain('Operator KIM, KIM Semabung Lama Bersinar')
      .and.contain('Diundang');
    expect(text(row(el, OPERATOR_ME.email))).to.contain('Belum pernah');
    const self = row(el, ADMIN_ME.email)!;
    expect(text(self)).to.contain('(Anda)');
    expect(self.querySelectorAll('button')).to.have.length(0);
    expect(text(row(el, 'sari@kim-semabung.id'))).to.contain('Kirim ulang undangan');
    await expect(el).to.be.accessible();
  });

  it('invites by keyboard: checks the fields, shows the link once with copy and its WIB expiry, then returns focus', async () => {
    const { el, api } = await mount();
    const invite = one<HTMLButtonElement>(el, '[part~="invite-button"]')!;
    invite.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-title');
    one<HTMLButtonElement>(el, '[part~="person-form"] [part~="submit"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect(text(one(el, '[part~="error-summary"]')))
      .to.contain('Alamat email')
      .and.contain('Peran');
    expect(one(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await type(el, 'email', 'operator.baru@kim-bacang.id');
    await type(el, 'name', 'Andi Pratama');
    await choose(el, 'role', 'kim');
    await choose(el, 'group', 'grp_0002');
    one<HTMLButtonElement>(el, '[part~="person-form"] [part~="submit"]')!.click();
    await waitUntil(() => one(el, '[part~="invitation-link"]'), 'no link');
    await el.updateComplete;
    const link = one<HTMLInputElement>(el, '[part~="secret"]')!;
    expect(link.value).to.match(/\/console\/#\/undangan\/kimi_/);
    expect(link.readOnly).to.equal(true);
    expect(text(one(el, '[part~="invitation-link"]'))).to.contain('hanya ditampilkan sekali');
    expect(text(one(el, '[part~="expires"]'))).to.match(/^Berlaku sampai .+ WIB\.$/);
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-title');
    expect(text(row(el, 'operator.baru@kim-bacang.id'))).to.contain('Diundang');
    const sent = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/admin/users'))!;
    expect(await sent.json()).to.deep.equal({
      email: 'operator.baru@kim-bacang.id',
      name: 'Andi Pratama',
      memberships: [{ role: 'kim', groupId: 'grp_0002' }],
    });
    await expect(el).to.be.accessible();

    button(el.shadowRoot!, 'Selesai').click();
    await el.updateComplete;
    expect(one(el, '[part~="secret"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(invite);
  });

  it('copies the link, or says to copy by hand where the clipboard is refused', async () => {
    const { el } = await mount();
    button(el.shadowRoot!, 'Kirim ulang undangan').click();
    await waitUntil(() => one(el, '[part~="copy-button"]'));
    one<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
    await waitUntil(() => text(one(el, '[part~="copy-note"]')) !== '');
    expect(text(one(el, '[part~="copy-note"]'))).to.match(/Tersalin|salin secara manual/);
  });

  it('appoints a Dinas official for a city; refuses an email that exists, keeping what was typed', async () => {
    const { el, api } = await mount();
    one<HTMLButtonElement>(el, '[part~="invite-button"]')!.click();
    await el.updateComplete;
    await type(el, 'email', DINAS_MANAGER_ME.email);
    await type(el, 'name', 'Rina Lagi');
    await choose(el, 'role', 'dinas');
    await choose(el, 'province', '19');
    await waitUntil(() => one(el, '#regency option[value="19.71"]'));
    const regencies = [...one<HTMLSelectElement>(el, '#regency')!.options].map((o) => o.textContent?.trim());
    expect(regencies).to.include('Seluruh provinsi').and.include('Kota Pangkal Pinang');
    await choose(el, 'regency', '19.71');
    one<HTMLButtonElement>(el, '[part~="person-form"] [part~="submit"]')!.click();
    await waitUntil(() => one(el, '[part~="error-summary"]'));
    expect(text(one(el, '[part~="error-summary"]'))).to.contain('Sudah ada akun dengan email ini');
    expect(one<HTMLInputElement>(el, '#name')!.value).to.equal('Rina Lagi');
    expect(one<HTMLSelectElement>(el, '#regency')!.value).to.equal('19.71');
    const sent = api.requests.findLast((r) => r.method === 'POST' && r.url.endsWith('/v1/admin/users'))!;
    expect((await sent.json()).memberships).to.deep.equal([{ role: 'dinas', regionCode: '19.71' }]);
  });

  it('disables after confirmation, enables again, and keeps the row as it was on cancel', async () => {
    const { el, api } = await mount();
    const disable = () => row(el, OPERATOR_ME.email)!.querySelector<HTMLButtonElement>('[part~="disable-button"]')!;
    disable().click();
    await el.updateComplete;
    const dialog = one<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(text(dialog)).to.contain('Nonaktifkan akun Budi Santoso?').and.contain('sesi dan token API');
    await expect(el).to.be.accessible();
    button(dialog, 'Batal').click();
    await el.updateComplete;
    expect(one(el, 'dialog')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(disable());
    expect(api.requests.some((r) => r.method === 'PATCH')).to.equal(false);

    disable().click();
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !one(el, 'dialog'));
    expect(text(row(el, OPERATOR_ME.email))).to.contain('Nonaktif');
    expect(text(one(el, '[role="status"]'))).to.equal('Akun Budi Santoso dinonaktifkan.');
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).to.equal('"1"');
    expect(await patch.json()).to.deep.equal({ status: 'disabled' });

    row(el, OPERATOR_ME.email)!.querySelector<HTMLButtonElement>('[part~="enable-button"]')!.click();
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !one(el, 'dialog'));
    expect(text(row(el, OPERATOR_ME.email))).to.contain('Aktif');
  });

  it('says when someone else changed the person first (412), with the current version loaded', async () => {
    const { el, api } = await mount();
    api.users = api.users.map((u) => (u.id === OPERATOR_ME.id ? { ...u, name: 'Budi S.', version: 2 } : u));
    row(el, OPERATOR_ME.email)!.querySelector<HTMLButtonElement>('[part~="disable-button"]')!.click();
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => one(el, 'dialog [part~="error-summary"]'));
    expect(text(one(el, 'dialog [part~="error-summary"]'))).to.contain('baru saja diubah orang lain');
    expect(text(row(el, OPERATOR_ME.email))).to.contain('Budi S.');
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !one(el, 'dialog'));
    expect(text(row(el, OPERATOR_ME.email))).to.contain('Nonaktif');
  });

  it('changes a role and scope', async () => {
    const { el, api } = await mount();
    row(el, OPERATOR_ME.email)!.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(text(one(el, '#panel-title'))).to.equal('Ubah peran Budi Santoso');
    await choose(el, 'group', 'grp_0003');
    one<HTMLButtonElement>(el, '[part~="person-form"] [part~="submit"]')!.click();
    await waitUntil(() => !one(el, '[part~="person-form"]'));
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).to.deep.equal({
      name: 'Budi Santoso',
      memberships: [{ role: 'kim', groupId: 'grp_0003' }],
    });
    expect(text(row(el, OPERATOR_ME.email))).to.not.contain('KIM Bacang');
  });

  it('issues a token whose secret is shown once with a warning, lists it, and revokes it after confirmation', async () => {
    const { el, api } = await mount();
    one<HTMLButtonElement>(el, '[part~="token-button"]')!.click();
    await el.updateComplete;
    await type(el, 'tokenName', 'Skrip laporan bulanan');
    await type(el, 'tokenDays', '400');
    one<HTMLButtonElement>(el, '[part~="token-form"] [part~="submit"]')!.click();
    await el.updateComplete;
    expect(text(one(el, '#tokenDays-error'))).to.contain('Antara 1 dan 365 hari');
    await type(el, 'tokenDays', '30');
    one<HTMLButtonElement>(el, '[part~="token-form"] [part~="submit"]')!.click();
    await waitUntil(() => one(el, '[part~="token-secret"]'));
    await el.updateComplete;
    expect(one<HTMLInputElement>(el, '[part~="secret"]')!.value).to.match(/^kimp_/);
    expect(text(one(el, '[part~="secret-warning"]'))).to.contain('hanya ditampilkan sekali');
    const created = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/auth/tokens'))!;
    expect(await created.json()).to.deep.equal({
      name: 'Skrip laporan bulanan',
      membership: { role: 'admin' },
      expiresInDays: 30,
    });
    await expect(el).to.be.accessible();
    button(el.shadowRoot!, 'Selesai').click();
    await el.updateComplete;
    expect(one(el, '[part~="secret"]')).to.equal(null);
    const own = one(el, '[part~="own-tokens"]')!;
    expect(text(own)).to.contain('Skrip laporan bulanan').and.contain('kimp_');
    own.querySelector<HTMLButtonElement>('[part~="revoke-button"]')!.click();
    await el.updateComplete;
    expect(text(one(el, 'dialog'))).to.contain('Cabut token Skrip laporan bulanan?');
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !one(el, 'dialog'));
    expect(one(el, '[part~="own-tokens"]')).to.equal(null);
    expect(text(one(el, '[part~="tokens-empty"]'))).to.contain('Belum ada token aktif');
    expect(api.requests.some((r) => r.method === 'DELETE' && /\/v1\/auth\/tokens\/tok_/.test(r.url))).to.equal(true);
  });

  it("lists everyone's tokens in scope for those who manage people, and revokes through the admin route", async () => {
    const { el, api } = await mount({ who: 'dinas' });
    const allTokens = one(el, '[part~="all-tokens"]')!;
    expect(text(allTokens)).to.contain('Portal Kota Pangkal Pinang').and.contain('Rina Marlina');
    allTokens.querySelector<HTMLButtonElement>('[part~="revoke-button"]')!.click();
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !one(el, 'dialog'));
    expect(api.requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/v1/admin/tokens/tok_1'))).to.equal(true);
    expect(text(one(el, '[part~="all-tokens"]'))).to.contain('Berakhir');
  });

  it('offers a Dinas official only their own region and never the admin role', async () => {
    const { el } = await mount({ who: 'dinas' });
    one<HTMLButtonElement>(el, '[part~="invite-button"]')!.click();
    await el.updateComplete;
    const roles = [...one<HTMLSelectElement>(el, '#role')!.options].map((o) => o.value);
    expect(roles).to.deep.equal(['', 'dinas', 'kim']);
    await choose(el, 'role', 'dinas');
    await waitUntil(() => one<HTMLSelectElement>(el, '#regency')?.querySelector('option[value="19.71"]'));
    expect([...one<HTMLSelectElement>(el, '#province')!.options].map((o) => o.value)).to.deep.equal(['', '19']);
    expect([...one<HTMLSelectElement>(el, '#regency')!.options].map((o) => o.value)).to.deep.equal(['', '19.71']);
  });

  it('shows an operator only their own tokens, no people', async () => {
    const { el } = await mount({ who: 'operator' });
    expect(one(el, '[part~="people"]')).to.equal(null);
    expect(one(el, '[part~="all-tokens"]')).to.equal(null);
    expect(text(one(el, '[part~="tokens"]'))).to.contain('Token saya');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that works, and is busy while loading', async () => {
    const { el, api } = await mount({ prepare: (a) => (a.fail = { path: /\/v1\/admin\/users$/, status: 500 }) });
    const error = one(el, '[part~="people"] [part~="error"]')!;
    expect(text(error)).to.contain('Coba lagi');
    await expect(el).to.be.accessible();
    api.fail = undefined;
    api.hang = /\/v1\/admin\/users$/;
    error.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(one(el, '[part~="people"] [aria-busy="true"]')).to.exist;
    api.hang = undefined;
    one<HTMLButtonElement>(el, '[part~="people"] button[type="submit"]')!.click();
    await settle(el);
    expect(row(el, OPERATOR_ME.email)).to.exist;
  });

  it('keeps what was typed in the invitation when the session expires', async () => {
    const { el, api, session } = await mount();
    one<HTMLButtonElement>(el, '[part~="invite-button"]')!.click();
    await el.updateComplete;
    await type(el, 'email', 'belum.terkirim@kim-bacang.id');
    api.endAllSessions();
    await session.refresh();
    await el.updateComplete;
    expect(session.state).to.equal('expired');
    expect(one<HTMLInputElement>(el, '#email')!.value).to.equal('belum.terkirim@kim-bacang.id');
    expect(one(el, '[part~="people-table"]')).to.exist;
  });

  it('says why a new link could not be made (a disabled account)', async () => {
    const { el, api } = await mount();
    api.fail = { path: /\/invitation$/, status: 403 };
    button(el.shadowRoot!, 'Kirim ulang undangan').click();
    await waitUntil(() => one(el, '[part~="action-error"]'));
    expect(text(one(el, '[part~="action-error"]'))).to.equal('Peran Anda tidak mengizinkan tindakan ini.');
    expect(one(el, '[part~="invitation-link"]')).to.equal(null);
  });

  it('speaks English', async () => {
    const { el } = await mount({ lang: 'en' });
    expect(text(one(el, 'h1'))).to.equal('Accounts and tokens');
    expect(text(row(el, DINAS_MANAGER_ME.email))).to.contain('Dinas official, Kota Pangkal Pinang');
  });

  it('fits 320 px as stacked cards, with the invitation link open', async () => {
    const { el } = await mount({ width: '320px' });
    expect(overflowing(el)).to.deep.equal([]);
    button(el.shadowRoot!, 'Kirim ulang undangan').click();
    await waitUntil(() => one(el, '[part~="invitation-link"]'));
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('keeps badges and the secret panel outlined in forced colours', async () => {
    const { el } = await mount();
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(getComputedStyle(one(el, '.badge')!).borderTopStyle).to.equal('solid');
      button(el.shadowRoot!, 'Kirim ulang undangan').click();
      await waitUntil(() => one(el, '[part~="invitation-link"]'));
      expect(getComputedStyle(one(el, '[part~="invitation-link"]')!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
