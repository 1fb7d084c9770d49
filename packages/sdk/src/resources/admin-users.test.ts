import { expect } from 'chai';
import { AdminUserListQuery } from '../schemas/admin-queries.js';
import { invitationLink, invitedUser, user } from '../test-utils/admin-fixtures.js';
import { json } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';
import type { AdminUserListParams } from './admin-users.js';

describe('client.admin.users', () => {
  it("list() sends every filter in the form the server's query schema accepts", async () => {
    const { client, fake } = setup(() => json(page([user])), { token: 't' });
    const params: Required<AdminUserListParams> = {
      q: 'rina',
      role: 'kim',
      region: '19.71',
      group: 'grp_1',
      status: 'active',
      limit: 5,
      cursor: 'c1',
    };
    expect((await client.admin.users.list(params)).data).to.deep.equal([user]);
    const query = Object.fromEntries(fake.calls[0]!.url.searchParams);
    expect(fake.calls[0]!.url.pathname).to.equal('/api/v1/admin/users');
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AdminUserListQuery.shape).sort());
    expect(AdminUserListQuery.safeParse(query).success).to.equal(true);
  });

  it('get() fetches a person by id', async () => {
    const { client, fake } = setup(() => json(user), { token: 't' });
    expect(await client.admin.users.get('usr_2')).to.deep.equal(user);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/users/usr_2');
  });

  it('invite() posts the invitation and resolves with the person and the one-time link', async () => {
    const { client, fake } = setup(() => json(invitedUser, { status: 201 }), { token: 't' });
    const input = {
      email: 'rina@example.org',
      name: 'Rina Operator',
      memberships: [{ role: 'kim' as const, groupId: 'grp_1' }],
    };
    const { user: invited, invitation } = await client.admin.users.invite(input);
    expect([invited.status, invitation.url]).to.deep.equal(['invited', invitationLink.url]);
    expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal(['POST', '/api/v1/admin/users']);
    expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
  });

  it('update() patches at the version, e.g. to disable an account', async () => {
    const { client, fake } = setup(() => json({ ...user, status: 'disabled', version: 4 }), { token: 't' });
    expect((await client.admin.users.update('usr_2', { status: 'disabled' }, { version: 3 })).status).to.equal(
      'disabled',
    );
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
      'PATCH',
      '/api/v1/admin/users/usr_2',
      '"3"',
    ]);
    expect(JSON.parse(call.body)).to.deep.equal({ status: 'disabled' });
  });

  it('reissueInvitation() posts for a new link', async () => {
    const { client, fake } = setup(() => json(invitationLink, { status: 201 }), { token: 't' });
    expect(await client.admin.users.reissueInvitation('usr_2')).to.deep.equal(invitationLink);
    expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal([
      'POST',
      '/api/v1/admin/users/usr_2/invitation',
    ]);
  });
});
