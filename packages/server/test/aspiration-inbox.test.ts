// The officials' aspiration inbox over HTTP: what each role lists, the filters, and If-Match on a status change.
import { AspirationAdminView, Page } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { type SignedIn, signedIn } from './helpers/accounts.js';
import { admin, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

// The seed: six aspirations in Kota Pangkal Pinang; asp_seed0001 in Bacang (19.71.01.1006) with a named reporter,
// asp_seed0005 anonymous and confidential in Selindung Baru (19.71.06.1002).
describe('the officials’ aspiration inbox (/v1/admin/aspirations)', () => {
  let t: App;
  let city: SignedIn;
  let jakarta: SignedIn;
  let bacang: SignedIn;

  const list = async (who: { headers: Record<string, string> }, query = '') =>
    z.parse(
      Page(AspirationAdminView),
      await jsonOf(await t.request(`/v1/admin/aspirations${query}`, { headers: who.headers })),
    );
  const ids = (page: { data: AspirationAdminView[] }) => page.data.map((a) => a.id);

  before(async () => {
    t = await testApp();
    city = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    jakarta = await signedIn(t, { role: 'dinas', regionCode: '31.71' });
    bacang = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
  });

  it('lists for each role what it may read: officials their region, an operator its village without personal data', async () => {
    const everything = ids(await list({ headers: admin }));
    expect(everything).to.have.length(6);
    expect(ids(await list(city))).to.deep.equal(everything);
    expect(ids(await list(jakarta))).to.deep.equal([]);
    const operator = await list(bacang);
    expect(ids(operator)).to.deep.equal(['asp_seed0001']);
    expect(operator.data[0]).to.deep.include({ reporter: null, personalDataHidden: true });
    const named = (await list(city)).data.find((a) => a.id === 'asp_seed0001');
    expect(named?.reporter).to.not.equal(null);
  });

  it('filters by status, kind, region, words and days, and sorts newest, oldest or by last change', async () => {
    const newest = ids(await list(city));
    expect(ids(await list(city, '?sort=oldest'))).to.deep.equal([...newest].reverse());
    const byKind = await list(city, '?kind=complaint');
    expect(byKind.data.every((a) => a.kind === 'complaint')).to.equal(true);
    expect(byKind.data.length).to.be.within(1, 5);
    expect(ids(await list(city, '?region=19.71.01'))).to.deep.equal(['asp_seed0001']);
    const received = await list(city, '?status=received');
    expect(received.data.every((a) => a.status === 'received')).to.equal(true);
    const one = (await list(city)).data[2] as AspirationAdminView;
    const word = one.title.split(/\s+/).find((w) => w.length > 5) ?? one.title;
    expect(ids(await list(city, `?q=${encodeURIComponent(one.trackingCode)}`))).to.deep.equal([one.id]);
    expect(ids(await list(city, `?q=${encodeURIComponent(word.slice(0, 4))}`))).to.include(one.id);
    const day = one.submittedAt.slice(0, 10);
    const sameDay = await list(city, `?submittedFrom=2000-01-01&submittedTo=2100-01-01`);
    expect(sameDay.data).to.have.length(6);
    expect(ids(await list(city, `?submittedFrom=2100-01-01`))).to.deep.equal([]);
    expect(day).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const updated = await list(city, '?sort=updated&limit=2');
    const rest = await list(city, `?sort=updated&limit=10&cursor=${updated.nextCursor}`);
    const all = [...updated.data, ...rest.data].map((a) => a.updatedAt);
    expect(all).to.deep.equal([...all].sort().reverse());
    expect(all).to.have.length(6);
    await expectProblem(
      await t.request(`/v1/admin/aspirations?sort=oldest&cursor=${updated.nextCursor}`, { headers: city.headers }),
      400,
    );
  });

  it('answers one aspiration with its version as ETag, and refuses a stale status change with the current one', async () => {
    const read = await t.request('/v1/admin/aspirations/asp_seed0001', { headers: city.headers });
    const view = AspirationAdminView.parse(await jsonOf(read));
    expect(read.headers.get('etag')).to.equal(`"${view.version}"`);
    const change = (status: string, ifMatch: string) =>
      t.request(
        '/v1/admin/aspirations/asp_seed0001/status',
        json(
          { status, note: 'Sudah ditindaklanjuti.', internalNote: 'Diteruskan ke PUPR' },
          { ...city.headers, 'If-Match': ifMatch },
        ),
      );
    const next = view.status === 'received' ? 'verified' : 'in_progress';
    const changed = await change(next, `"${view.version}"`);
    const after = AspirationAdminView.parse(await jsonOf(changed));
    expect(after.version).to.equal(view.version + 1);
    expect(changed.headers.get('etag')).to.equal(`"${after.version}"`);
    const stale = await expectProblem(await change('rejected', `"${view.version}"`), 412, 'precondition_failed');
    expect((stale as { current?: AspirationAdminView }).current).to.deep.include({ version: after.version });
    await expectProblem(await change('rejected', 'versi-satu'), 400, 'bad_request');
  });
});
