import { expect } from 'chai';
import { isKimResponseError } from './errors/guards.js';
import { json, type RecordedRequest } from './test-utils/fake-fetch.js';
import { aspirationInput, group, page, receipt, region } from './test-utils/fixtures.js';
import { rejection } from './test-utils/rejection.js';
import { setup } from './test-utils/setup.js';

/** A server with one ETag per path that answers 304 when If-None-Match matches. */
function conditionalServer(bodies: Record<string, unknown>) {
  return (request: RecordedRequest) => {
    const body = bodies[request.url.pathname];
    const etag = `"v-${request.url.pathname}"`;
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    return json(body, { headers: { etag } });
  };
}

describe('conditional GET (ETag cache)', () => {
  it('sends If-None-Match with the stored ETag and answers a 304 with the cached body', async () => {
    const { client, fake } = setup(conditionalServer({ '/api/v1/regions/19.71': region }));
    const first = await client.regions.get('19.71');
    const second = await client.regions.get('19.71');
    expect(first).to.deep.equal(region);
    expect(second).to.deep.equal(region);
    expect(fake.calls[0]!.headers.has('if-none-match')).to.equal(false);
    expect(fake.calls[1]!.headers.get('if-none-match')).to.equal('"v-/api/v1/regions/19.71"');
  });

  it('hands out a fresh object each time, so callers cannot change the cache', async () => {
    const { client } = setup(conditionalServer({ '/api/v1/regions/19.71': region }));
    const first = await client.regions.get('19.71');
    first.name = 'changed';
    expect((await client.regions.get('19.71')).name).to.equal(region.name);
  });

  it('keys the cache by the full URL, query included', async () => {
    const { client, fake } = setup(conditionalServer({ '/api/v1/groups': page([group]) }));
    await client.groups.list({ region: '19.71' });
    await client.groups.list({ region: '19.72' });
    await client.groups.list({ region: '19.71' });
    expect(fake.calls.map((call) => call.headers.has('if-none-match'))).to.deep.equal([false, false, true]);
  });

  it('replaces the cached body when the resource changed', async () => {
    let version = 1;
    const { client } = setup((request) => {
      const etag = `"v${version}"`;
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
      return json({ ...region, name: `Kota v${version}` }, { headers: { etag } });
    });
    expect((await client.regions.get('19.71')).name).to.equal('Kota v1');
    version = 2;
    expect((await client.regions.get('19.71')).name).to.equal('Kota v2');
    expect((await client.regions.get('19.71')).name).to.equal('Kota v2');
  });

  it('forgets the least recently used URL beyond cacheSize', async () => {
    const { client, fake } = setup(
      conditionalServer({ '/api/v1/regions/19': region, '/api/v1/regions/19.71': region }),
      { cacheSize: 1 },
    );
    await client.regions.get('19');
    await client.regions.get('19.71');
    await client.regions.get('19');
    expect(fake.calls.map((call) => call.headers.has('if-none-match'))).to.deep.equal([false, false, false]);
  });

  it('cacheSize: 0 turns the cache off', async () => {
    const { client, fake } = setup(conditionalServer({ '/api/v1/regions/19': region }), { cacheSize: 0 });
    await client.regions.get('19');
    await client.regions.get('19');
    expect(fake.calls[1]!.headers.has('if-none-match')).to.equal(false);
  });

  it('does not cache a body that failed validation', async () => {
    const { client, fake } = setup((request, index) =>
      index === 0
        ? json({ broken: true }, { headers: { etag: '"b"' } })
        : conditionalServer({ [request.url.pathname]: region })(request),
    );
    await rejection(client.regions.get('19.71'));
    await client.regions.get('19.71');
    expect(fake.calls[1]!.headers.has('if-none-match')).to.equal(false);
  });

  it('an unexpected 304 (nothing cached) is a KimResponseError', async () => {
    const { client } = setup(() => new Response(null, { status: 304 }));
    expect(isKimResponseError(await rejection(client.regions.get('19.71')))).to.equal(true);
  });

  it('never caches or sends If-None-Match on POST', async () => {
    const { client, fake } = setup(() => json(receipt, { status: 201, headers: { etag: '"r"' } }));
    await client.aspirations.submit(aspirationInput, { idempotencyKey: 'k' });
    await client.aspirations.submit(aspirationInput, { idempotencyKey: 'k' });
    expect(fake.calls[1]!.headers.has('if-none-match')).to.equal(false);
  });
});
