import {
  Category,
  KimGroup,
  NewsArticle,
  NewsSummary,
  type Page,
  Page as PageSchema,
  Region,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import type * as z from 'zod/mini';
import { jsonOf, PUBLIC_URL, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

function valid<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) expect.fail(JSON.stringify(result.error.issues.slice(0, 3)));
  return result.data;
}

describe('catalog endpoints', () => {
  let t: App;
  before(async () => {
    t = await testApp();
  });

  describe('GET /v1/regions', () => {
    it('lists provinces by default', async () => {
      const page = valid(PageSchema(Region), await jsonOf(await t.request('/v1/regions')));
      expect(page.data.map((r) => r.code)).to.deep.equal(['19']);
      expect(page.nextCursor).to.equal(null);
    });

    it('lists the children of a parent', async () => {
      const page = valid(PageSchema(Region), await jsonOf(await t.request('/v1/regions?parent=19.71')));
      expect(page.data.map((r) => r.name)).to.deep.equal([
        'Bukit Intan',
        'Taman Sari',
        'Pangkal Balam',
        'Rangkui',
        'Gerunggang',
        'Gabek',
        'Girimaya',
      ]);
      expect(page.data.every((r) => r.level === 'district' && r.kind === 'kecamatan' && r.parentCode === '19.71')).to.be
        .true;
    });

    it('lists every region of a level under a parent', async () => {
      const page = valid(PageSchema(Region), await jsonOf(await t.request('/v1/regions?parent=19.71&level=village')));
      expect(page.data).to.have.length(42);
      expect(page.data.every((r) => r.kind === 'kelurahan')).to.be.true;
      const cities = valid(PageSchema(Region), await jsonOf(await t.request('/v1/regions?level=city')));
      expect(cities.data.map((r) => r.code)).to.deep.equal(['19.71']);
    });

    it('reads one region', async () => {
      const region = valid(Region, await jsonOf(await t.request('/v1/regions/19.71.01.1004')));
      expect(region).to.deep.equal({
        code: '19.71.01.1004',
        name: 'Semabung Lama',
        level: 'village',
        kind: 'kelurahan',
        parentCode: '19.71.01',
      });
      const city = valid(Region, await jsonOf(await t.request('/v1/regions/19.71')));
      expect(city).to.include({ level: 'city', kind: 'kota', parentCode: '19' });
    });

    it('answers 404 for an unknown region or parent', async () => {
      expect((await t.request('/v1/regions/19.72')).status).to.equal(404);
      expect((await t.request('/v1/regions?parent=11')).status).to.equal(404);
    });
  });

  describe('GET /v1/categories', () => {
    it('lists categories with their scopes', async () => {
      const page = valid(PageSchema(Category), await jsonOf(await t.request('/v1/categories')));
      expect(page.data.length).to.be.greaterThanOrEqual(8);
      expect(page.data.find((c) => c.id === 'kesehatan')?.scopes).to.deep.equal(['news', 'aspiration']);
      expect(page.data.find((c) => c.id === 'infrastruktur')?.scopes).to.deep.equal(['aspiration']);
    });
  });

  describe('GET /v1/groups', () => {
    const list = async (query: string) =>
      valid(PageSchema(KimGroup), await jsonOf(await t.request(`/v1/groups${query}`))) as Page<KimGroup>;

    it('lists groups by name with absolute logo URLs', async () => {
      const page = await list('?limit=100');
      expect(page.data.length).to.be.greaterThanOrEqual(12);
      const names = page.data.map((g) => g.name);
      expect(names).to.deep.equal([...names].sort());
      expect(page.data[0]?.logo?.url).to.match(new RegExp(`^${PUBLIC_URL}/media/groups/[a-z0-9-]+\\.svg$`));
    });

    it('filters by region code prefix', async () => {
      expect((await list('?region=19.71&limit=100')).data).to.have.length(15);
      const district = await list('?region=19.71.01');
      expect(district.data.map((g) => g.regionCode).sort()).to.deep.equal([
        '19.71.01.1004',
        '19.71.01.1006',
        '19.71.01.1007',
      ]);
      expect((await list('?region=19.71.01.1006')).data.map((g) => g.slug)).to.deep.equal(['kim-bacang-berseri']);
      expect((await list('?region=11')).data).to.have.length(0);
    });

    it('filters by focus area', async () => {
      const page = await list('?focus=perikanan');
      expect(page.data.map((g) => g.slug).sort()).to.deep.equal(['kim-ketapang-bahari', 'kim-pasir-garam-sejahtera']);
      expect(page.data.every((g) => g.focusAreas.includes('perikanan'))).to.be.true;
    });

    it('searches names, places and focus areas by word prefix', async () => {
      expect((await list('?q=bacang')).data.map((g) => g.slug)).to.deep.equal(['kim-bacang-berseri']);
      expect((await list('?q=BAC')).data.map((g) => g.slug)).to.deep.equal(['kim-bacang-berseri']);
      const bukitIntan = await list('?q=bukit%20intan');
      expect(bukitIntan.data.every((g) => g.district.name === 'Bukit Intan')).to.be.true;
      expect(bukitIntan.data).to.have.length(3);
      expect((await list('?q=perikan')).data).to.have.length(2);
      expect((await list('?q=tidakadaapapun')).data).to.have.length(0);
      expect((await list('?q=%22%3A*')).data).to.have.length(0);
    });

    it('combines filters', async () => {
      const page = await list('?region=19.71.06&focus=digital&q=selindung');
      expect(page.data.map((g) => g.slug)).to.deep.equal(['kim-selindung-baru-kreatif']);
    });

    it('pages through every group without gaps or repeats', async () => {
      const all = (await list('?limit=100')).data.map((g) => g.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<KimGroup> = await list(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.data.length).to.be.at.most(4);
        seen.push(...page.data.map((g) => g.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).to.deep.equal(all);
    });

    it('reads a group by id or slug', async () => {
      const bySlug = valid(KimGroup, await jsonOf(await t.request('/v1/groups/kim-bacang-berseri')));
      const byId = valid(KimGroup, await jsonOf(await t.request(`/v1/groups/${bySlug.id}`)));
      expect(byId).to.deep.equal(bySlug);
      expect(bySlug.village).to.deep.equal({ code: '19.71.01.1006', name: 'Bacang' });
      expect(bySlug.district).to.deep.equal({ code: '19.71.01', name: 'Bukit Intan' });
      expect(bySlug.decree?.issuer).to.equal('Lurah Bacang');
      expect((await t.request('/v1/groups/kim-tidak-ada')).status).to.equal(404);
    });
  });

  describe('GET /v1/news', () => {
    const list = async (query: string) =>
      valid(PageSchema(NewsSummary), await jsonOf(await t.request(`/v1/news${query}`))) as Page<NewsSummary>;

    it('lists 20 articles newest first by default, without bodies', async () => {
      const page = await list('');
      expect(page.data).to.have.length(20);
      const dates = page.data.map((n) => n.publishedAt);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      expect(page.data[0]).not.to.have.property('body');
      expect(page.data[0]?.url).to.equal(`${PUBLIC_URL}/berita/${page.data[0]?.slug}`);
      expect(page.nextCursor).to.be.a('string');
    });

    it('filters by region prefix, group (id or slug) and category', async () => {
      expect((await list('?region=19.71&limit=100')).data).to.have.length(66);
      const district = await list('?region=19.71.04&limit=100');
      expect(district.data.length).to.be.greaterThan(0);
      expect(district.data.every((n) => n.regionCode.startsWith('19.71.04.'))).to.be.true;

      const bySlug = await list('?group=kim-bacang-berseri&limit=100');
      expect(bySlug.data.length).to.be.greaterThan(0);
      expect(bySlug.data.every((n) => n.group.slug === 'kim-bacang-berseri')).to.be.true;
      const byId = await list(`?group=${bySlug.data[0]?.group.id}&limit=100`);
      expect(byId.data.map((n) => n.id)).to.deep.equal(bySlug.data.map((n) => n.id));

      const health = await list('?category=kesehatan&limit=100');
      expect(health.data.length).to.be.greaterThan(0);
      expect(health.data.every((n) => n.category.id === 'kesehatan')).to.be.true;
      expect((await list('?category=tidak-ada')).data).to.have.length(0);
    });

    it('finds "posyandu" when searching "posyan", in any case', async () => {
      const page = await list('?q=Posyan&limit=100');
      expect(page.data.length).to.be.greaterThan(0);
      expect(page.data.every((n) => /posyandu/i.test(`${n.title} ${n.summary}`))).to.be.true;
    });

    it('searches bodies and tags, requiring every word', async () => {
      const nganggung = await list('?q=dulang');
      expect(nganggung.data.length).to.be.greaterThan(0);
      expect(nganggung.data.every((n) => n.tags.includes('nganggung'))).to.be.true;
      const both = await list('?q=bank%20sampah&limit=100');
      expect(both.data.every((n) => /bank sampah/i.test(n.title))).to.be.true;
      expect((await list('?q=posyandu%20nganggung')).data).to.have.length(0);
    });

    it('combines search with filters', async () => {
      const page = await list('?q=posyandu&region=19.71.01&limit=100');
      expect(page.data.every((n) => n.regionCode.startsWith('19.71.01.'))).to.be.true;
    });

    it('pages through all 66 articles with limit 7', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Page<NewsSummary> = await list(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.data.map((n) => n.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).to.equal(10);
      expect(new Set(seen).size).to.equal(66);
    });

    it('reads an article with its HTML body by slug or id', async () => {
      const [first] = (await list('?limit=1')).data;
      const article = valid(NewsArticle, await jsonOf(await t.request(`/v1/news/${first?.slug}`)));
      expect(article.body).to.match(/^<p>/);
      const byId = valid(NewsArticle, await jsonOf(await t.request(`/v1/news/${first?.id}`)));
      expect(byId).to.deep.equal(article);
      expect((await t.request('/v1/news/tidak-ada')).status).to.equal(404);
    });
  });
});
