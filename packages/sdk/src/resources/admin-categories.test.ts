import { expect } from 'chai';
import { categoryAdminView } from '../test-utils/admin-fixtures.js';
import { json } from '../test-utils/fake-fetch.js';
import { pathOf, setup } from '../test-utils/setup.js';

const second = { ...categoryAdminView, id: 'pendidikan', name: 'Pendidikan', position: 2 };

describe('client.admin.categories', () => {
  it('list() resolves with every category at once, retired ones too', async () => {
    const retired = { ...second, retiredAt: '2026-11-27T08:00:00.000Z' };
    const { client, fake } = setup(() => json([categoryAdminView, retired]), { token: 't' });
    expect(await client.admin.categories.list()).to.deep.equal([categoryAdminView, retired]);
    expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal(['GET', '/api/v1/admin/categories']);
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
  });

  it('create() posts the category', async () => {
    const { client, fake } = setup(() => json(categoryAdminView, { status: 201 }), { token: 't' });
    const input = { name: 'Kesehatan', scopes: ['news' as const, 'aspiration' as const] };
    expect(await client.admin.categories.create(input)).to.deep.equal(categoryAdminView);
    expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
  });

  it('update() patches it at its version', async () => {
    const { client, fake } = setup(() => json({ ...categoryAdminView, name: 'Kesehatan Warga' }), { token: 't' });
    await client.admin.categories.update('kesehatan', { name: 'Kesehatan Warga' }, { version: 1 });
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
      'PATCH',
      '/api/v1/admin/categories/kesehatan',
      '"1"',
    ]);
  });

  it('order() puts the ids in order and resolves with the categories in it', async () => {
    const { client, fake } = setup(() => json([second, categoryAdminView]), { token: 't' });
    const ordered = await client.admin.categories.order(['pendidikan', 'kesehatan']);
    expect(ordered.map((c) => c.id)).to.deep.equal(['pendidikan', 'kesehatan']);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url)]).to.deep.equal(['PUT', '/api/v1/admin/categories/order']);
    expect(JSON.parse(call.body)).to.deep.equal({ ids: ['pendidikan', 'kesehatan'] });
  });

  for (const step of ['retire', 'restore'] as const) {
    it(`${step}() posts the step at the version`, async () => {
      const { client, fake } = setup(() => json(categoryAdminView), { token: 't' });
      await client.admin.categories[step]('kesehatan', { version: 1 });
      const call = fake.calls[0]!;
      expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
        'POST',
        `/api/v1/admin/categories/kesehatan/${step}`,
        '"1"',
      ]);
    });
  }
});
