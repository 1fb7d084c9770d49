// What the public sees of the write side: only published articles (and scheduled ones whose time has come, even from
// a cached list), 410 for articles taken down or deleted and for archived groups, 301 from a group's old slug.
import { expect } from 'chai';
import type { NewsRecord, WriteContext } from '../src/storage/storage.js';
import { jsonOf, testApp } from './helpers/setup.js';

const ctx = (): WriteContext => ({
  at: new Date().toISOString(),
  actor: { type: 'system', id: null, name: null },
  requestId: null,
  clientAddress: null,
});

type App = Awaited<ReturnType<typeof testApp>>;
let n = 0;

/** A new article taken through review and published (at `publishAt` when given). */
async function publish(t: App, publishAt?: string) {
  n++;
  const draft = await t.storage.createNews(ctx(), {
    id: `nws_pub${n}`,
    groupId: 'grp_0001',
    regionCode: '19.71.01.1004',
    categoryId: 'pengumuman',
    title: `Pengumuman warga nomor ${n}`,
    body: '<p>Isi pengumuman.</p>',
    summary: 'Isi pengumuman.',
    summarySource: 'derived',
    readingMinutes: 1,
    tags: [],
    image: null,
    authorId: null,
  });
  const submitted = await t.storage.transitionNews(ctx(), draft.id, 1, { action: 'submit' });
  if (submitted.outcome !== 'written') throw new Error(submitted.outcome);
  const done = await t.storage.transitionNews(ctx(), draft.id, 2, { action: 'publish', publishAt });
  if (done.outcome !== 'written') throw new Error(done.outcome);
  return done.record;
}

const ids = async (t: App, path: string) =>
  (await jsonOf<{ data: NewsRecord[] }>(await t.request(path))).data.map((a) => a.id);

describe('public reads of the publishing workflow', function () {
  this.timeout(30_000);

  it('answers 404 for a draft, 200 once published, 410 once unpublished or deleted (API and /berita)', async () => {
    const t = await testApp();
    const d = await t.storage.createNews(ctx(), {
      id: 'nws_draft1',
      groupId: 'grp_0001',
      regionCode: '19.71.01.1004',
      categoryId: 'pengumuman',
      title: 'Draf yang belum terbit',
      body: '<p>Belum.</p>',
      summary: 'Belum.',
      summarySource: 'derived',
      readingMinutes: 1,
      tags: [],
      image: null,
      authorId: null,
    });
    expect((await t.request(`/v1/news/${d.slug}`)).status).to.equal(404);
    expect((await t.request(`/berita/${d.slug}`)).status).to.equal(404);
    const scheduled = await publish(t, new Date(Date.now() + 3_600_000).toISOString());
    for (const path of ['/v1/feeds/news.rss', '/v1/feeds/news.atom', '/v1/feeds/news.json', '/sitemap.xml']) {
      const text = await (await t.request(path)).text();
      expect(text, path).not.to.include(d.slug);
      expect(text, path).not.to.include(scheduled.slug);
    }

    const a = await publish(t);
    expect((await t.request(`/v1/news/${a.slug}`)).status).to.equal(200);
    expect(await ids(t, '/v1/news?limit=1')).to.deep.equal([a.id]);
    const off = await t.storage.transitionNews(ctx(), a.id, a.version, { action: 'unpublish', note: 'Salah data' });
    expect(off.outcome).to.equal('written');
    const gone = await t.request(`/v1/news/${a.slug}`);
    expect(gone.status).to.equal(410);
    expect((await jsonOf<{ code: string }>(gone, 410)).code).to.equal('gone');
    expect((await t.request(`/berita/${a.slug}`)).status).to.equal(410);
    expect(await ids(t, '/v1/news?limit=5')).not.to.include(a.id);

    const b = await publish(t);
    expect((await t.storage.deleteNews(ctx(), b.id, b.version)).outcome).to.equal('written');
    expect((await t.request(`/v1/news/${b.id}`)).status).to.equal(410);
    expect((await t.request(`/berita/${b.slug}`)).status).to.equal(410);
  });

  it('shows a scheduled article when its time comes, even from the response cache, with no write between', async () => {
    const t = await testApp({ responseCache: true });
    const at = new Date(Date.now() + 1500).toISOString();
    const a = await publish(t, at);
    expect(await ids(t, '/v1/news?limit=3')).not.to.include(a.id);
    expect((await t.request(`/v1/news/${a.slug}`)).status).to.equal(404);
    expect(await ids(t, '/v1/news?limit=3'), 'served again from the cache').not.to.include(a.id);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 150));
    expect((await ids(t, '/v1/news?limit=3'))[0]).to.equal(a.id);
    expect((await t.request(`/v1/news/${a.slug}`)).status).to.equal(200);
    const rss = await (await t.request('/v1/feeds/news.rss')).text();
    expect(rss).to.include(a.slug);
  });

  it('redirects an old group slug with 301, and answers 410 for an archived group', async () => {
    const t = await testApp();
    const group = await t.storage.getAdminGroup('grp_0001');
    const moved = await t.storage.updateGroup(ctx(), 'grp_0001', group!.version, { slug: 'kim-nama-baru' });
    expect(moved.outcome).to.equal('written');
    const old = await t.request(`/v1/groups/${group!.slug}`);
    expect(old.status).to.equal(301);
    expect(old.headers.get('location')).to.equal('https://kim.test/v1/groups/kim-nama-baru');
    expect((await t.request('/v1/groups/kim-nama-baru')).status).to.equal(200);
    const archived = await t.storage.setGroupArchived(ctx(), 'grp_0001', group!.version + 1, true);
    expect(archived.outcome).to.equal('written');
    const gone = await t.request('/v1/groups/kim-nama-baru');
    expect(gone.status).to.equal(410);
    const list = await jsonOf<{ data: { id: string }[] }>(await t.request('/v1/groups?limit=100'));
    expect(list.data.map((g) => g.id)).not.to.include('grp_0001');
  });
});
