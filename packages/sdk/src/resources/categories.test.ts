import { expect } from 'chai';
import { json } from '../test-utils/fake-fetch.js';
import { category, page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.categories', () => {
  it('list() fetches every category', async () => {
    const { client, fake } = setup(() => json(page([category])));
    expect(await client.categories.list().toArray({ limit: 100 })).to.deep.equal([category]);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/categories');
    expect(fake.calls).to.have.length(1);
  });
});
