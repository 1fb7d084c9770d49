import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/sign-in.js';
import { KimSession } from '../shared/session.js';
import {
  createFakeAuthApi,
  DINAS_ME,
  FAKE_CONSOLE_BASE,
  type FakeAuthApi,
  INVITATION_SECRET,
} from '../test-fixtures/fake-auth-api.js';
import type { KimSignIn } from './sign-in.js';

const PASSWORD = 'kalimat sandi yang panjang';

async function mount(
  options: { invitation?: string; lang?: string; width?: string; preview?: Record<string, unknown> } = {},
) {
  const api = createFakeAuthApi();
  // An invitation other than the fake's own: its preview answered here, everything else by the fake.
  const fetch = async (request: Request) =>
    options.preview && new URL(request.url).pathname === '/v1/auth/invitations/preview'
      ? new Response(JSON.stringify(options.preview), {
          headers: { 'content-type': 'application/json', 'kim-api-version': '1' },
        })
      : api.fetch(request);
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch, storage: null });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '480px'}`}>
    <kim-sign-in .session=${session} lang=${options.lang ?? 'id'} invitation=${options.invitation ?? ''}></kim-sign-in>
  </div>`);
  const el = wrapper.querySelector('kim-sign-in') as KimSignIn;
  if (!options.invitation) el.invitation = undefined;
  await el.updateComplete;
  return { el, api, session, wrapper };
}

async function type(el: KimSignIn, field: string, value: string) {
  const input = one<HTMLInputElement>(el, `#${field}`)!;
  input.focus();
  input.value = '';
  await sendKeys({ type: value });
}

async function submit(el: KimSignIn) {
  one<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  await waitUntil(() => one(el, 'form')?.getAttribute('aria-busy') !== 'true' || !one(el, 'form'));
  await el.updateComplete;
}

