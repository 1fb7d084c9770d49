import { expect } from 'chai';
import { json } from '../test-utils/fake-fetch.js';
import { page, region } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.regions', () => {
  it('list() asks for the provinces by default', async () => {
    const { client, fake } = setup(() =>
      json(page([{ ...region, code: '19', level: 'province', kind: null, parentCode: null }])),
    );
    const result = await client.regions.list();
    expect(result.data[0]?.code).to.equal('19');
    expect(result.nextCursor).to.equal(null);
    expect(fake.calls[0]?.method).to.equal('GET');
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/regions');
  });

  it('list() sends parent and level', async () => {
    const { client, fake } = setup(() => json(page([region])));
    await client.regions.list({ parent: '19', level: 'city' });
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/regions?parent=19&level=city');
  });

  it('get() fetches one region by code', async () => {
    const { client, fake } = setup(() => json(region));
    expect(await client.regions.get('19.71')).to.deep.equal(region);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/regions/19.71');
  });
});
