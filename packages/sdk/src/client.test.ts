import { expect } from 'chai';
import { createKimClient } from './client.js';
import { createFakeFetch, json } from './test-utils/fake-fetch.js';
import { region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

describe('createKimClient', () => {
  it('has every resource: the public ones, statistics, auth and admin', () => {
    const kim = createKimClient({ baseUrl: 'https://kim.example.test' });
    expect(Object.keys(kim)).to.deep.equal([
      'regions',
      'groups',
      'news',
      'categories',
      'aspirations',
      'stats',
      'followUps',
      'informationRequests',
      'auth',
      'admin',
    ]);
    expect(Object.keys(kim.auth)).to.deep.equal([
      'signIn',
      'signOut',
      'signOutEverywhere',
      'me',
      'changePassword',
      'previewInvitation',
      'acceptInvitation',
      'tokens',
    ]);
    expect(Object.isFrozen(kim.admin) && Object.isFrozen(kim.admin.news)).to.equal(true);
  });

  describe('checks baseUrl when the client is created', () => {
    it('needs one', () => {
      expect(() => createKimClient(undefined as never)).to.throw(TypeError, /expected options/);
      expect(() => createKimClient({} as never)).to.throw(TypeError, /`baseUrl` is required.*https:\/\/kim/);
      expect(() => createKimClient({ baseUrl: '' })).to.throw(TypeError, /`baseUrl` is required/);
    });

    it("'localhost:8787' (no scheme) names what was expected and suggests the fix", () => {
      expect(() => createKimClient({ baseUrl: 'localhost:8787' })).to.throw(
        TypeError,
        "createKimClient: `baseUrl` 'localhost:8787' is not an http(s) URL: expected one such as " +
          "'https://kim.example.go.id/api'; did you mean 'http://localhost:8787'?",
      );
    });

    it('refuses text that does not parse, and other schemes', () => {
      expect(() => createKimClient({ baseUrl: 'http://exa mple:port' })).to.throw(
        TypeError,
        "createKimClient: `baseUrl` 'http://exa mple:port' is not a valid absolute URL: expected an http(s) URL, " +
          "e.g. 'https://kim.example.go.id/api'",
      );
      for (const baseUrl of ['ftp://kim.example.go.id/api', 'javascript:alert(1)', 'file:///etc/']) {
        expect(() => createKimClient({ baseUrl }), baseUrl).to.throw(TypeError, /not an http\(s\) URL/);
      }
    });

    it('refuses what is not a string or URL', () => {
      expect(() => createKimClient({ baseUrl: 8787 as never })).to.throw(TypeError, /string or a URL.*got number/);
    });

    it('refuses credentials, a query or a fragment', () => {
      expect(() => createKimClient({ baseUrl: 'https://admin:pw@kim.example.test/api' })).to.throw(
        TypeError,
        /user name or password/,
      );
      expect(() => createKimClient({ baseUrl: 'https://kim.example.test/api?key=1' })).to.throw(TypeError, /query/);
      expect(() => createKimClient({ baseUrl: 'https://kim.example.test/api#x' })).to.throw(TypeError, /fragment/);
    });

    it('a relative baseUrl resolves against the page in a browser, and is refused elsewhere', async () => {
      if (globalThis.location) {
        const fake = createFakeFetch(() => json(region));
        await createKimClient({ baseUrl: '/api', fetch: fake }).regions.get('19.71');
        expect(fake.calls[0]!.url.href).to.equal(new URL('/api/v1/regions/19.71', globalThis.location.href).href);
      } else {
        expect(() => createKimClient({ baseUrl: '/api' })).to.throw(
          TypeError,
          "createKimClient: `baseUrl` '/api' is not a valid absolute URL",
        );
      }
    });

    it('checks the other options too', () => {
      const baseUrl = 'https://kim.example.test/api';
      expect(() => createKimClient({ baseUrl, retry: -1 })).to.throw(TypeError, /retry\.limit/);
      expect(() => createKimClient({ baseUrl, timeoutMs: -5 })).to.throw(TypeError, /timeoutMs/);
      expect(() => createKimClient({ baseUrl, headers: { 'bad header': 'x' } })).to.throw(TypeError);
    });
  });

  for (const baseUrl of [
    'https://kim.example.test/api',
    'https://kim.example.test/api/',
    new URL('https://kim.example.test/api'),
  ]) {
    it(`joins paths onto ${JSON.stringify(String(baseUrl))}`, async () => {
      const fake = createFakeFetch(() => json(region));
      await createKimClient({ baseUrl, fetch: fake }).regions.get('19.71');
      expect(fake.calls[0]!.url.href).to.equal('https://kim.example.test/api/v1/regions/19.71');
    });
  }

  it('sends Accept: application/json and the extra headers on every call', async () => {
    const { client, fake } = setup(() => json(region), {
      headers: { 'Accept-Language': 'id', 'X-Site': 'pangkalpinang' },
    });
    await client.regions.get('19.71');
    const { headers } = fake.calls[0]!;
    expect(headers.get('accept')).to.equal('application/json');
    expect(headers.get('accept-language')).to.equal('id');
    expect(headers.get('x-site')).to.equal('pangkalpinang');
  });

  it('keeps the admin token off public calls', async () => {
    const { client, fake } = setup(() => json(region), { token: 'secret' });
    await client.regions.get('19.71');
    expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
  });

  it('uses globalThis.fetch when no fetch is given, looked up at call time', async () => {
    const original = globalThis.fetch;
    const fake = createFakeFetch(() => json(region));
    const client = createKimClient({ baseUrl: 'https://kim.example.test/api' });
    globalThis.fetch = fake as typeof fetch;
    try {
      expect(await client.regions.get('19.71')).to.deep.equal(region);
      expect(fake.calls).to.have.length(1);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('rejects ids that are empty or would change the path', async () => {
    const { client, fake } = setup(() => json(region));
    for (const id of ['', '.', '..']) {
      const error = await rejection(client.news.get(id));
      expect(error, JSON.stringify(id)).to.be.instanceOf(TypeError);
    }
    expect(fake.calls).to.have.length(0);
  });

  it('encodes ids as one path segment', async () => {
    const { client, fake } = setup(() => json(region));
    await client.regions.get('../admin?x=1#y');
    expect(fake.calls[0]!.url.pathname).to.equal('/api/v1/regions/..%2Fadmin%3Fx%3D1%23y');
    expect(fake.calls[0]!.url.search).to.equal('');
  });

  it('is frozen, so resources cannot be swapped by accident', () => {
    const { client } = setup(() => json(region));
    expect(Object.isFrozen(client)).to.equal(true);
    expect(Object.isFrozen(client.admin)).to.equal(true);
  });
});