const summaryText = (el: KimSignIn) => one(el, '[part~="error-summary"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<kim-sign-in>', () => {
  it('signs in by keyboard alone, fires kim-signed-in, then shows the person and signs out', async () => {
    const { el, session } = await mount();
    await expect(el).to.be.accessible();
    const signedIn = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('kim-signed-in', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await type(el, 'email', DINAS_ME.email);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.me.name).to.equal('Rina Marlina');
    await el.updateComplete;
    expect(one(el, '[part~="signed-in"]')!.textContent).to.contain('Rina Marlina');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="sign-out"]')!.click();
    await waitUntil(() => session.state === 'signed-out');
    await el.updateComplete;
    expect(one(el, 'form')).to.exist;
    expect(one(el, '[role="status"]')!.textContent).to.equal('Anda telah keluar.');
  });

  it('says the same for an unknown email and a wrong password, keeps what was typed, and is accessible', async () => {
    const { el } = await mount();
    await type(el, 'email', 'tidakada@pangkalpinangkota.go.id');
    await type(el, 'password', PASSWORD);
    await submit(el);
    const unknown = summaryText(el);
    await type(el, 'email', DINAS_ME.email);
    await type(el, 'password', 'kata sandi yang salah');
    await submit(el);
    expect(summaryText(el)).to.equal(unknown);
    expect(unknown).to.contain('Alamat email atau kata sandi tidak cocok.');
    expect(one<HTMLInputElement>(el, '#email')!.value).to.equal(DINAS_ME.email);
    expect(el.shadowRoot!.activeElement?.id).to.equal('summary');
    await expect(el).to.be.accessible();
  });

  it('shows the throttle with its wait, in English too', async () => {
    const { el, api } = await mount({ lang: 'en' });
    (api as FakeAuthApi).failures = api.throttleAfter;
    await type(el, 'email', DINAS_ME.email);
    await type(el, 'password', PASSWORD);
    await submit(el);
    expect(summaryText(el)).to.contain('Too many sign-in attempts. Try again in 2 minutes.');
  });

  it('checks empty and malformed fields before sending, with links to each field', async () => {
    const { el, api } = await mount();
    await submit(el);
    expect(api.requests).to.have.length(0);
    expect(one(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(one(el, '#password')!.getAttribute('aria-describedby')).to.equal('password-error');
    await expect(el).to.be.accessible();
    await type(el, 'email', 'bukan-email');
    await submit(el);
    expect(summaryText(el)).to.contain('Masukkan alamat email yang benar');
  });

  it('shows "Sesi Anda telah berakhir" with the email filled in when the server ends the session', async () => {
    const { el, session, api } = await mount();
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await el.updateComplete;
    api.endAllSessions();
    await session.refresh();
    await el.updateComplete;
    expect(one(el, 'h2')!.textContent).to.equal('Sesi Anda telah berakhir');
    expect(one<HTMLInputElement>(el, '#email')!.value).to.equal(DINAS_ME.email);
    await expect(el).to.be.accessible();
  });

  it('accepts an invitation: shows who and which role, the rules, the server field error, then signs in', async () => {
    const { el, session } = await mount({ invitation: INVITATION_SECRET });
    await waitUntil(() => one(el, '[part~="invitation"]'), 'no preview');
    const preview = one(el, '[part~="invitation"]')!.textContent!.replace(/\s+/g, ' ');
    expect(preview)
      .to.contain('Budi Santoso')
      .and.contain('operator@kim-bukitintan.id')
      .and.contain('Operator KIM, KIM Bukit Intan');
    expect(one(el, '#rules')!.textContent).to.contain('panjang 12 sampai 256 karakter');
    await expect(el).to.be.accessible();
    await type(el, 'password', 'pendek');
    await type(el, 'confirm', 'lain');
    await submit(el);
    expect(one(el, '#password-error')!.textContent).to.contain('12');
    expect(one(el, '#confirm-error')!.textContent).to.equal('Kedua kata sandi tidak sama.');
    await type(el, 'password', 'password1234');
    await type(el, 'confirm', 'password1234');
    await submit(el);
    expect(one(el, '#password-error')!.textContent).to.equal('Kata sandi ini terlalu umum.');
    await expect(el).to.be.accessible();
    await type(el, 'password', PASSWORD);
    await type(el, 'confirm', PASSWORD);
    await submit(el);
    await waitUntil(() => session.state === 'signed-in');
    expect(session.me?.name).to.equal('Budi Santoso');
  });

  it("tells the invitation's expiry in the zone of its region: WIB, WITA, WIT, and WIB for a national one", async () => {
    const expiresAt = '2026-12-01T10:00:00.000Z';
    const person = { email: 'baru@kim.test', name: 'Orang Baru', expiresAt };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: 'dinas', region: { code: '73.71', name: 'Kota Makassar' } }, '18.00 WITA', 'id'],
      [
        {
          role: 'kim',
          group: { id: 'grp_9', slug: 'kim-jayapura', name: 'KIM Jayapura', regionCode: '91.71.01.1001' },
        },
        '19.00 WIT',
        'id',
      ],
      [{ role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } }, '17.00 WIB', 'id'],
      [{ role: 'admin' }, '17.00 WIB', 'id'],
      [{ role: 'admin' }, '5:00 PM WIB', 'en'],
    ];
    for (const [membership, shown, lang] of cases) {
      const { el } = await mount({
        invitation: INVITATION_SECRET,
        lang,
        preview: { ...person, memberships: [membership] },
      });
      await waitUntil(() => one(el, '[part~="invitation-expires"]'), 'no expiry shown');
      const expiry = one(el, '[part~="invitation-expires"] time')!;
      expect(expiry.textContent!.replace(/\s+/g, ' '), JSON.stringify(membership)).to.contain(shown);
      expect(expiry.getAttribute('datetime')).to.equal(expiresAt);
    }
  });

  it('says so for a used or expired invitation link', async () => {
    const { el } = await mount({ invitation: 'inv_sudah_dipakai_0000000000000' });
    await waitUntil(() => one(el, '[part~="invitation-invalid"]'));
    expect(one(el, '[role="alert"]')!.textContent).to.contain('sudah digunakan atau kedaluwarsa');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px, with an error and with the invitation', async () => {
    const { el } = await mount({ width: '320px' });
    await submit(el);
    expect(overflowing(el)).to.deep.equal([]);
    const inv = await mount({ width: '320px', invitation: INVITATION_SECRET });
    await waitUntil(() => one(inv.el, '[part~="invitation"]'));
    expect(overflowing(inv.el)).to.deep.equal([]);
  });

  it('keeps fields and the error summary outlined in forced colours', async () => {
    const { el } = await mount();
    await submit(el);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(one(el, '[part~="error-summary"]')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(one(el, '#email')!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
