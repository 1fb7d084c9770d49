// The officials' aspiration inbox over HTTP: what each role lists, the filters, and If-Match on a status change.
import { AspirationAdminView, AspirationBulkResult, Page } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { type SignedIn, signedIn } from './helpers/accounts.js';
import { admin, aspirationInput, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

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

  describe('many at once', () => {
    const submit = async (overrides: Record<string, unknown> = {}) =>
      (await jsonOf(await t.request('/v1/aspirations', json(aspirationInput(overrides))), 201)) as { id: string };

    it('changes each aspiration on its own and says what happened to each', async () => {
      const [a, b] = [await submit(), await submit()];
      const bulk = (who: { headers: Record<string, string> }, ids: string[]) =>
        t.request(
          '/v1/admin/aspirations/status',
          json({ ids, status: 'verified', internalNote: 'Cek massal' }, who.headers),
        );
      const outsider = AspirationBulkResult.parse(await jsonOf(await bulk(jakarta, [a.id])));
      expect(outsider.results).to.deep.equal([{ id: a.id, outcome: 'not_found' }]);
      await expectProblem(await bulk(bacang, [a.id]), 403, 'forbidden');
      const final = AspirationAdminView.parse(
        await jsonOf(await t.request('/v1/admin/aspirations/asp_seed0006', { headers: city.headers })),
      );
      const result = AspirationBulkResult.parse(
        await jsonOf(await bulk(city, [a.id, b.id, 'asp_none', final.id, a.id])),
      );
      expect(result.results).to.deep.equal([
        { id: a.id, outcome: 'changed' },
        { id: b.id, outcome: 'changed' },
        { id: 'asp_none', outcome: 'not_found' },
        { id: final.id, outcome: 'invalid_transition', from: final.status },
      ]);
      const entries = await t.storage.listAudit({
        regions: 'all',
        limit: 5,
        action: 'aspiration.status',
        actorId: city.user.id,
      });
      expect(entries.map((e) => e.target.id)).to.include.members([a.id, b.id]);
    });
  });

  describe('the CSV export', () => {
    it('is UTF-8 with a BOM, in Indonesian, with reporters only where allowed, safe from formulas, and audited', async () => {
      await t.request(
        '/v1/aspirations',
        json(aspirationInput({ title: '=HYPERLINK("http://jahat.example","klik")', regionCode: '19.71.01.1006' })),
      );
      const response = await t.request('/v1/admin/aspirations/export.csv?region=19.71', { headers: city.headers });
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).to.match(
        /^attachment; filename="aspirasi-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const [header, ...rows] = text.trimEnd().split('\r\n');
      expect(header).to.equal(
        '"Kode Lacak","Jenis","Status","Judul","Isi","Kategori","Kode Wilayah","Anonim","Rahasia","Diterima","Diperbarui","Nama Pelapor","Email Pelapor","Telepon Pelapor"',
      );
      expect(rows.length).to.be.at.least(7);
      expect(text).to.include('"\'=HYPERLINK(""http://jahat.example"",""klik"")"');
      // The anonymous aspiration of Opas Indah: no reporter for an official.
      const anonymous = rows.find((r) => r.includes('"ya","tidak"')) ?? '';
      expect(anonymous.endsWith(',"","",""')).to.equal(true);
      const [entry] = await t.storage.listAudit({ regions: 'all', limit: 1, action: 'aspiration.export' });
      expect(entry).to.deep.include({ regionCode: '19.71', changes: ['region'] });
      expect(entry?.actor.id).to.equal(city.user.id);
      await expectProblem(await t.request('/v1/admin/aspirations/export.csv', { headers: bacang.headers }), 403);
      const none = await t.request('/v1/admin/aspirations/export.csv', { headers: jakarta.headers });
      expect((await none.text()).trim().split('\r\n')).to.have.length(1);
    });
  });
});
