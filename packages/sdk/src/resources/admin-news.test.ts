import { expect } from 'chai';
import { isKimPreconditionFailedError } from '../errors/guards.js';
import type { KimApiError } from '../errors/kim-api-error.js';
import type { KimPreconditionFailedError } from '../errors/kim-precondition-failed-error.js';
import { AdminNewsListQuery } from '../schemas/admin-queries.js';
import type { NewsAdminView } from '../schemas/news-admin.js';
import { newsAdminView } from '../test-utils/admin-fixtures.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';
import type { AdminNewsListParams } from './admin-news.js';

const answer =
  (fields: Partial<NewsAdminView> = {}) =>
  () =>
    json({ ...newsAdminView, ...fields });

describe('client.admin.news', () => {
  it("list() sends every filter in the form the server's query schema accepts", async () => {
    const { client, fake } = setup(() => json(page([newsAdminView])), { token: 't' });
    const params: Required<AdminNewsListParams> = {
      status: 'submitted',
      group: 'grp_1',
      region: '19.71',
      category: 'kesehatan',
      q: 'posyandu',
      limit: 20,
      cursor: 'c1',
    };
    expect((await client.admin.news.list(params)).data).to.deep.equal([newsAdminView]);
    const query = Object.fromEntries(fake.calls[0]!.url.searchParams);
    expect(fake.calls[0]!.url.pathname).to.equal('/api/v1/admin/news');
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AdminNewsListQuery.shape).sort());
    expect(AdminNewsListQuery.safeParse(query).success).to.equal(true);
  });

  it('get() fetches an article by id', async () => {
    const { client, fake } = setup(answer(), { token: 't' });
    expect(await client.admin.news.get('news_1')).to.deep.equal(newsAdminView);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/news/news_1');
  });

  it('create() posts a draft', async () => {
    const { client, fake } = setup(answer({ version: 1 }), { token: 't' });
    const input = {
      groupId: 'grp_1',
      categoryId: 'kesehatan',
      title: 'Posyandu Bacang bulan Desember',
      body: '<p>Posyandu balita dibuka pukul 08.00 WIB.</p>',
      image: { mediaId: 'med_1', alt: 'Kader posyandu menimbang balita' },
    };
    expect((await client.admin.news.create(input)).status).to.equal('draft');
    expect([fake.calls[0]!.method, pathOf(fake.calls[0]!.url)]).to.deep.equal(['POST', '/api/v1/admin/news']);
    expect(JSON.parse(fake.calls[0]!.body)).to.deep.equal(input);
  });

  it('update() patches at the version', async () => {
    const { client, fake } = setup(answer({ title: 'Judul baru yang jelas', version: 5 }), { token: 't' });
    const updated = await client.admin.news.update('news_1', { title: 'Judul baru yang jelas' }, { version: 4 });
    expect(updated.version).to.equal(5);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
      'PATCH',
      '/api/v1/admin/news/news_1',
      '"4"',
    ]);
  });

  it('submit() posts the step at the version', async () => {
    const { client, fake } = setup(answer({ status: 'submitted' }), { token: 't' });
    expect((await client.admin.news.submit('news_1', { version: 4 })).status).to.equal('submitted');
    expect([pathOf(fake.calls[0]!.url), fake.calls[0]!.headers.get('if-match')]).to.deep.equal([
      '/api/v1/admin/news/news_1/submit',
      '"4"',
    ]);
  });

  it('publish() publishes now with an empty body, or at a time given as a Date or text', async () => {
    const { client, fake } = setup(answer({ status: 'published' }), { token: 't' });
    await client.admin.news.publish('news_1', {}, { version: 4 });
    await client.admin.news.publish('news_1', { publishAt: new Date('2026-12-01T08:00:00+07:00') }, { version: 5 });
    await client.admin.news.publish('news_1', { publishAt: '2026-12-01T08:00:00+07:00' }, { version: 6 });
    await client.admin.news.publish('news_1', { publishAt: null }, { version: 7 });
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/news/news_1/publish');
    expect(fake.calls.map((call) => JSON.parse(call.body))).to.deep.equal([
      {},
      { publishAt: '2026-12-01T01:00:00.000Z' },
      { publishAt: '2026-12-01T08:00:00+07:00' },
      { publishAt: null },
    ]);
    expect(fake.calls.map((call) => call.headers.get('if-match'))).to.deep.equal(['"4"', '"5"', '"6"', '"7"']);
  });

  for (const step of ['return', 'unpublish'] as const) {
    it(`${step}() posts the note at the version`, async () => {
      const { client, fake } = setup(answer({ status: step === 'return' ? 'returned' : 'unpublished' }), {
        token: 't',
      });
      await client.admin.news[step]('news_1', { note: 'Mohon lengkapi jadwal kegiatan.' }, { version: 4 });
      const call = fake.calls[0]!;
      expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
        'POST',
        `/api/v1/admin/news/news_1/${step}`,
        '"4"',
      ]);
      expect(JSON.parse(call.body)).to.deep.equal({ note: 'Mohon lengkapi jadwal kegiatan.' });
    });
  }

  it('a step not allowed from the current status is a conflict (invalid_transition)', async () => {
    const { client } = setup(() => problem(409, { code: 'invalid_transition' }), { token: 't' });
    const error = (await rejection(client.admin.news.submit('news_1', { version: 4 }))) as KimApiError;
    expect([error.status, error.code]).to.deep.equal([409, 'invalid_transition']);
  });

  it('delete() deletes, with If-Match only when a version is given', async () => {
    const { client, fake } = setup(() => new Response(null, { status: 204 }), { token: 't' });
    expect(await client.admin.news.delete('news_1')).to.equal(undefined);
    await client.admin.news.delete('news_1', { version: 4 });
    expect(fake.calls.map((call) => [call.method, pathOf(call.url), call.headers.get('if-match')])).to.deep.equal([
      ['DELETE', '/api/v1/admin/news/news_1', null],
      ['DELETE', '/api/v1/admin/news/news_1', '"4"'],
    ]);
  });

  describe('two editors of one article', () => {
    it("the second to save gets a KimPreconditionFailedError with the first one's article, to show both", async () => {
      const saved = { ...newsAdminView, title: 'Posyandu Bacang: jadwal baru', version: 5 };
      let version = 4;
      const { client, fake } = setup(
        (request) => {
          if (request.headers.get('if-match') !== `"${version}"`) {
            return problem(412, { code: 'precondition_failed', current: { ...saved, version } });
          }
          version++;
          return json({ ...saved, ...JSON.parse(request.body), version });
        },
        { token: 't' },
      );
      const mine = await client.admin.news.update('news_1', { title: 'Posyandu Bacang: jadwal baru' }, { version: 4 });
      expect(mine.version).to.equal(5);
      const error = await rejection(
        client.admin.news.update('news_1', { title: 'Judul editor kedua' }, { version: 4 }),
      );
      expect(isKimPreconditionFailedError<NewsAdminView>(error)).to.equal(true);
      const current = (error as KimPreconditionFailedError<NewsAdminView>).current!;
      expect([current.title, current.version]).to.deep.equal(['Posyandu Bacang: jadwal baru', 5]);
      // The editor merges and saves on top of the version it was shown.
      const merged = await client.admin.news.update(
        'news_1',
        { title: 'Judul editor kedua' },
        { version: current.version },
      );
      expect([merged.title, merged.version]).to.deep.equal(['Judul editor kedua', 6]);
      expect(fake.calls).to.have.length(3);
    });
  });
});
