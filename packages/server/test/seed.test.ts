import { expect } from 'chai';
import { seedDemoData } from '../src/seed/seed.js';
import { admin, emptyStorage, jsonOf, testApp } from './helpers/setup.js';

describe('seed', () => {
  it('writes the 7 districts and 42 kelurahan of Kota Pangkal Pinang under its province', async () => {
    const t = await testApp();
    const districts = await jsonOf<{ data: { code: string }[] }>(await t.request('/v1/regions?parent=19.71'));
    expect(districts.data).to.have.length(7);
    const villages = await jsonOf<{ data: { code: string; name: string }[] }>(
      await t.request('/v1/regions?parent=19.71&level=village'),
    );
    expect(villages.data).to.have.length(42);
    expect(villages.data.find((v) => v.code === '19.71.01.1004')?.name).to.equal('Semabung Lama');
    expect(villages.data.find((v) => v.code === '19.71.07.1005')?.name).to.equal('Semabung Baru');
    const province = await jsonOf<{ name: string }>(await t.request('/v1/regions/19'));
    expect(province.name).to.equal('Kepulauan Bangka Belitung');
  });

  it('spreads at least 12 groups over every district and 60 articles over several months and categories', async () => {
    const t = await testApp();
    const groups = await jsonOf<{ data: { district: { code: string }; status: string }[] }>(
      await t.request('/v1/groups?limit=100'),
    );
    expect(groups.data.length).to.be.greaterThanOrEqual(12);
    expect(new Set(groups.data.map((g) => g.district.code)).size).to.equal(7);
    expect(new Set(groups.data.map((g) => g.status))).to.have.keys('active', 'inactive');

    const news = await jsonOf<{ data: { publishedAt: string; category: { id: string }; title: string }[] }>(
      await t.request('/v1/news?limit=100'),
    );
    expect(news.data.length).to.be.greaterThanOrEqual(60);
    expect(new Set(news.data.map((n) => n.publishedAt.slice(0, 7))).size).to.be.greaterThanOrEqual(5);
    expect(new Set(news.data.map((n) => n.category.id)).size).to.be.greaterThanOrEqual(6);
    expect(new Set(news.data.map((n) => n.title)).size).to.equal(news.data.length);
    for (const n of news.data) expect(n.publishedAt < '2026-11-28').to.be.true;
  });

  it("makes a group's demo articles published ones by its demo operator", async () => {
    const storage = await emptyStorage();
    await seedDemoData(storage);
    const operator = await storage.findSignIn('operator.bacang@demo.kim-kit.id');
    const own = await storage.listAdminNews({ scope: { regions: [], groupIds: ['grp_0002'] }, limit: 100 });
    expect(own.length).to.be.greaterThan(0);
    for (const article of own) {
      expect(article.status).to.equal('published');
      expect(article.author?.id).to.equal(operator?.id);
      expect(article.author?.name).to.equal('Dewi Lestari (KIM Bacang Berseri)');
    }
    const others = await storage.listAdminNews({ scope: { regions: [], groupIds: ['grp_0001'] }, limit: 5 });
    expect(others.every((a) => a.status === 'published' && a.author === null)).to.equal(true);
    await storage.close();
  });

  it('adds aspirations in every status', async () => {
    const t = await testApp();
    const page = await jsonOf<{ data: { status: string; confidential: boolean; anonymous: boolean }[] }>(
      await t.request('/v1/admin/aspirations', { headers: admin }),
    );
    expect(new Set(page.data.map((a) => a.status)).size).to.be.greaterThanOrEqual(5);
    expect(page.data.some((a) => a.confidential)).to.be.true;
    expect(page.data.some((a) => a.anonymous)).to.be.true;
  });

  it('writes the same data every time, and reseeding replaces rather than duplicates', async () => {
    const dump = async (t: Awaited<ReturnType<typeof testApp>>) => {
      const news = await (await t.request('/v1/news?limit=100')).text();
      const groups = await (await t.request('/v1/groups?limit=100')).text();
      const tracking = JSON.parse(await (await t.request('/v1/admin/aspirations', { headers: admin })).text()) as {
        data: { trackingCode: string; history: unknown[] }[];
      };
      return { news, groups, tracking: tracking.data.map((a) => [a.trackingCode, a.history]) };
    };
    const a = await testApp();
    const b = await testApp();
    expect(await dump(a)).to.deep.equal(await dump(b));

    const storage = await emptyStorage();
    await seedDemoData(storage);
    await seedDemoData(storage);
    const c = await testApp({ storage });
    expect(await dump(c)).to.deep.equal(await dump(a));
  });
});
