import { expect } from 'chai';
import { createKimClient } from './client.js';
import { composeKimClient, createKimTransport } from './compose.js';
import { type KimPublicClient, publicResources } from './public-resources.js';
import { adminResource } from './resources/admin.js';
import { authResource } from './resources/auth.js';
import { categoriesResource } from './resources/categories.js';
import { newsResource } from './resources/news.js';
import { createFakeFetch, json } from './test-utils/fake-fetch.js';
import { newsSummary, page } from './test-utils/fixtures.js';

describe('composeKimClient', () => {
  it('has only the resources it was given, each working as in the full client', async () => {
    const fetch = createFakeFetch(() => json(page([newsSummary])));
    const kim = composeKimClient({ baseUrl: 'https://kim.example.test', fetch }, { news: newsResource });
    expect(Object.keys(kim)).to.deep.equal(['news']);
    const { data } = await kim.news.list({ region: '19.71' });
    expect(data[0]?.slug).to.equal(newsSummary.slug);
    expect(fetch.calls[0]?.url.pathname).to.equal('/v1/news');
  });

  it('shares one transport, and with it the ETag cache, between clients composed on it', async () => {
    const fetch = createFakeFetch((request) =>
      request.headers.get('if-none-match') === '"v1"'
        ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
        : json(page([newsSummary]), { headers: { etag: '"v1"' } }),
    );
    const transport = createKimTransport({ baseUrl: 'https://kim.example.test', fetch });
    const feed = composeKimClient(transport, { news: newsResource });
    const other = composeKimClient(transport, { news: newsResource, categories: categoriesResource });
    await feed.news.list();
    const again = await other.news.list();
    expect(fetch.calls[1]?.headers.get('if-none-match')).to.equal('"v1"');
    expect(again.data).to.have.length(1);
  });

  it('checks its options as createKimClient does', () => {
    expect(() => composeKimClient({ baseUrl: 'localhost:8787' }, { news: newsResource })).to.throw(
      TypeError,
      /not an http\(s\) URL/,
    );
    expect(() => createKimTransport(null as never)).to.throw(TypeError, /expected options/);
  });

  it('is the shape of the full client, so code written for a composed client accepts either', () => {
    const full = createKimClient({ baseUrl: 'https://kim.example.test' });
    const takesFeedClient = (client: ReturnType<typeof composeKimClient<{ news: typeof newsResource }>>) =>
      typeof client.news.list;
    expect(takesFeedClient(full)).to.equal('function');
  });

  it('publicResources composes the five public resources and nothing of the write side', () => {
    const kim = composeKimClient({ baseUrl: 'https://kim.example.test' }, publicResources);
    expect(Object.keys(kim)).to.deep.equal(['regions', 'groups', 'news', 'categories', 'aspirations']);
    const full: KimPublicClient = createKimClient({ baseUrl: 'https://kim.example.test' });
    expect(Object.keys(full)).to.include.members(Object.keys(kim));
  });

  it('a console composes auth and admin on a shared transport, with a token function', async () => {
    let secret: string | undefined;
    const fetch = createFakeFetch(() => json(page([])));
    const transport = createKimTransport({ baseUrl: 'https://kim.example.test', fetch, token: () => secret });
    const consoleClient = composeKimClient(transport, { auth: authResource, admin: adminResource });
    expect(Object.keys(consoleClient.admin)).to.deep.equal([
      'groups',
      'categories',
      'news',
      'media',
      'users',
      'tokens',
      'audit',
      'aspirations',
      'webhooks',
      'agencies',
      'aspirationIntakes',
      'informationRequests',
    ]);
    secret = 'kims_console';
    await consoleClient.admin.news.list({ status: 'submitted' });
    expect(fetch.calls[0]?.headers.get('authorization')).to.equal('Bearer kims_console');
  });
});
