import { expect } from 'chai';
import { createKimClient } from './client.js';
import { createFakeFetch, json } from './test-utils/fake-fetch.js';
import { region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

describe('createKimClient', () => {
  it('needs a baseUrl', () => {
    expect(() => createKimClient({} as never)).to.throw(TypeError, /baseUrl/);
    expect(() => createKimClient({ baseUrl: '' })).to.throw(TypeError, /baseUrl/);
  });

  it('refuses a baseUrl that is not a URL', () => {
    expect(() => createKimClient({ baseUrl: 'http://exa mple:port' })).to.throw(TypeError, /not a valid URL/);
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
