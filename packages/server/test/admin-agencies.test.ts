// Perangkat daerah over HTTP: the registry's policy and problems, forwarding to an agency, its answer, due dates on
// the tracker and the overdue queue.
import { Agency, AspirationAdminView, AspirationTracking } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { regionFromCode } from '../src/regions/classify-region.js';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

describe('admin agencies', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let admin: SignedIn;
  let official: SignedIn;
  let jakarta: SignedIn;
  let operator: SignedIn;

  before(async () => {
    t = await testApp();
    admin = await signedIn(t, { role: 'admin' });
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0001' });
    // Another city, with an agency of its own.
    const regions = [regionFromCode('31', 'DKI Jakarta'), regionFromCode('31.71', 'Kota Jakarta Pusat')];
    await t.storage.putRegions(regions.filter((r) => r !== null));
  });

  it('lists the seeded agencies of Kota Pangkal Pinang to its officials, none to others, 403 to operators', async () => {
    expect((await t.request('/v1/admin/agencies')).status).to.equal(401);
    const page = await jsonOf<{ data: Agency[] }>(
      await t.request('/v1/admin/agencies?status=active&limit=100', send('GET', official)),
    );
    expect(page.data.map((a) => a.shortName)).to.include.members(['Dinas PUPR', 'DLH', 'Dinkes', 'Dishub']);
    for (const a of page.data) expect(Agency.safeParse(a).success, a.id).to.equal(true);
    const none = await jsonOf<{ data: Agency[] }>(await t.request('/v1/admin/agencies', send('GET', jakarta)));
    expect(none.data).to.deep.equal([]);
    await expectProblem(await t.request('/v1/admin/agencies', send('GET', operator)), 403, 'forbidden');
  });

  it('creates, changes and archives with If-Match, audited; refuses other regions and bad input', async () => {
    const input = { regionCode: '19.71', name: 'Dinas Ketahanan Pangan dan Pertanian', shortName: 'DKPP' };
    await expectProblem(await t.request('/v1/admin/agencies', send('POST', jakarta, input)), 403, 'forbidden');
    await expectProblem(await t.request('/v1/admin/agencies', send('POST', operator, input)), 403, 'forbidden');
    const bad = await expectProblem(
      await t.request('/v1/admin/agencies', send('POST', official, { ...input, regionCode: '19.71.01' })),
      422,
      'validation_failed',
    );
    expect(bad.errors?.map((e) => e.path)).to.deep.equal(['regionCode']);
    const created = await t.request('/v1/admin/agencies', send('POST', official, input));
    expect(created.status).to.equal(201);
    expect(created.headers.get('etag')).to.equal('"1"');
    const agency = Agency.parse(await created.json());
    await expectProblem(await t.request('/v1/admin/agencies', send('POST', official, input)), 409, 'conflict');
    const path = `/v1/admin/agencies/${agency.id}`;
    await expectProblem(await t.request(path, send('PATCH', official, { phone: '0717-421234' })), 428);
    const changed = Agency.parse(
      await jsonOf(await t.request(path, send('PATCH', official, { phone: '0717-421234' }, 1))),
    );
    expect(changed).to.deep.include({ phone: '0717-421234', version: 2 });
    const stale = await expectProblem(await t.request(path, send('PATCH', official, { phone: '0717-999999' }, 1)), 412);
    expect((stale as { current?: Agency }).current?.version).to.equal(2);
    await expectProblem(await t.request(path, send('GET', jakarta)), 404, 'not_found');
    const archived = Agency.parse(await jsonOf(await t.request(`${path}/archive`, send('POST', admin, undefined, 2))));
    expect(archived.status).to.equal('archived');
    const audit = await jsonOf<{ data: { action: string }[] }>(
      await t.request(`/v1/admin/audit?targetId=${agency.id}`, send('GET', official)),
    );
    expect(audit.data.map((e) => e.action)).to.deep.equal(['agency.archive', 'agency.update', 'agency.create']);

    // An archived agency is not offered for forwarding.
    const receipt = await jsonOf<{ id: string }>(await t.request('/v1/aspirations', json(aspirationInput())), 201);
    await jsonOf(
      await t.request(`/v1/admin/aspirations/${receipt.id}/status`, send('POST', official, { status: 'verified' }, 1)),
    );
    const refused = await expectProblem(
      await t.request(
        `/v1/admin/aspirations/${receipt.id}/status`,
        send('POST', official, { status: 'forwarded', agencyId: agency.id }, 2),
      ),
      422,
      'validation_failed',
    );
    expect(refused.errors?.map((e) => e.path)).to.deep.equal(['agencyId']);
  });

  it('forwards to an agency, records its answer, and the tracker names it with the due date', async () => {
    const receipt = await jsonOf<{ id: string; trackingCode: string }>(
      await t.request('/v1/aspirations', json(aspirationInput({ kind: 'information_request' }))),
      201,
    );
    const base = `/v1/admin/aspirations/${receipt.id}`;
    const fresh = AspirationAdminView.parse(await jsonOf(await t.request(base, send('GET', official))));
    expect(fresh.dueStage).to.equal('response');
    expect(fresh.overdue).to.equal(false);
    // Ten working days ahead: at least 12 calendar days (two weekends), ending at 23:59:59 WIB.
    expect(Date.parse(fresh.dueAt ?? '') - Date.parse(fresh.submittedAt)).to.be.greaterThan(11 * 86_400_000);
    expect(fresh.dueAt).to.match(/T16:59:59\.000Z$/);
    await jsonOf(await t.request(`${base}/status`, send('POST', official, { status: 'verified' }, 1)));
    // Without an agency, or with another region's agency: 422 on agencyId.
    const missing = await expectProblem(
      await t.request(`${base}/status`, send('POST', official, { status: 'forwarded' }, 2)),
      422,
    );
    expect(missing.errors?.map((e) => e.path)).to.deep.equal(['agencyId']);
    const other = await jsonOf<Agency>(
      await t.request(
        '/v1/admin/agencies',
        send('POST', admin, { regionCode: '31.71', name: 'Dinas Bina Marga', shortName: 'Bina Marga' }),
      ),
      201,
    );
    const elsewhere = await expectProblem(
      await t.request(`${base}/status`, send('POST', official, { status: 'forwarded', agencyId: other.id }, 2)),
      422,
    );
    expect(elsewhere.errors?.map((e) => e.path)).to.deep.equal(['agencyId']);
    // Before forwarding there is no agency to answer.
    await expectProblem(
      await t.request(`${base}/agency-responses`, send('POST', official, { note: 'Jawaban.' }, 2)),
      409,
      'invalid_transition',
    );
    const forwarded = AspirationAdminView.parse(
      await jsonOf(
        await t.request(
          `${base}/status`,
          send('POST', official, { status: 'forwarded', agencyId: 'agc_pupr', note: 'Diteruskan.' }, 2),
        ),
      ),
    );
    expect(forwarded.agency).to.deep.equal({
      id: 'agc_pupr',
      name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      shortName: 'Dinas PUPR',
    });
    // An information request keeps its one period from receipt (UU 14/2008 art. 22(7)): verifying and forwarding it
    // start no new one.
    expect([forwarded.dueStage, forwarded.dueAt]).to.deep.equal(['response', fresh.dueAt]);
    await expectProblem(
      await t.request(`${base}/agency-responses`, send('POST', operator, { note: 'Jawaban.' }, 3)),
      404,
    );
    const answered = await t.request(
      `${base}/agency-responses`,
      send('POST', official, { note: 'Data anggaran perbaikan jalan tersedia di laman PPID.' }, 3),
    );
    expect(answered.status).to.equal(201);
    expect(answered.headers.get('etag')).to.equal('"4"');

    const tracking = AspirationTracking.parse(await jsonOf(await t.request(`/v1/aspirations/${receipt.trackingCode}`)));
    expect(tracking.agency?.shortName).to.equal('Dinas PUPR');
    expect(tracking.dueAt).to.equal(forwarded.dueAt);
    expect(tracking.history.map((h) => [h.kind, h.status, h.agency?.shortName ?? null])).to.deep.equal([
      ['status', 'received', null],
      ['status', 'verified', null],
      ['status', 'forwarded', 'Dinas PUPR'],
      ['agency_response', 'forwarded', 'Dinas PUPR'],
    ]);
    const filtered = await jsonOf<{ data: { id: string }[] }>(
      await t.request('/v1/admin/aspirations?agency=agc_pupr&limit=100', send('GET', official)),
    );
    expect(filtered.data.map((a) => a.id)).to.include(receipt.id);
  });

  it('puts seeded aspirations past their due date in the overdue queue, each marked overdue', async () => {
    const overdue = await jsonOf<{ data: AspirationAdminView[] }>(
      await t.request('/v1/admin/aspirations?overdue=true&limit=100', send('GET', official)),
    );
    expect(overdue.data.length).to.be.greaterThan(0);
    for (const a of overdue.data) expect([a.trackingCode, a.overdue]).to.deep.equal([a.trackingCode, true]);
    const rest = await jsonOf<{ data: AspirationAdminView[] }>(
      await t.request('/v1/admin/aspirations?overdue=false&limit=100', send('GET', official)),
    );
    for (const a of rest.data) expect([a.trackingCode, a.overdue]).to.deep.equal([a.trackingCode, false]);
  });
});
