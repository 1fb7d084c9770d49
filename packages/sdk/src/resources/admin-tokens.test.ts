import { expect } from 'chai';
import { AdminTokenListQuery } from '../schemas/admin-queries.js';
import { apiToken } from '../test-utils/admin-fixtures.js';
import { json } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';
import type { AdminTokenListParams } from './admin-tokens.js';

describe('client.admin.tokens', () => {
  it("list() sends every filter in the form the server's query schema accepts (all as true/false)", async () => {
    const { client, fake } = setup(() => json(page([apiToken])), { token: 't' });
    const params: Required<AdminTokenListParams> = { owner: 'usr_1', all: true, limit: 10, cursor: 'c1' };
    expect((await client.admin.tokens.list(params)).data).to.deep.equal([apiToken]);
    const query = Object.fromEntries(fake.calls[0]!.url.searchParams);
    expect(query.all).to.equal('true');
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AdminTokenListQuery.shape).sort());
    expect(AdminTokenListQuery.safeParse(query).success).to.equal(true);
  });

  it('revoke() deletes a token by id', async () => {
    const { client, fake } = setup(() => new Response(null, { status: 204 }), { token: 't' });
    expect(await client.admin.tokens.revoke('tok_1')).to.equal(undefined);
    expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal(['DELETE', '/api/v1/admin/tokens/tok_1']);
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
  });
});
