import type { NewsSummary, Page } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import type { NewNews } from '../src/storage/storage.js';
import { jsonOf, testApp } from './helpers/setup.js';

function article(n: number, publishedAt: string): NewNews {
  return {
    id: `nws_new_${n}`,
    slug: `berita-baru-${n}`,
    title: `Berita baru ${n}`,
    summary: 'Ringkasan berita baru.',
    body: '<p>Isi berita baru.</p>',
    image: null,
    groupId: 'grp_0002',
    regionCode: '19.71.01.1006',
    categoryId: 'pengumuman',
    tags: [],
    publishedAt,
    updatedAt: publishedAt,
  };
}

describe('pagination under concurrent inserts', () => {
  for (const responseCache of [true, false]) {
    it(`neither repeats nor skips articles when newer ones arrive between pages (cache ${responseCache ? 'on' : 'off'})`, async () => {
      const t = await testApp({ responseCache });
      const seen: string[] = [];
      let cursor: string | null = null;
      let n = 0;
      do {
        const page: Page<NewsSummary> = await jsonOf(
          await t.request(`/v1/news?limit=8${cursor ? `&cursor=${cursor}` : ''}`),
        );
        seen.push(...page.data.map((a) => a.id));
        cursor = page.nextCursor;
        // Newer articles, and one with exactly the publishedAt of the last one seen.
        const last = page.data.at(-1)!;
        await t.storage.putNews([article(n++, new Date(Date.UTC(2026, 10, 28, n)).toISOString())]);
        await t.storage.putNews([article(n++, last.publishedAt)]);
      } while (cursor);
      expect(seen).to.have.length(66 + seen.filter((id) => id.startsWith('nws_new_')).length);
      expect(new Set(seen).size).to.equal(seen.length);
      expect(seen.filter((id) => id.startsWith('nws_0'))).to.have.length(66);
    });
  }

  it('places rows with the same timestamp by id, so a page boundary inside a tie loses nothing', async () => {
    const t = await testApp();
    const at = '2026-11-29T12:00:00.000Z';
    await t.storage.putNews([1, 2, 3, 4, 5].map((i) => article(100 + i, at)));
    const first = await jsonOf<Page<NewsSummary>>(await t.request('/v1/news?limit=2'));
    const second = await jsonOf<Page<NewsSummary>>(await t.request(`/v1/news?limit=2&cursor=${first.nextCursor}`));
    const third = await jsonOf<Page<NewsSummary>>(await t.request(`/v1/news?limit=2&cursor=${second.nextCursor}`));
    expect([...first.data, ...second.data, ...third.data].map((a) => a.id)).to.deep.equal([
      'nws_new_105',
      'nws_new_104',
      'nws_new_103',
      'nws_new_102',
      'nws_new_101',
      'nws_0001',
    ]);
  });
});
