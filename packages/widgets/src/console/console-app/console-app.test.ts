import type { Me } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { all, emulateMediaFeatures, one, overflowing, waitFor } from '../../test-fixtures/dom.js';
import '../../define/console-app.js';
import { createFakeKimApi, routeFetchTo } from '../../test-fixtures/fake-kim-api.js';
import { KimSession } from '../shared/session.js';
import { signedInSession } from '../test-fixtures/fake-admin-api.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, INVITATION_SECRET } from '../test-fixtures/fake-auth-api.js';
import {
  article,
  aspiration,
  createFakeHomeApi,
  type FakeHomeApi,
  OFFICIAL_ME,
  OPERATOR_HOME_ME,
} from '../test-fixtures/fake-home-api.js';
import { createFakeInboxApi, INBOX_DINAS_ME } from '../test-fixtures/fake-inbox-api.js';
import { createFakeIntakeApi, INTAKE_OPERATOR_ME } from '../test-fixtures/fake-intake-api.js';
import { KimConsole, SECTIONS } from './console-app.js';
import { inSection, routeOf } from './routes.js';

const PASSWORD = 'kalimat sandi yang panjang';

async function mount() {
  const api = createFakeAuthApi();
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 320px"><kim-console .session=${session} lang="id"></kim-console></div>`,
  );
  const el = wrapper.querySelector('kim-console') as KimConsole;
  await el.updateComplete;
  return { el, api, session };
}

