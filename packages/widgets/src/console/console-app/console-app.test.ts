import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/console-app.js';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, INVITATION_SECRET } from '../test-fixtures/fake-auth-api.js';
import { type KimConsole, SECTIONS } from './console-app.js';
import { routeOf } from './routes.js';

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
    expect(routeOf(`#/undangan/${INVITATION_SECRET}`)).to.deep.equal({ name: 'invitation', secret: INVITATION_SECRET });
    expect(routeOf('#/laporan/123')).to.deep.equal({ name: 'unknown', path: '/laporan/123' });
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
    // No section exists yet: no navigation rather than links to nothing.
    expect(SECTIONS).to.deep.equal([]);
    expect(one(el, 'nav')).to.equal(null);
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
    const section = one(el, 'main [role="alert"]');
    expect(section!.textContent).to.contain('tidak ada');
    api.endAllSessions();
    await session.refresh();
    await el.updateComplete;
    expect(session.state).to.equal('expired');
    expect(one(el, '[part~="expired"]')!.textContent).to.contain('Sesi Anda telah berakhir');
    expect(one(el, '[part~="expired"] kim-sign-in')).to.exist;
    // The same element still shows the section beneath: nothing was re-created, so nothing typed in it is lost.
    expect(one(el, 'main [role="alert"]')).to.equal(section);
    await expect(el).to.be.accessible();
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await el.updateComplete;
    expect(one(el, '[part~="expired"]')).to.equal(null);
    expect(one(el, 'main [role="alert"]')).to.equal(section);
  });
});
