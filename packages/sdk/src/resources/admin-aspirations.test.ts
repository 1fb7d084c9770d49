import { expect } from 'chai';
import { isKimAuthError } from '../errors/guards.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { adminView, page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.admin.aspirations', () => {
  it('list() sends status, limit and cursor with the bearer token', async () => {
    const { client, fake } = setup(() => json(page([adminView])), { token: 'admin-secret' });
    const { data } = await client.admin.aspirations.list({ status: 'received', limit: 50, cursor: 'c9' });
    expect(data).to.deep.equal([adminView]);
    const call = fake.calls[0]!;
    expect(pathOf(call.url)).to.equal('/api/v1/admin/aspirations?status=received&limit=50&cursor=c9');
    expect(call.headers.get('authorization')).to.equal('Bearer admin-secret');
  });

  it('get() fetches one aspiration by id', async () => {
    const { client, fake } = setup(() => json(adminView), { token: 't' });
    expect(await client.admin.aspirations.get('asp_1')).to.deep.equal(adminView);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/aspirations/asp_1');
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
  });

  it('setStatus() posts the change', async () => {
    const verified = { ...adminView, status: 'verified' as const };
    const { client, fake } = setup(() => json(verified), { token: 't' });
    const change = { status: 'verified' as const, note: 'Diteruskan ke Dinas PUPR' };
    expect(await client.admin.aspirations.setStatus('asp_1', change)).to.deep.equal(verified);
    const call = fake.calls[0]!;
    expect(call.method).to.equal('POST');
    expect(pathOf(call.url)).to.equal('/api/v1/admin/aspirations/asp_1/status');
    expect(JSON.parse(call.body)).to.deep.equal(change);
    expect(call.headers.get('authorization')).to.equal('Bearer t');
    expect(call.headers.has('idempotency-key')).to.equal(false);
  });

  it('without a token, sends no Authorization and surfaces the 401 as KimAuthError', async () => {
    const { client, fake } = setup(() => problem(401, { code: 'unauthorized', title: 'Unauthorized' }));
    const error = await rejection(client.admin.aspirations.get('asp_1'));
    expect(isKimAuthError(error)).to.equal(true);
    expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
  });
});
