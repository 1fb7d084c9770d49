// The publishing workflow over HTTP: an operator drafts and submits, an official publishes, corrects, sends back and
// takes down; If-Match on every change (428 without, 412 with the current record when stale); roles and scope.

import { NewsAdminView } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

interface View {
  id: string;
  slug: string;
  status: string;
  title: string;
  summary: string;
  summarySource: string;
  body: string;
  readingMinutes: number;
  author: { id: string; name: string } | null;
  publishedAt: string | null;
  updatedAt: string;
  reviewNote: { note: string; by: { id: string; name: string } | null; action: string } | null;
  url: string;
  version: number;
}

const draftInput = {
  groupId: 'grp_0001',
  categoryId: 'pengumuman',
  title: 'Kerja bakti membersihkan saluran air',
  body:
    '<p>Warga RT 03 membersihkan saluran air pada Minggu pagi.</p><script>alert(1)</script>' +
    '<img src="https://evil.example/x.png" width="10" height="10"><p><a href="javascript:alert(1)">tautan</a></p>',
  tags: ['gotong royong'],
};

describe('admin news: the publishing workflow', function () {
  this.timeout(60_000);
  let t: App;
  let operator: SignedIn;
  let otherOperator: SignedIn;
  let official: SignedIn;
  let farOfficial: SignedIn;

  before(async () => {
    t = await testApp();
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0001' }, { name: 'Operator Bacang' });
    otherOperator = await signedIn(t, { role: 'kim', groupId: 'grp_0002' });
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' }, { name: 'Pejabat Kota' });
    farOfficial = await signedIn(t, { role: 'dinas', regionCode: '19.01' });
  });

  async function draft(who: SignedIn = operator, input: Record<string, unknown> = draftInput): Promise<View> {
    const response = await t.request('/v1/admin/news', send('POST', who, input));
    expect(response.headers.get('etag')).to.equal('"1"');
    return jsonOf<View>(response, 201);
  }

  it('creates a sanitized draft with a derived summary, its author and version 1', async () => {
    const view = await draft();
    expect(view).to.deep.include({ status: 'draft', version: 1, summarySource: 'derived', readingMinutes: 1 });
    expect(view.slug).to.match(/^kerja-bakti-membersihkan-saluran-air/);
    expect(view.body).not.to.match(/script|evil|javascript/);
    expect(view.body).to.include('Warga RT 03');
    expect(view.summary).to.equal('Warga RT 03 membersihkan saluran air pada Minggu pagi.');
    expect(view.author).to.deep.equal({ id: operator.user.id, name: 'Operator Bacang' });
    expect(view.url).to.equal(`https://kim.test/berita/${view.slug}`);
    const contract = NewsAdminView.safeParse(view);
    expect(contract.success, JSON.stringify(contract.error?.issues)).to.equal(true);
    expect((await t.request(`/v1/news/${view.slug}`)).status, 'a draft is not public').to.equal(404);
  });

  it('refuses anonymous callers, other groups and other regions', async () => {
    const view = await draft();
    expect((await t.request('/v1/admin/news', send('POST', null, draftInput))).status).to.equal(401);
    expect((await t.request(`/v1/admin/news/${view.id}`)).status).to.equal(401);
    expect((await t.request('/v1/admin/news', send('POST', otherOperator, draftInput))).status).to.equal(403);
    expect((await t.request(`/v1/admin/news/${view.id}`, send('GET', otherOperator))).status).to.equal(404);
    expect((await t.request(`/v1/admin/news/${view.id}`, send('GET', farOfficial))).status).to.equal(404);
    const patch = await t.request(
      `/v1/admin/news/${view.id}`,
      send('PATCH', otherOperator, { title: 'Diambil alih' }, 1),
    );
    expect(patch.status).to.equal(404);
    expect((await t.request(`/v1/admin/news/${view.id}`, send('GET', official))).status).to.equal(200);
  });

  it('requires If-Match: 428 without, 400 malformed, 412 with the current record when stale', async () => {
    const view = await draft();
    const path = `/v1/admin/news/${view.id}`;
    const missing = await t.request(path, send('PATCH', operator, { title: 'Judul baru untuk berita' }));
    expect((await jsonOf<{ code: string }>(missing, 428)).code).to.equal('precondition_required');
    for (const bad of ['*', 'W/"1"', '"1", "2"', '1', '"0"', '"abc"']) {
      const r = await t.request(path, send('PATCH', operator, { title: 'Judul baru untuk berita' }, bad));
      expect(r.status, bad).to.equal(400);
    }
    const ok = await jsonOf<View>(
      await t.request(path, send('PATCH', operator, { title: 'Judul baru untuk berita' }, 1)),
    );
    expect([ok.version, ok.title, ok.slug]).to.deep.equal([2, 'Judul baru untuk berita', 'judul-baru-untuk-berita']);
    const stale = await t.request(path, send('PATCH', operator, { title: 'Judul yang menimpa' }, 1));
    const problem = await jsonOf<{ code: string; current: View }>(stale, 412);
    expect(problem.code).to.equal('precondition_failed');
    expect([problem.current.version, problem.current.title]).to.deep.equal([2, 'Judul baru untuk berita']);
    expect(stale.headers.get('etag')).to.equal('"2"');
  });

  it('takes an article from draft to published, corrected, sent back and deleted, audited step by step', async () => {
    const view = await draft();
    const path = `/v1/admin/news/${view.id}`;
    const submitted = await jsonOf<View>(await t.request(`${path}/submit`, send('POST', operator, undefined, 1)));
    expect(submitted.status).to.equal('submitted');
    // Operators do not publish; officials of another regency do not even see it.
    expect((await t.request(`${path}/publish`, send('POST', operator, {}, 2))).status).to.equal(403);
    expect((await t.request(`${path}/publish`, send('POST', farOfficial, {}, 2))).status).to.equal(404);
    // Submitted, it is no longer the operator's to move; an official asking for a step its status forbids gets 409.
    expect((await t.request(`${path}/submit`, send('POST', operator, undefined, 2))).status).to.equal(403);
    expect((await t.request(`${path}/submit`, send('POST', official, undefined, 2))).status).to.equal(409);

    const queue = await jsonOf<{ data: View[] }>(
      await t.request('/v1/admin/news?status=submitted', send('GET', official)),
    );
    expect(queue.data.map((n) => n.id)).to.include(view.id);

    const published = await jsonOf<View>(await t.request(`${path}/publish`, send('POST', official, undefined, 2)));
    expect(published.status).to.equal('published');
    expect((await t.request(`/v1/news/${view.slug}`)).status).to.equal(200);

    // The operator's draft rights end at publication; the official corrects.
    expect((await t.request(path, send('PATCH', operator, { body: '<p>Ubah</p>' }, 3))).status).to.equal(403);
    const corrected = await jsonOf<View>(
      await t.request(path, send('PATCH', official, { body: '<p>Isi yang sudah dikoreksi oleh dinas.</p>' }, 3)),
    );
    expect(corrected.publishedAt).to.equal(published.publishedAt);
    expect(corrected.updatedAt > published.updatedAt).to.equal(true);
    expect(corrected.summary).to.equal('Isi yang sudah dikoreksi oleh dinas.');

    const noNote = await t.request(`${path}/unpublish`, send('POST', official, {}, 4));
    expect(noNote.status).to.equal(422);
    const down = await jsonOf<View>(
      await t.request(`${path}/unpublish`, send('POST', official, { note: 'Foto belum berizin' }, 4)),
    );
    expect(down.status).to.equal('unpublished');
    expect(down.reviewNote).to.deep.include({ note: 'Foto belum berizin', action: 'unpublish' });
    expect(down.reviewNote?.by).to.deep.equal({ id: official.user.id, name: 'Pejabat Kota' });
    expect((await t.request(`/v1/news/${view.slug}`)).status).to.equal(410);

    const deleted = await t.request(path, send('DELETE', official, undefined, 5));
    expect(deleted.status).to.equal(204);
    expect((await t.request(path, send('GET', official))).status).to.equal(404);

    const audit = await t.storage.listAudit({ targetId: view.id, regions: 'all', limit: 20 });
    expect(audit.map((e) => [e.action, e.actor.id]).reverse()).to.deep.equal([
      ['news.create', operator.user.id],
      ['news.submit', operator.user.id],
      ['news.publish', official.user.id],
      ['news.correct', official.user.id],
      ['news.unpublish', official.user.id],
      ['news.delete', official.user.id],
    ]);
  });

  it('schedules a publication, and sends an article back with a note', async () => {
    const view = await draft();
    const path = `/v1/admin/news/${view.id}`;
    await jsonOf<View>(await t.request(`${path}/submit`, send('POST', operator, undefined, 1)));
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await jsonOf<View>(
      await t.request(`${path}/publish`, send('POST', official, { publishAt: at }, 2)),
    );
    expect([scheduled.status, scheduled.publishedAt]).to.deep.equal(['scheduled', at]);
    expect((await t.request(`/v1/news/${view.slug}`)).status).to.equal(404);
    const back = await jsonOf<View>(
      await t.request(`${path}/return`, send('POST', official, { note: 'Tambahkan foto kegiatan' }, 3)),
    );
    expect([back.status, back.publishedAt, back.reviewNote?.note]).to.deep.equal([
      'returned',
      null,
      'Tambahkan foto kegiatan',
    ]);
    // Returned: the operator edits again and may delete their own draft.
    const edited = await jsonOf<View>(
      await t.request(path, send('PATCH', operator, { summary: 'Ringkasan penulis' }, 4)),
    );
    expect([edited.summary, edited.summarySource]).to.deep.equal(['Ringkasan penulis', 'author']);
    expect((await t.request(path, send('DELETE', operator, undefined, 5))).status).to.equal(204);
  });

  it('lists an operator only their own groups, an official their region', async () => {
    await draft();
    const own = await jsonOf<{ data: View[] & { group: { id: string } }[] }>(
      await t.request('/v1/admin/news?limit=100', send('GET', operator)),
    );
    expect(own.data.length).to.be.greaterThan(0);
    expect(own.data.every((n) => (n as unknown as { group: { id: string } }).group.id === 'grp_0001')).to.equal(true);
    const far = await jsonOf<{ data: View[] }>(await t.request('/v1/admin/news?limit=100', send('GET', farOfficial)));
    expect(far.data).to.deep.equal([]);
    const region = await jsonOf<{ data: { regionCode: string }[] }>(
      await t.request('/v1/admin/news?limit=100', send('GET', official)),
    );
    expect(region.data.every((n) => n.regionCode.startsWith('19.71.'))).to.equal(true);
  });
});