describe('<kim-console>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('parses its hash routes', () => {
    expect(routeOf('')).to.deep.equal({ name: 'home' });
    expect(routeOf('#/')).to.deep.equal({ name: 'home' });
    expect(routeOf('#/masuk')).to.deep.equal({ name: 'sign-in' });
    expect(routeOf('#/akun')).to.deep.equal({ name: 'accounts' });
    expect(routeOf('#/audit')).to.deep.equal({ name: 'audit' });
    expect(routeOf('#/integrasi')).to.deep.equal({ name: 'webhooks' });
    expect(routeOf(`#/undangan/${INVITATION_SECRET}`)).to.deep.equal({ name: 'invitation', secret: INVITATION_SECRET });
    expect(routeOf('#/nggak-ada/123')).to.deep.equal({ name: 'unknown', path: '/nggak-ada/123' });
  });

  it('knows which section a hash is in', () => {
    expect(inSection('#/laporan/123', '#/laporan')).to.equal(true);
    expect(inSection('#/laporan', '#/laporan')).to.equal(true);
    expect(inSection('#/laporan-lama', '#/laporan')).to.equal(false);
    expect(inSection('#/', '#/')).to.equal(true);
    expect(inSection('', '#/')).to.equal(true);
    expect(inSection('#/laporan', '#/')).to.equal(false);
    expect(routeOf('#/tinjauan')).to.deep.equal({ name: 'review' });
    expect(routeOf('#/kim')).to.deep.equal({ name: 'groups' });
    expect(routeOf('#/kim/baru')).to.deep.equal({ name: 'group', id: 'baru' });
    expect(routeOf('#/kim/grp_0002/')).to.deep.equal({ name: 'group', id: 'grp_0002' });
    expect(routeOf('#/laporan/123')).to.deep.equal({ name: 'inbox', id: '123' });
    expect(routeOf('#/laporan?status=received')).to.deep.equal({ name: 'inbox' });
  });

  it('without a session shows the sign-in form; signed in, the person, no dead links, and sign-out', async () => {
    const { el, session } = await mount();
    expect(one(el, 'kim-sign-in')).to.exist;
    expect(one(el, '[part~="person"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await el.updateComplete;
    expect(one(el, '[part~="person"]')!.textContent).to.contain('Rina Marlina');
    expect(one(el, '[part~="welcome"]')!.textContent).to.contain('Rina Marlina');
    // Only the sections whose capability the person has are linked; the home page always is, marked as current.
    const links = all<HTMLAnchorElement>(el, 'nav a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#/',
      ...SECTIONS.filter((s) => DINAS_ME.capabilities.includes(s.capability as never)).map((s) => s.hash),
    ]);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    expect(links.map((a) => a.getAttribute('href'))).to.include.members(['#/tinjauan', '#/kim']);
    // Every link of the navigation leads to a section that exists.
    expect(SECTIONS.filter((s) => routeOf(s.hash).name === 'unknown')).to.deep.equal([]);
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="sign-out"]')!.click();
    await waitUntil(() => session.state === 'signed-out');
    await el.updateComplete;
    expect(location.hash).to.equal('#/masuk');
    expect(one(el, 'kim-sign-in')).to.exist;
  });

  it('#/undangan/<secret> shows the invitation, and the secret leaves the address bar once accepted', async () => {
    history.replaceState(null, '', `#/undangan/${INVITATION_SECRET}`);
    const { el, session } = await mount();
    const signIn = one(el, 'kim-sign-in') as HTMLElement & { invitation?: string };
    expect(signIn.invitation).to.equal(INVITATION_SECRET);
    await session.acceptInvitation({ token: INVITATION_SECRET, password: PASSWORD });
    signIn.dispatchEvent(new CustomEvent('kim-signed-in', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#/');
    expect(one(el, '[part~="welcome"]')!.textContent).to.contain('Budi Santoso');
  });

  it('when the server ends the session, signs in again above the open section, which stays', async () => {
    history.replaceState(null, '', '#/no-such-section');
    const { el, api, session } = await mount();
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await el.updateComplete;
    const section = one(el, 'main > h1');
    expect(section!.textContent).to.contain('tidak ada');
    api.endAllSessions();
    await session.refresh();
    await el.updateComplete;
    expect(session.state).to.equal('expired');
    expect(one(el, '[part~="expired"]')!.textContent).to.contain('Sesi Anda telah berakhir');
    expect(one(el, '[part~="expired"] kim-sign-in')).to.exist;
    // The same element still shows the section beneath: nothing was re-created, so nothing typed in it is lost.
    expect(one(el, 'main > h1')).to.equal(section);
    await expect(el).to.be.accessible();
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await el.updateComplete;
    expect(one(el, '[part~="expired"]')).to.equal(null);
    expect(one(el, 'main > h1')).to.equal(section);
  });

  describe('home page', () => {
    async function signedIn(me = OFFICIAL_ME, prepare: (api: FakeHomeApi) => void = () => {}) {
      const api = createFakeHomeApi();
      prepare(api);
      const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
      await session.signIn({ email: me.email, password: PASSWORD });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><kim-console .session=${session} lang="id"></kim-console></div>`,
      );
      const el = wrapper.querySelector('kim-console') as KimConsole;
      await el.updateComplete;
      return { el, api, session };
    }
    const settled = async (el: KimConsole) => {
      await waitFor(el, '[part~="home"][aria-busy="false"]');
    };
    const counts = (el: KimConsole) =>
      all<HTMLAnchorElement>(el, '[part~="count"]').map((a) => [a.getAttribute('href'), a.textContent!.trim()]);

    it('counts, for a Dinas official, aspirations waiting, articles to review and their own drafts, each a link', async () => {
      const { el } = await signedIn();
      await settled(el);
      expect(counts(el)).to.deep.equal([
        ['#/laporan', '3 laporan warga menunggu verifikasi'],
        ['#/tinjauan', '2 berita menunggu tinjauan'],
        ['#/berita', '2 berita Anda masih berupa draf atau dikembalikan'],
      ]);
      expect(overflowing(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a KIM operator only what their role can see: no review queue', async () => {
      const { el, api } = await signedIn(OPERATOR_HOME_ME);
      await settled(el);
      expect(counts(el).map(([href]) => href)).to.deep.equal(['#/laporan', '#/berita']);
      expect(api.requests.some((r) => new URL(r.url).searchParams.get('status') === 'submitted')).to.equal(false);
      expect(counts(el)[1]![1]).to.equal('1 berita Anda masih berupa draf atau dikembalikan');
    });

    it('says so when the role sees none of the counts, and asks the API nothing', async () => {
      const editor = { ...DINAS_ME, id: 'usr_3', email: 'editor@kim.test', capabilities: ['groups.edit'] } as Me;
      const { el, api } = await signedIn(editor, (api) =>
        api.accounts.push({ email: editor.email, password: PASSWORD, me: editor }),
      );
      await waitFor(el, '[part~="counts-none"]');
      expect(api.requests.filter((r) => r.url.includes('/v1/admin/'))).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('is busy while the counts load', async () => {
      let release!: () => void;
      const { el } = await signedIn(OFFICIAL_ME, (api) => {
        api.hold = new Promise((resolve) => {
          release = resolve;
        });
      });
      expect(one(el, '[part~="home"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(one(el, '[part~="counts-loading"]')).to.exist;
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(counts(el)).to.have.length(3);
    });

    it('shows a failed count with a retry that recovers, the others still shown', async () => {
      const { el, api } = await signedIn(OFFICIAL_ME, (api) => api.failing.set('/v1/admin/aspirations', 500));
      await settled(el);
      expect(counts(el).map(([href]) => href)).to.deep.equal(['#/tinjauan', '#/berita']);
      expect(one(el, '[part~="count-error"]')!.textContent).to.contain('tidak dapat dimuat');
      await expect(el).to.be.accessible();
      api.failing.clear();
      one<HTMLButtonElement>(el, '[part~="count-error"] button')!.click();
      await waitUntil(() => counts(el).length === 3, 'the retry did not bring the count back');
      expect(one(el, '[part~="count-error"]')).to.equal(null);
    });

    it('says "100+" when there are more than one page', async () => {
      const { el } = await signedIn(OFFICIAL_ME, (api) => {
        api.aspirations = Array.from({ length: 101 }, (_, i) => aspiration(i + 1));
        api.news = [article(1, 'draft', OFFICIAL_ME)];
      });
      await settled(el);
      expect(counts(el)[0]![1]).to.equal('100+ laporan warga menunggu verifikasi');
      expect(counts(el)[1]![1]).to.equal('0 berita menunggu tinjauan');
    });

    it('names the section in the document title', async () => {
      const { el } = await signedIn();
      expect(document.title).to.equal('Beranda - Konsol KIM');
      location.hash = '#/tidak-ada';
      await waitUntil(() => document.title === 'Halaman konsol ini tidak ada. - Konsol KIM');
      el.lang = 'en';
      location.hash = '#/';
      await waitUntil(() => document.title === 'Home - KIM Console');
    });

    it('moves focus to the heading when the person navigates, never on load', async () => {
      const { el } = await signedIn();
      await settled(el);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      location.hash = '#/tidak-ada';
      await waitUntil(() => el.shadowRoot!.activeElement?.tagName === 'H1', 'focus did not move to the heading');
      location.hash = '#/';
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'home-heading', 'focus did not come home');
    });

    it('has a skip link that moves focus to the content without changing the route', async () => {
      const { el } = await signedIn();
      const skip = one<HTMLButtonElement>(el, '[part~="skip-link"]')!;
      // The first thing a keyboard reaches.
      expect(el.shadowRoot!.querySelector('a, button, input')).to.equal(skip);
      skip.click();
      expect(el.shadowRoot!.activeElement).to.equal(one(el, 'main'));
      expect(location.hash).to.equal('');
    });

    it('keeps the counts and the focused skip link outlined in forced colours', async () => {
      const { el } = await signedIn();
      await settled(el);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const card = one(el, '.counts li')!;
        expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
        const skip = one<HTMLButtonElement>(el, '[part~="skip-link"]')!;
        skip.focus();
        expect(getComputedStyle(skip).borderTopStyle).to.equal('solid');
        expect(skip.getBoundingClientRect().top).to.be.greaterThan(0);
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });

  it('links "Laporan warga" for a person who may read reports, and #/laporan mounts the inbox', async () => {
    const inbox = createFakeInboxApi();
    const session = inbox.sessionFor(INBOX_DINAS_ME);
    history.replaceState(null, '', '#/laporan?status=received');
    const el = await fixture<KimConsole>(html`<kim-console .session=${session} lang="id"></kim-console>`);
    // Home first, then the sections this person's capabilities open; the inbox among them.
    const links = all(el, 'nav a').map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links[0]![0]).to.equal('#/');
    expect(links).to.deep.include(['#/laporan', 'Laporan warga']);
    expect(links.map(([href]) => href)).to.deep.equal([
      '#/',
      ...SECTIONS.filter((s) => session.can(s.capability)).map((s) => s.hash),
    ]);
    const section = one(el, 'kim-aspiration-inbox') as HTMLElement & { hashRoutes: boolean };
    expect(section.hashRoutes).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('the intake section, loaded on demand', () => {
    // A Dinas official may record a report too (aspirations.intake), but is not a KIM operator.
    const inboxOfficial = () =>
      createFakeInboxApi().sessionFor({
        ...INBOX_DINAS_ME,
        capabilities: [...INBOX_DINAS_ME.capabilities, 'aspirations.intake'],
      });
    let restoreFetch: () => void;
    const load = KimConsole.loadIntake;
    beforeEach(() => {
      restoreFetch = routeFetchTo(createFakeKimApi({ base: FAKE_CONSOLE_BASE }));
    });
    afterEach(() => {
      KimConsole.loadIntake = load;
      restoreFetch();
    });

    it('is not fetched for an official until they open it', async () => {
      let attempts = 0;
      KimConsole.loadIntake = () => {
        attempts++;
        return load();
      };
      const el = await fixture<KimConsole>(html`<kim-console .session=${inboxOfficial()} lang="id"></kim-console>`);
      await waitUntil(() => one(el, '[part~="home"]'), 'no home page');
      expect(one(el, 'nav a[href="#/catat"]')).to.not.equal(null);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      expect(attempts).to.equal(0);
      expect(customElements.get('kim-aspiration-intake')).to.equal(undefined);
    });

    it('is fetched at idle for a KIM operator; opening it shows loading, a failed download and a retry', async () => {
      // The console's file does not bring the intake (nor the public form inside it) along.
      expect(customElements.get('kim-aspiration-intake')).to.equal(undefined);
      expect(customElements.get('kim-aspiration-form')).to.equal(undefined);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let attempts = 0;
      KimConsole.loadIntake = async () => {
        const attempt = ++attempts;
        await held;
        // The idle prefetch and the section's own download both fail (offline); the retry gets through.
        if (attempt <= 2) throw new TypeError('Failed to fetch dynamically imported module');
        return load();
      };
      const session = signedInSession(createFakeIntakeApi(), INTAKE_OPERATOR_ME);
      const el = await fixture<KimConsole>(html`<kim-console .session=${session} lang="id"></kim-console>`);
      await waitUntil(() => attempts === 1, 'no prefetch at idle', { timeout: 10_000 });
      expect(one(el, '[part~="loading"]')).to.equal(null);
      one<HTMLAnchorElement>(el, 'nav a[href="#/catat"]')!.click();
      await waitUntil(() => one(el, 'main [aria-busy="true"] [part~="loading"]'), 'no loading panel');
      expect(one(el, 'main')!.textContent).to.contain('Memuat');
      expect(one(el, 'kim-aspiration-intake')).to.equal(null);
      await expect(el).to.be.accessible();

      release();
      await waitUntil(() => one(el, 'main [part~="error"]'), 'no error panel');
      expect(attempts).to.equal(2);
      expect(one(el, 'main [part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(customElements.get('kim-aspiration-intake')).to.equal(undefined);
      await expect(el).to.be.accessible();

      one<HTMLButtonElement>(el, 'main [part~="retry-button"]')!.click();
      // The dev server compiles the intake's modules on this first request: give it time.
      await waitUntil(() => customElements.get('kim-aspiration-intake'), 'the intake was not registered', {
        timeout: 15_000,
      });
      await waitUntil(() => one(el, 'kim-aspiration-intake')?.shadowRoot?.querySelector('h1'), 'no intake heading');
      expect(attempts).to.equal(3);
      expect(customElements.get('kim-intake-slip')).to.not.equal(undefined);
      expect(one(el, 'main [part~="error"]')).to.equal(null);
      expect(one(el, '[part~="loading"]')).to.equal(null);
      // The person pressed the retry: once the section is here, its heading takes the focus.
      const intake = one(el, 'kim-aspiration-intake')!;
      await waitUntil(() => intake.shadowRoot!.activeElement?.id === 'title', 'focus did not reach the heading');
    });
  });
});
