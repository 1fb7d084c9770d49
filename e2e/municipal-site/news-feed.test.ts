import type { Page as ApiPage, NewsSummary } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { e2e, newContext } from '../support/hooks.js';
import { texts, waitForCount } from '../support/widgets.js';

describe('municipal site: <kim-news-feed>', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('shows the seeded articles, newest first, and "Muat lebih banyak" adds the next page', async () => {
    const { server } = e2e();
    // The page's feed asks for region 19.71, six at a time.
    const res = await fetch(`${server.baseUrl}/v1/news?region=19.71&limit=12`);
    const seeded = ((await res.json()) as ApiPage<NewsSummary>).data.map((n) => n.title);
    expect(seeded, 'the seeded database has at least two pages of news').to.have.length(12);

    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    const feed = page.locator('kim-news-feed');
    const titles = feed.locator('[part~="title"]');

    await waitForCount(titles, 6);
    expect(await texts(titles)).to.deep.equal(seeded.slice(0, 6));

    await feed.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await waitForCount(titles, 12);
    expect(await texts(titles)).to.deep.equal(seeded);

    // Focus moves to the first new item, so keyboard and screen-reader users continue there.
    const focusedTitle = await feed
      .locator('[part~="item"]')
      .nth(6)
      .evaluate((item) => {
        const active =
          item.getRootNode() instanceof ShadowRoot ? (item.getRootNode() as ShadowRoot).activeElement : null;
        return active === item;
      });
    expect(focusedTitle, 'focus is on the seventh item').to.equal(true);
  });

  it('renders every item image with its intrinsic size and alt text', async () => {
    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    const images = page.locator('kim-news-feed [part~="image"]');
    await images.first().waitFor();
    const attributes = await images.evaluateAll((imgs) =>
      imgs.map((img) => ({
        alt: img.getAttribute('alt'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        src: img.getAttribute('src'),
      })),
    );
    for (const image of attributes) {
      expect(image.alt, JSON.stringify(image)).to.be.a('string').and.not.equal('');
      expect(Number(image.width), JSON.stringify(image)).to.be.greaterThan(0);
      expect(Number(image.height), JSON.stringify(image)).to.be.greaterThan(0);
    }
    // Served by the reference server itself: no third-party image hosts.
    const origins = new Set(attributes.map((image) => new URL(image.src ?? '', e2e().server.baseUrl).origin));
    expect([...origins]).to.deep.equal([e2e().server.baseUrl]);
  });
});
