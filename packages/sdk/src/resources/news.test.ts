import { expect } from 'chai';
import { json } from '../test-utils/fake-fetch.js';
import { newsArticle, newsSummary, page } from '../test-utils/fixtures.js';
import { pathOf, setup } from '../test-utils/setup.js';

describe('client.news', () => {
  it('list() sends region, group, category, q, limit and cursor', async () => {
    const { client, fake } = setup(() => json(page([newsSummary])));
    const { data } = await client.news.list({
      region: '19.71',
      group: 'kim-bacang-bersatu',
      category: 'kesehatan',
      q: 'posyandu',
      limit: 10,
      cursor: 'c1',
    });
    expect(data).to.deep.equal([newsSummary]);
    const url = fake.calls[0]!.url;
    expect(url.pathname).to.equal('/api/v1/news');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      region: '19.71',
      group: 'kim-bacang-bersatu',
      category: 'kesehatan',
      q: 'posyandu',
      limit: '10',
      cursor: 'c1',
    });
  });

  it('iterates across three pages', async () => {
    const pages: Record<string, unknown> = {
      '': page([{ ...newsSummary, id: 'n1' }], 'c2'),
      c2: page([{ ...newsSummary, id: 'n2' }], 'c3'),
      c3: page([{ ...newsSummary, id: 'n3' }], null),
    };
    const { client, fake } = setup((request) => json(pages[request.url.searchParams.get('cursor') ?? '']));
    const ids: string[] = [];
    for await (const article of client.news.list({ region: '19.71' })) ids.push(article.id);
    expect(ids).to.deep.equal(['n1', 'n2', 'n3']);
    expect(fake.calls.map((call) => pathOf(call.url))).to.deep.equal([
      '/api/v1/news?region=19.71',
      '/api/v1/news?region=19.71&cursor=c2',
      '/api/v1/news?region=19.71&cursor=c3',
    ]);
  });

  it('get() returns the whole article with its HTML body', async () => {
    const { client, fake } = setup(() => json(newsArticle));
    const article = await client.news.get('posyandu-bacang-november');
    expect(article.body).to.equal(newsArticle.body);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/news/posyandu-bacang-november');
  });
});
