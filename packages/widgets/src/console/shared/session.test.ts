import { KimAuthError, KimRateLimitError } from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { KimSession, KimSessionExpiredEvent, SESSION_CHANGE } from './session.js';

const PASSWORD = 'kalimat sandi yang panjang';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('KimSession', () => {
  it('signs in, keeps the secret and me in storage, and a new session on the same storage is signed in', async () => {
    const api = createFakeAuthApi();
    const storage = memoryStorage();
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage });
    let changes = 0;
    session.addEventListener(SESSION_CHANGE, () => changes++);
    const me = await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    expect(me.name).to.equal('Rina Marlina');
    expect(session.state).to.equal('signed-in');
    expect(session.secret).to.match(/^kims_/);
    expect(session.can('news.review')).to.equal(true);
    expect(session.can('news.write')).to.equal(false);
    expect(changes).to.equal(1);

    const reloaded = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage });
    expect(reloaded.state).to.equal('signed-in');
    expect(reloaded.me?.name).to.equal('Rina Marlina');
    // Its calls carry the secret and the language.
    reloaded.language = 'en';
    expect((await reloaded.refresh())?.email).to.equal(DINAS_ME.email);
    const last = api.requests.at(-1)!;
    expect(last.headers.get('authorization')).to.equal(`Bearer ${session.secret}`);
    expect(last.headers.get('accept-language')).to.equal('en');
  });

  it('a wrong password rejects with KimAuthError and leaves the session signed out, with no expiry event', async () => {
    const api = createFakeAuthApi();
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: memoryStorage() });
    let expired = 0;
    session.addEventListener(KimSessionExpiredEvent.type, () => expired++);
    const error = await session.signIn({ email: DINAS_ME.email, password: 'salah sekali ini' }).catch((e) => e);
    expect(error).to.be.instanceOf(KimAuthError);
    expect(session.state).to.equal('signed-out');
    expect(expired).to.equal(0);
  });

  it('the throttle rejects with KimRateLimitError and its wait', async () => {
    const api = createFakeAuthApi();
    api.failures = api.throttleAfter;
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
    const error = await session.signIn({ email: DINAS_ME.email, password: PASSWORD }).catch((e) => e);
    expect(error).to.be.instanceOf(KimRateLimitError);
    expect((error as KimRateLimitError).retryAfter).to.equal(120);
  });

  it('a 401 on a call with its secret expires the session: the event names who was signed in, storage is cleared', async () => {
    const api = createFakeAuthApi();
    const storage = memoryStorage();
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage });
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    const events: KimSessionExpiredEvent[] = [];
    session.addEventListener(KimSessionExpiredEvent.type, (e) => events.push(e as KimSessionExpiredEvent));
    api.endAllSessions();
    expect(await session.refresh()).to.equal(undefined);
    expect(session.state).to.equal('expired');
    expect(session.secret).to.equal(undefined);
    expect(events).to.have.length(1);
    expect(events[0]!.previous?.email).to.equal(DINAS_ME.email);
    expect(storage.map.size).to.equal(0);
    // Signing in again restores it.
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    expect(session.state).to.equal('signed-in');
  });

  it('signs out on the server and forgets the secret, also when the server cannot be reached', async () => {
    const api = createFakeAuthApi();
    const storage = memoryStorage();
    const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage });
    await session.signIn({ email: DINAS_ME.email, password: PASSWORD });
    const secret = session.secret!;
    await session.signOut();
    expect(api.sessions.has(secret)).to.equal(false);
    expect(session.state).to.equal('signed-out');
    expect(storage.map.size).to.equal(0);

    const offline = new KimSession({
      baseUrl: FAKE_CONSOLE_BASE,
      fetch: (r) => (r.url.endsWith('/sign-out') ? Promise.reject(new TypeError('Failed to fetch')) : api.fetch(r)),
      storage,
    });
    await offline.signIn({ email: DINAS_ME.email, password: PASSWORD });
    await offline.signOut();
    expect(offline.state).to.equal('signed-out');
    expect(storage.map.size).to.equal(0);
  });

  it('KimSession.for gives one session per API base URL, in sessionStorage by default', () => {
    const a = KimSession.for(`${FAKE_CONSOLE_BASE}/`);
    expect(KimSession.for(`${FAKE_CONSOLE_BASE}/`)).to.equal(a);
    expect(KimSession.for('https://other.kim.test/')).not.to.equal(a);
  });
});
