// The KIM registry over HTTP: officials register, move, rename and archive groups in their region; a group's own
// operators edit its profile only; an old slug redirects; archived groups answer 410 publicly.

import { GroupAdminView } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { expectProblem, jsonOf, testApp } from './helpers/setup.js';

interface GroupView {
  id: string;
  slug: string;
  name: string;
  regionCode: string;
  secretaryName: string | null;
  treasurerName: string | null;
  registryNumber: string | null;
  previousSlugs: string[];
  archivedAt: string | null;
  status: string;
  version: number;
}

describe('admin groups: the KIM registry', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let official: SignedIn;
  let farOfficial: SignedIn;
  let operator: SignedIn;

  before(async () => {
    t = await testApp();
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    farOfficial = await signedIn(t, { role: 'dinas', regionCode: '19.01' });
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0001' });
  });

  it('registers a group with every registry field, derives its slug, and audits it', async () => {
    const input = {
      name: 'KIM Sinar Bahari',
      regionCode: '19.71.01.1006',
      secretaryName: 'Dewi Lestari',
      treasurerName: 'Agus Salim',
      registryNumber: 'KIMID-1971-0099',
      decree: { number: '045/SK/2026', date: '2026-02-01', issuer: 'Lurah' },
      focusAreas: ['kesehatan'],
      memberCount: 12,
    };
    expect((await t.request('/v1/admin/groups', send('POST', operator, input))).status).to.equal(403);
    expect((await t.request('/v1/admin/groups', send('POST', farOfficial, input))).status).to.equal(403);
    await expectProblem(
      await t.request('/v1/admin/groups', send('POST', official, { ...input, regionCode: '19.71.01' })),
      422,
      'validation_failed',
    );
    const response = await t.request('/v1/admin/groups', send('POST', official, input));
    const group = await jsonOf<GroupView>(response, 201);
    expect(response.headers.get('etag')).to.equal('"1"');
    const contract = GroupAdminView.safeParse(group);
    expect(contract.success, JSON.stringify(contract.error?.issues)).to.equal(true);
    expect(group).to.deep.include({
      slug: 'kim-sinar-bahari',
      secretaryName: 'Dewi Lestari',
      treasurerName: 'Agus Salim',
      registryNumber: 'KIMID-1971-0099',
      version: 1,
      archivedAt: null,
    });
    const [entry] = await t.storage.listAudit({ targetId: group.id, regions: 'all', limit: 5 });
    expect(entry).to.deep.include({ action: 'group.create', regionCode: '19.71.01.1006' });
    await expectProblem(await t.request('/v1/admin/groups', send('POST', official, input)), 409, 'conflict');
  });

  it('lets an operator edit the profile of its own group, not its slug, region or status, nor another group', async () => {
    const path = '/v1/admin/groups/grp_0001';
    const current = await jsonOf<GroupView>(await t.request(path, send('GET', operator)));
    const edited = await jsonOf<GroupView>(
      await t.request(path, send('PATCH', operator, { secretaryName: 'Sekretaris Baru' }, current.version)),
    );
    expect([edited.secretaryName, edited.version]).to.deep.equal(['Sekretaris Baru', current.version + 1]);
    for (const change of [{ slug: 'kim-lain' }, { regionCode: '19.71.01.1006' }, { status: 'inactive' }]) {
      const r = await t.request(path, send('PATCH', operator, change, edited.version));
      expect(r.status, JSON.stringify(change)).to.equal(403);
    }
    expect((await t.request('/v1/admin/groups/grp_0002', send('GET', operator))).status).to.equal(404);
    const stale = await t.request(path, send('PATCH', operator, { secretaryName: 'Lama' }, current.version));
    expect((await jsonOf<{ current: GroupView }>(stale, 412)).current.secretaryName).to.equal('Sekretaris Baru');
    expect((await t.request(path, send('PATCH', operator, { secretaryName: 'X' }))).status).to.equal(428);
    const list = await jsonOf<{ data: GroupView[] }>(await t.request('/v1/admin/groups', send('GET', operator)));
    expect(list.data.map((g) => g.id)).to.deep.equal(['grp_0001']);
  });

  it('renames a slug (the old one redirects), archives (public 410) and restores', async () => {
    const path = '/v1/admin/groups/grp_0002';
    const current = await jsonOf<GroupView>(await t.request(path, send('GET', official)));
    const renamed = await jsonOf<GroupView>(
      await t.request(path, send('PATCH', official, { slug: 'kim-nama-baru-dua' }, current.version)),
    );
    expect(renamed.previousSlugs).to.deep.equal([current.slug]);
    const old = await t.request(`/v1/groups/${current.slug}`);
    expect([old.status, old.headers.get('location')]).to.deep.equal([
      301,
      'https://kim.test/v1/groups/kim-nama-baru-dua',
    ]);
    expect((await t.request(`${path}/archive`, send('POST', operator, undefined, renamed.version))).status).to.equal(
      404,
    );
    const archived = await jsonOf<GroupView>(
      await t.request(`${path}/archive`, send('POST', official, undefined, renamed.version)),
    );
    expect(archived.archivedAt).to.be.a('string');
    expect((await t.request('/v1/groups/kim-nama-baru-dua')).status).to.equal(410);
    await expectProblem(
      await t.request(`${path}/archive`, send('POST', official, undefined, archived.version)),
      409,
      'invalid_transition',
    );
    const restored = await jsonOf<GroupView>(
      await t.request(`${path}/restore`, send('POST', official, undefined, archived.version)),
    );
    expect(restored.archivedAt).to.equal(null);
    expect((await t.request('/v1/groups/kim-nama-baru-dua')).status).to.equal(200);
  });
});
