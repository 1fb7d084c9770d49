import { expect } from 'chai';
import { isKimPreconditionFailedError } from '../errors/guards.js';
import type { KimPreconditionFailedError } from '../errors/kim-precondition-failed-error.js';
import { AdminGroupListQuery } from '../schemas/admin-queries.js';
import type { GroupAdminView } from '../schemas/group-admin.js';
import { groupAdminView } from '../test-utils/admin-fixtures.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';
import type { AdminGroupListParams } from './admin-groups.js';

describe('client.admin.groups', () => {
  it("list() sends every filter in the form the server's query schema accepts", async () => {
    const { client, fake } = setup(() => json(page([groupAdminView])), { token: 't' });
    const params: Required<AdminGroupListParams> = {
      region: '19.71',
      q: 'bacang',
      status: 'archived',
      limit: 10,
      cursor: 'c1',
    };
    expect((await client.admin.groups.list(params)).data).to.deep.equal([groupAdminView]);
    const query = Object.fromEntries(fake.calls[0]!.url.searchParams);
    expect(fake.calls[0]!.url.pathname).to.equal('/api/v1/admin/groups');
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AdminGroupListQuery.shape).sort());
    expect(AdminGroupListQuery.safeParse(query).success).to.equal(true);
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
  });

  it('get() fetches a group by id with its version', async () => {
    const { client, fake } = setup(() => json(groupAdminView), { token: 't' });
    expect((await client.admin.groups.get('grp_1')).version).to.equal(2);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/groups/grp_1');
  });

  it('create() posts the new group, without If-Match', async () => {
    const { client, fake } = setup(() => json({ ...groupAdminView, version: 1 }, { status: 201 }), { token: 't' });
    const input = { name: 'KIM Bacang Bersatu', regionCode: '19.71.01.1006', focusAreas: ['umkm' as const] };
    expect((await client.admin.groups.create(input)).version).to.equal(1);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', '/api/v1/admin/groups']);
    expect(JSON.parse(call.body)).to.deep.equal(input);
    expect(call.headers.has('if-match')).to.equal(false);
  });

  it('update() patches the group at its version', async () => {
    const { client, fake } = setup(() => json({ ...groupAdminView, memberCount: 15, version: 3 }), { token: 't' });
    const updated = await client.admin.groups.update('grp_1', { memberCount: 15 }, { version: 2 });
    expect([updated.memberCount, updated.version]).to.deep.equal([15, 3]);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url)]).to.deep.equal(['PATCH', '/api/v1/admin/groups/grp_1']);
    expect(JSON.parse(call.body)).to.deep.equal({ memberCount: 15 });
    expect(call.headers.get('if-match')).to.equal('"2"');
  });

  for (const step of ['archive', 'restore'] as const) {
    it(`${step}() posts the step at the version, with no body`, async () => {
      const { client, fake } = setup(() => json(groupAdminView), { token: 't' });
      await client.admin.groups[step]('grp_1', { version: 2 });
      const call = fake.calls[0]!;
      expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', `/api/v1/admin/groups/grp_1/${step}`]);
      expect(call.headers.get('if-match')).to.equal('"2"');
      expect(call.body).to.equal('');
    });
  }

  it('a stale update rejects with the group as it is now', async () => {
    const now = { ...groupAdminView, chairName: 'Siti Rahma', version: 3 };
    const { client } = setup(() => problem(412, { code: 'precondition_failed', current: now }), { token: 't' });
    const error = await rejection(client.admin.groups.update('grp_1', { chairName: 'Ahmad' }, { version: 2 }));
    expect(isKimPreconditionFailedError(error)).to.equal(true);
    expect((error as KimPreconditionFailedError<GroupAdminView>).current?.chairName).to.equal('Siti Rahma');
  });
});
