import { expect } from 'chai';
import { KimValidationError } from '../errors/kim-validation-error.js';
import { AdminAgencyListQuery } from '../schemas/admin-queries.js';
import { type Agency, AgencyInput } from '../schemas/agency.js';
import { AspirationStatusChange } from '../schemas/aspiration-admin.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

const pupr: Agency = {
  id: 'agc_pupr',
  regionCode: '19.71',
  name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  shortName: 'Dinas PUPR',
  email: 'pupr@example.go.id',
  phone: null,
  status: 'active',
  archivedAt: null,
  createdAt: '2026-11-27T02:00:00.000Z',
  updatedAt: '2026-11-27T02:00:00.000Z',
  version: 1,
};

describe('client.admin.agencies', () => {
  it('list() sends the filters the server accepts, with the token', async () => {
    const { client, fake } = setup(() => json(page([pupr])), { token: 't' });
    const { data } = await client.admin.agencies.list({ region: '19.71', status: 'active', q: 'pupr', limit: 50 });
    expect(data).to.deep.equal([pupr]);
    const call = fake.calls[0]!;
    expect(call.url.pathname).to.equal('/api/v1/admin/agencies');
    const query = Object.fromEntries(call.url.searchParams);
    expect(AdminAgencyListQuery.safeParse(query).success).to.equal(true);
    expect(call.headers.get('authorization')).to.equal('Bearer t');
  });

  it('create() posts the agency; a problem with field errors becomes a KimValidationError', async () => {
    const input = { regionCode: '19.71', name: 'Dinas Perhubungan', shortName: 'Dishub' };
    expect(AgencyInput.safeParse(input).success).to.equal(true);
    const { client, fake } = setup(() => json({ ...pupr, ...input, id: 'agc_x' }, { status: 201 }), { token: 't' });
    expect((await client.admin.agencies.create(input)).shortName).to.equal('Dishub');
    expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);

    const refused = setup(
      () =>
        problem(422, {
          code: 'validation_failed',
          errors: [{ path: 'regionCode', message: 'Bukan kode kabupaten/kota yang dikenal' }],
        }),
      { token: 't' },
    );
    const error = await refused.client.admin.agencies.create({ ...input, regionCode: '99.99' }).catch((e) => e);
    expect(error).to.be.instanceOf(KimValidationError);
  });

  it('update(), archive() and restore() send the version in If-Match', async () => {
    const { client, fake } = setup(() => json(pupr), { token: 't' });
    await client.admin.agencies.update('agc_pupr', { phone: '0717-421234' }, { version: 1 });
    await client.admin.agencies.archive('agc_pupr', { version: 2 });
    await client.admin.agencies.restore('agc_pupr', { version: 3 });
    expect(fake.calls.map((c) => [c.method, pathOf(c.url), c.headers.get('if-match')])).to.deep.equal([
      ['PATCH', '/api/v1/admin/agencies/agc_pupr', '"1"'],
      ['POST', '/api/v1/admin/agencies/agc_pupr/archive', '"2"'],
      ['POST', '/api/v1/admin/agencies/agc_pupr/restore', '"3"'],
    ]);
  });

  it('the contract: forwarding needs an agency, and only forwarding takes one', () => {
    expect(AspirationStatusChange.safeParse({ status: 'forwarded' }).success).to.equal(false);
    expect(AspirationStatusChange.safeParse({ status: 'forwarded', agencyId: 'agc_pupr' }).success).to.equal(true);
    expect(AspirationStatusChange.safeParse({ status: 'verified', agencyId: 'agc_pupr' }).success).to.equal(false);
    expect(AgencyInput.safeParse({ regionCode: '19.71.01', name: 'Dinas X', shortName: 'DX' }).success).to.equal(false);
  });
});
