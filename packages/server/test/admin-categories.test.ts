// Categories over HTTP: administrators create, rename, order, retire and restore; others list them with usage.

import { CategoryAdminView } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { expectProblem, jsonOf, testApp } from './helpers/setup.js';

interface CategoryView {
  id: string;
  name: string;
  position: number;
  retiredAt: string | null;
  usage: { news: number; aspirations: number };
  version: number;
}

describe('admin categories', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let admin: SignedIn;
  let official: SignedIn;

  before(async () => {
    t = await testApp();
    admin = await signedIn(t, { role: 'admin' });
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
  });

  it('lists every category with its usage to anyone signed in, and nobody else', async () => {
    expect((await t.request('/v1/admin/categories')).status).to.equal(401);
    const all = await jsonOf<CategoryView[]>(await t.request('/v1/admin/categories', send('GET', official)));
    expect(all.length).to.be.greaterThan(3);
    expect(all.find((c) => c.id === 'pengumuman')?.usage.news).to.be.greaterThan(0);
    for (const c of all) expect(CategoryAdminView.safeParse(c).success, c.id).to.equal(true);
  });

  it('creates, renames, orders, retires and restores as an admin only', async () => {
    const input = { name: 'Lingkungan Hidup', scopes: ['news', 'aspiration'] };
    await expectProblem(await t.request('/v1/admin/categories', send('POST', official, input)), 403, 'forbidden');
    const created = await jsonOf<CategoryView>(
      await t.request('/v1/admin/categories', send('POST', admin, input)),
      201,
    );
    expect([created.id, created.version, created.retiredAt]).to.deep.equal(['lingkungan-hidup', 1, null]);
    await expectProblem(await t.request('/v1/admin/categories', send('POST', admin, input)), 409, 'conflict');

    const path = `/v1/admin/categories/${created.id}`;
    await expectProblem(await t.request(path, send('PATCH', admin, { name: 'Lingkungan' })), 428);
    const renamed = await jsonOf<CategoryView>(await t.request(path, send('PATCH', admin, { name: 'Lingkungan' }, 1)));
    expect([renamed.name, renamed.version]).to.deep.equal(['Lingkungan', 2]);
    await expectProblem(await t.request(path, send('PATCH', admin, { name: 'Basi' }, 1)), 412, 'precondition_failed');

    const active = (await jsonOf<CategoryView[]>(await t.request('/v1/admin/categories', send('GET', admin))))
      .filter((c) => c.retiredAt === null)
      .map((c) => c.id);
    const reversed = [...active].reverse();
    await expectProblem(
      await t.request('/v1/admin/categories/order', send('PUT', admin, { ids: reversed.slice(1) })),
      422,
      'validation_failed',
    );
    await jsonOf(await t.request('/v1/admin/categories/order', send('PUT', admin, { ids: reversed })));
    const publicList = await jsonOf<{ data: { id: string }[] }>(await t.request('/v1/categories'));
    expect(publicList.data.map((c) => c.id)).to.deep.equal(reversed);

    const retired = await jsonOf<CategoryView>(await t.request(`${path}/retire`, send('POST', admin, undefined, 2)));
    expect(retired.retiredAt).to.be.a('string');
    const after = await jsonOf<{ data: { id: string }[] }>(await t.request('/v1/categories'));
    expect(after.data.map((c) => c.id)).not.to.include(created.id);
    await expectProblem(
      await t.request(`${path}/retire`, send('POST', admin, undefined, 3)),
      409,
      'invalid_transition',
    );
    const restored = await jsonOf<CategoryView>(await t.request(`${path}/restore`, send('POST', admin, undefined, 3)));
    expect(restored.retiredAt).to.equal(null);
    const audit = await t.storage.listAudit({ targetId: created.id, regions: 'all', limit: 10 });
    expect(audit.map((e) => e.action).reverse()).to.deep.equal([
      'category.create',
      'category.update',
      'category.retire',
      'category.restore',
    ]);
  });
});
