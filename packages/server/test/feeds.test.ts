// RSS 2.0, Atom and JSON Feed 1.1 of published news, and the sitemap, read back by well-kept parsers.
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import type { NewsSummary, Page } from '@kim-kit/sdk/schemas';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect } from 'chai';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FEED_SIZE } from '../src/feeds/news-feed.js';
import type { JsonFeed } from '../src/feeds/render-json-feed.js';
import { expectProblem, jsonOf, PUBLIC_URL, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Reads a JSON Feed 1.1 document, checking what the specification requires of it and of each item. */
function parseJsonFeed(text: string): JsonFeed {
  const feed = JSON.parse(text) as JsonFeed;
  expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
  expect(feed.title).to.be.a('string').and.not.equal('');
  expect(feed.items).to.be.an('array');
  for (const item of feed.items) {
    expect(item.id).to.be.a('string').and.not.equal('');
    expect(new URL(item.url).protocol).to.match(/^https?:$/);
    expect(item.content_html).to.be.a('string');
    expect(item.date_published).to.match(ISO);
    expect(item.date_modified).to.match(ISO);
    for (const author of item.authors) expect(author.name).to.be.a('string');
    if (item.image !== undefined) expect(new URL(item.image).protocol).to.match(/^https?:$/);
  }
  return feed;
}

async function news(t: App, query: string): Promise<NewsSummary[]> {
  return (await jsonOf<Page<NewsSummary>>(await t.request(`/v1/news?limit=100&${query}`))).data;
}

async function text(t: App, path: string, init?: RequestInit): Promise<{ response: Response; body: string }> {
  const response = await t.request(path, init);
  return { response, body: await response.text() };
}

describe('news feeds', () => {
  let t: App;
  before(async () => {
    t = await testApp();
  });

  describe('RSS 2.0', () => {
    it('carries the newest published articles of a region, read back by two parsers', async () => {
      const expected = (await news(t, 'region=19.71')).slice(0, FEED_SIZE);
      const { response, body } = await text(t, '/v1/feeds/news.rss?region=19.71');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/rss+xml; charset=utf-8');
      expect(XMLValidator.validate(body)).to.equal(true);

      const feed = parseFeed(body);
      expect(feed.meta.type).to.equal('rss');
      expect(feed.title).to.equal('Berita KIM: Kota Pangkal Pinang');
      expect(feed.language).to.equal('id');
      expect(feed.items.map((i) => i.url)).to.deep.equal(expected.map((n) => n.url));
      const [first] = feed.items;
      expect(first?.title).to.equal(expected[0]?.title);
      expect(first?.authors.map((a) => a.name)).to.deep.equal([expected[0]?.group.name]);
      expect(first?.categories.map((c) => c.label ?? c.term)).to.deep.equal([expected[0]?.category.name]);
      expect(first?.published?.toISOString()).to.equal(expected[0]?.publishedAt);
      expect(first?.content).to.match(/^<p>/);
      expect(first?.media.map((m) => m.url)).to.deep.equal([expected[0]?.image?.url]);

      const extracted = extractFromXml(body);
      expect(extracted.entries?.map((e) => e.link)).to.deep.equal(expected.map((n) => n.url));
    });
  });

  describe('Atom', () => {
    it('carries the same articles with ids, updated times and HTML content', async () => {
      const expected = (await news(t, 'region=19.71')).slice(0, FEED_SIZE);
      const { response, body } = await text(t, '/v1/feeds/news.atom?region=19.71');
      expect(response.headers.get('content-type')).to.equal('application/atom+xml; charset=utf-8');
      expect(XMLValidator.validate(body)).to.equal(true);
      const feed = parseFeed(body);
      expect(feed.meta.type).to.equal('atom');
      expect(feed.items.map((i) => i.id)).to.deep.equal(expected.map((n) => n.url));
      expect(feed.items[0]?.updated?.toISOString()).to.equal(expected[0]?.updatedAt);
      expect(feed.items[0]?.content).to.match(/^<p>/);
      expect(feed.self).to.equal(`${PUBLIC_URL}/v1/feeds/news.atom?region=19.71`);
      expect(extractFromXml(body).entries).to.have.length(expected.length);
    });
  });

  describe('JSON Feed 1.1', () => {
    it('is a valid JSON Feed of the same articles', async () => {
      const expected = (await news(t, 'region=19.71')).slice(0, FEED_SIZE);
      const { response, body } = await text(t, '/v1/feeds/news.json?region=19.71');
      expect(response.headers.get('content-type')).to.equal('application/feed+json; charset=utf-8');
      const feed = parseJsonFeed(body);
      expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
      expect(feed.feed_url).to.equal(`${PUBLIC_URL}/v1/feeds/news.json?region=19.71`);
      expect(feed.items.map((i) => i.url)).to.deep.equal(expected.map((n) => n.url));
      expect(feed.items[0]?.authors).to.deep.equal([{ name: expected[0]?.group.name }]);
      expect(feed.items[0]?.image).to.equal(expected[0]?.image?.url);
      expect(extractFromJson(JSON.parse(body)).entries?.map((e) => e.link)).to.deep.equal(expected.map((n) => n.url));
    });
  });

  it('filters by group (id or slug), category and region prefix like /v1/news', async () => {
    for (const query of [
      'group=kim-bacang-berseri',
      'category=kesehatan',
      'region=19.71.01',
      'region=19.71&category=kesehatan',
    ]) {
      const expected = (await news(t, query)).slice(0, FEED_SIZE).map((n) => n.url);
      expect(expected.length, query).to.be.greaterThan(0);
      const feed = parseJsonFeed((await text(t, `/v1/feeds/news.json?${query}`)).body);
      expect(
        feed.items.map((i) => i.url),
        query,
      ).to.deep.equal(expected);
    }
    const all = parseFeed((await text(t, '/v1/feeds/news.rss')).body);
    expect(all.title).to.equal('Berita KIM');
    expect(all.items).to.have.length(FEED_SIZE);
  });

  it('names its scope in the title', async () => {
    const feed = parseJsonFeed((await text(t, '/v1/feeds/news.json?group=kim-bacang-berseri&category=kesehatan')).body);
    expect(feed.title).to.match(/^Berita KIM: KIM Bacang Berseri · Kesehatan$/);
  });

  it('answers 404 for a region, group or category that does not exist, and 400 for a malformed query', async () => {
    for (const query of ['region=31.71', 'group=tidak-ada', 'category=tidak-ada']) {
      await expectProblem(await t.request(`/v1/feeds/news.rss?${query}`), 404, 'not_found');
    }
    for (const query of ['region=abc', 'limit=5', 'category=Bad_Slug', 'region=19&region=19.71']) {
      await expectProblem(await t.request(`/v1/feeds/news.atom?${query}`), 400, 'validation_failed');
    }
  });

  describe('conditional GET', () => {
    for (const format of ['rss', 'atom', 'json']) {
      it(`${format}: 304 for a matching ETag or an If-Modified-Since at or after Last-Modified`, async () => {
        const path = `/v1/feeds/news.${format}?region=19.71`;
        const { response } = await text(t, path);
        const etag = response.headers.get('etag')!;
        const lastModified = response.headers.get('last-modified')!;
        expect(etag).to.match(/^"[\w-]+"$/);
        expect(new Date(lastModified).toUTCString()).to.equal(lastModified);
        expect(response.headers.get('cache-control')).to.match(/^public, max-age=300/);
        const check = async (headers: Record<string, string>, status: number) => {
          const r = await t.request(path, { headers });
          expect(r.status, JSON.stringify(headers)).to.equal(status);
          expect(r.headers.get('etag')).to.equal(etag);
          return r;
        };
        const notModified = await check({ 'If-None-Match': etag }, 304);
        expect(await notModified.text()).to.equal('');
        await check({ 'If-Modified-Since': lastModified }, 304);
        await check({ 'If-Modified-Since': new Date(Date.parse(lastModified) + 3600_000).toUTCString() }, 304);
        await check({ 'If-Modified-Since': new Date(Date.parse(lastModified) - 1000).toUTCString() }, 200);
        // If-None-Match wins over If-Modified-Since.
        await check({ 'If-None-Match': '"other"', 'If-Modified-Since': lastModified }, 200);
        await check({ 'If-Modified-Since': 'not a date' }, 200);
      });
    }

    it('answers HEAD with the headers and no body', async () => {
      const response = await t.request('/v1/feeds/news.rss', { method: 'HEAD' });
      expect(response.status).to.equal(200);
      expect(response.headers.get('etag')).to.be.a('string');
      expect(await response.text()).to.equal('');
    });
  });

  it('stays well-formed and safe whatever an article holds', async () => {
    const h = await testApp();
    const [base] = await h.storage.listNews({ limit: 1 });
    if (!base) throw new Error('no seed news');
    const title = 'Judul ]]> <script>alert(1)</script> & "kutip" \u0001\u0008\uFFFE akhir';
    await h.storage.putNews([
      {
        id: 'nws_hostile_feed',
        slug: 'berita-aneh',
        title,
        summary: 'Ringkasan ]]> <b>tebal</b> \u0000',
        body: '<p>Isi ]]> &amp;</p><script>alert(1)</script><meta http-equiv="refresh" content="0;url=https://evil.example"><img src="https://evil.example/x.png" width="1" height="1"><a href="javascript:alert(1)">tautan</a>',
        image: { path: '@127.0.0.1:9213/x.png', alt: 'x', width: 1, height: 1 },
        groupId: base.group.id,
        regionCode: base.regionCode,
        categoryId: base.category.id,
        tags: ['tag ]]>', 'tag\u0007'],
        publishedAt: '2026-11-29T00:00:00.000Z',
        updatedAt: '2026-11-29T00:00:00.000Z',
      },
    ]);
    for (const format of ['rss', 'atom'] as const) {
      const { body } = await text(h, `/v1/feeds/news.${format}`);
      expect(XMLValidator.validate(body), format).to.equal(true);
      const item = parseFeed(body).items[0];
      expect(item?.title, format).to.equal('Judul ]]> <script>alert(1)</script> & "kutip"  akhir');
      expect(item?.content)
        .to.include('Isi')
        .and.include('tautan')
        .and.not.match(/script|evil|javascript|<meta|<img/);
      expect(item?.media, 'no image from an unsafe path').to.deep.equal([]);
    }
    const json = parseJsonFeed((await text(h, '/v1/feeds/news.json')).body);
    expect(json.items[0]?.content_html).to.equal('<p>Isi ]]&gt; &amp;</p>tautan');
    expect(json.items[0]?.title).to.equal('Judul ]]> <script>alert(1)</script> & "kutip"  akhir');
    expect(json.items[0]?.image).to.equal(undefined);
  });
});

describe('sitemap', () => {
  it('lists every published article page with its last change, on the public URL', async () => {
    const t = await testApp();
    const response = await t.request('/sitemap.xml');
    expect(response.headers.get('content-type')).to.equal('application/xml; charset=utf-8');
    const body = await response.text();
    expect(XMLValidator.validate(body)).to.equal(true);
    const parsed = new XMLParser().parse(body) as { urlset: { url: { loc: string; lastmod: string }[] } };
    const all: NewsSummary[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<NewsSummary> = await jsonOf(
        await t.request(`/v1/news?limit=100${cursor ? `&cursor=${cursor}` : ''}`),
      );
      all.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(parsed.urlset.url.map((u) => u.loc)).to.deep.equal(all.map((n) => n.url));
    expect(parsed.urlset.url.map((u) => u.lastmod)).to.deep.equal(all.map((n) => n.updatedAt));
    expect(body).to.include('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const etag = response.headers.get('etag')!;
    expect((await t.request('/sitemap.xml', { headers: { 'If-None-Match': etag } })).status).to.equal(304);
    await expectProblem(await t.request('/sitemap.xml?page=2'), 400, 'validation_failed');
  });
});
