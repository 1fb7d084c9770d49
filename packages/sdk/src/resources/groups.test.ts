import { expect } from 'chai';
import { json } from '../test-utils/fake-fetch.js';
import { group, page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.groups', () => {
  it('list() without filters', async () => {
    const { client, fake } = setup(() => json(page([group])));
    const { data } = await client.groups.list();
    expect(data).to.deep.equal([group]);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/groups');
  });

  it('list() sends region, q, focus, limit and cursor', async () => {
    const { client, fake } = setup(() => json(page([group])));
    await client.groups.list({ region: '19.71', q: 'bacang bersatu', focus: 'umkm', limit: 5, cursor: 'abc' });
    const url = fake.calls[0]!.url;
    expect(url.pathname).to.equal('/api/v1/groups');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      region: '19.71',
      q: 'bacang bersatu',
      focus: 'umkm',
      limit: '5',
      cursor: 'abc',
    });
  });

  it('list() leaves out filters that are undefined', async () => {
    const { client, fake } = setup(() => json(page([])));
    await client.groups.list({ region: undefined, q: 'pasar' });
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/groups?q=pasar');
  });

  it('list() keeps its filters on the following pages', async () => {
    const { client, fake } = setup((request) =>
      json(request.url.searchParams.get('cursor') ? page([group]) : page([group], 'next-1')),
    );
    const all = await client.groups.list({ region: '19.71', limit: 1 }).toArray({ limit: 10 });
    expect(all).to.have.length(2);
    expect(pathOf(fake.calls[1]!.url)).to.equal('/api/v1/groups?region=19.71&limit=1&cursor=next-1');
  });

  it('get() fetches by id or slug and encodes it', async () => {
    const { client, fake } = setup(() => json(group));
    expect(await client.groups.get('kim-bacang-bersatu')).to.deep.equal(group);
    await client.groups.get('a/b ?c');
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/groups/kim-bacang-bersatu');
    expect(pathOf(fake.calls[1]!.url)).to.equal('/api/v1/groups/a%2Fb%20%3Fc');
  });
});
