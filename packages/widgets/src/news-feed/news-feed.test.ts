import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/news-feed.js';
import { KimNewsSelectEvent } from '../events/kim-news-select.js';
import { formatDate, formatRelative } from '../shared/format.js';
import { all, executableAttributes, nextEvent, one, overflowing, shadow, waitFor } from '../test-fixtures/dom.js';
import { createFakeClient, type FakeClientOptions, type FakeKimClient } from '../test-fixtures/fake-client.js';
import { hostileArticle, news } from '../test-fixtures/fixtures.js';
import type { KimNewsFeed } from './news-feed.js';

const LOADED = '[part~="feed"]:not([aria-busy="true"]), [part~="empty"], [part~="error"]';

/** A feed on a fake client; `attrs` like `'region="19.71" reader'`. */
async function feed(options: FakeClientOptions = {}, attrs = '', wait = true) {
  const client = createFakeClient(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-news-feed ${attrs}></kim-news-feed>`;
  const el = template.content.firstElementChild as KimNewsFeed;
  el.client = client;
  wrapper.append(el);
  if (wait) await waitFor(el, LOADED);
  return { el, client, wrapper };
}

const items = (el: KimNewsFeed) => all(el, '[part~="item"]');
const lastQuery = (client: FakeKimClient) => client.calls.filter((c) => c.method === 'news.list').at(-1)?.args[0];

describe('<kim-news-feed>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  describe('defaults', () => {
    it('loads the first 10 items, newest first, in Bahasa Indonesia', async () => {
      const { el, client } = await feed();
      expect(lastQuery(client)).to.deep.equal({
        region: undefined,
        group: undefined,
        category: undefined,
        limit: 10,
      });
      expect(items(el)).to.have.length(10);
      expect(one(el, '[part~="title"]')!.textContent!.trim()).to.equal(news[0]!.title);
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Muat lebih banyak');
      expect(one(el, '[part~="feed"]')!.getAttribute('aria-label')).to.equal('Berita KIM');
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('theme')).to.equal('auto');
    });

    it('shows each item with image, summary, group, category and relative date', async () => {
      const { el } = await feed();
      const first = items(el)[0]!;
      const article = news[0]!;
      const img = first.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(article.image!.url);
      expect(img.getAttribute('alt')).to.equal(article.image!.alt);
      expect(img.getAttribute('width')).to.equal(String(article.image!.width));
      expect(img.getAttribute('height')).to.equal(String(article.image!.height));
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(first.querySelector('[part~="summary"]')!.textContent).to.equal(article.summary);
      const meta = first.querySelector('[part~="meta"]')!.textContent!;
      expect(meta).to.contain(article.group.name).and.to.contain(article.category.name);
      const time = first.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(article.publishedAt);
      expect(time.textContent).to.equal(formatRelative(article.publishedAt, 'id'));
      expect(time.getAttribute('title')).to.equal(formatDate(article.publishedAt, 'id'));
      // An item without an image reserves no space for one.
      expect(items(el)[2]!.querySelector('img')).to.equal(null);
    });

    it('links each title to the article with rel="noopener noreferrer"', async () => {
      const { el } = await feed();
      const link = items(el)[0]!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(news[0]!.url);
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });
  });

  describe('attributes', () => {
    it('passes region, group, category and limit to the API', async () => {
      const { el, client } = await feed({}, 'region="19.71" group="kim-bacang-mandiri" category="kesehatan" limit="3"');
      expect(lastQuery(client)).to.deep.equal({
        region: '19.71',
        group: 'kim-bacang-mandiri',
        category: 'kesehatan',
        limit: 3,
      });
      for (const item of items(el)) expect(item.textContent).to.contain('KIM Bacang Mandiri');
    });

    it('reloads when a filter changes', async () => {
      const { el, client } = await feed();
      el.category = 'umkm';
      await waitUntil(() => (lastQuery(client) as { category?: string }).category === 'umkm');
      await waitFor(el, LOADED);
      for (const item of items(el)) expect(item.querySelector('[part~="meta"]')!.textContent).to.contain('UMKM');
    });

    it('lays items out as a grid with layout="grid"', async () => {
      const { el } = await feed({}, 'layout="grid"');
      const feedEl = one(el, '[part~="feed"]')!;
      expect(getComputedStyle(feedEl).gridTemplateColumns.split(' ').length).to.be.greaterThan(0);
      expect(el.getAttribute('layout')).to.equal('grid');
      await expect(el).to.be.accessible();
    });

    it('hides images with hide-images', async () => {
      const { el } = await feed({}, 'hide-images');
      expect(all(el, 'img')).to.have.length(0);
    });

    it('speaks English with lang="en"', async () => {
      const { el } = await feed({}, 'lang="en"');
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Load more');
      expect(one(el, '[part~="feed"]')!.getAttribute('aria-label')).to.equal('KIM news');
      expect(one(el, 'time')!.textContent).to.equal(formatRelative(news[0]!.publishedAt, 'en'));
      expect(one(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    });

    it('inherits the language of the nearest ancestor, through shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const inner = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(inner);
      const el = document.createElement('kim-news-feed');
      el.client = createFakeClient();
      inner.append(el);
      await waitFor(el, LOADED);
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Load more');
    });

    it('follows the document language, also when it changes', async () => {
      document.documentElement.lang = 'en';
      const { el } = await feed();
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Load more');
      document.documentElement.lang = 'id';
      await waitUntil(() => one(el, '[part~="load-more"]')!.textContent!.trim() === 'Muat lebih banyak');
    });

    it('reflects theme and switches its colours with theme="dark"', async () => {
      const { el } = await feed({}, 'theme="light"');
      const light = getComputedStyle(one(el, '[part~="item"]')!).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(one(el, '[part~="item"]')!).backgroundColor).not.to.equal(light);
      await expect(el).to.be.accessible();
    });

    it('follows the operating system with theme="auto"', async () => {
      const { el } = await feed();
      const item = () => getComputedStyle(one(el, '[part~="item"]')!).backgroundColor;
      await emulateMedia({ colorScheme: 'light' });
      const light = item();
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(item()).not.to.equal(light);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('fits a 320 px wide column without scrolling sideways, in both layouts', async () => {
      const { el, wrapper } = await feed();
      wrapper.style.width = '320px';
      for (const layout of ['list', 'grid'] as const) {
        el.layout = layout;
        await el.updateComplete;
        const base = one(el, '[part~="base"]')!;
        expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width, layout).to.equal(320);
        expect(overflowing(el), layout).to.deep.equal([]);
      }
    });

    it('takes page CSS only through --kim-* tokens', async () => {
      const { el, wrapper } = await feed();
      const style = document.createElement('style');
      style.textContent =
        'article, h3, a { color: rgb(255, 0, 0) !important; } div { --kim-color-primary: rgb(0, 128, 0); }';
      wrapper.append(style);
      const title = one(el, '[part~="title"]')!;
      expect(getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(one(el, '[part~="load-more"]')!).color).to.equal('rgb(0, 128, 0)');
      style.remove();
    });

    it('uses no style attribute anywhere (strict CSP)', async () => {
      const { el } = await feed();
      expect(all(el, '[style]')).to.have.length(0);
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading', async () => {
      const { el } = await feed({ delay: Number.POSITIVE_INFINITY }, '', false);
      await el.updateComplete;
      const feedEl = one(el, '[part~="feed"]')!;
      expect(feedEl.getAttribute('aria-busy')).to.equal('true');
      expect(one(el, '[part~="skeleton"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('shows the content state with role="feed" positions', async () => {
      const { el } = await feed();
      const feedEl = one(el, '[part~="feed"]')!;
      expect(feedEl.getAttribute('role')).to.equal('feed');
      expect(feedEl.getAttribute('aria-busy')).to.equal('false');
      const list = items(el);
      expect(list.map((i) => i.getAttribute('aria-posinset'))).to.deep.equal(list.map((_, n) => String(n + 1)));
      // More pages exist, so the total is unknown.
      expect(list[0]!.getAttribute('aria-setsize')).to.equal('-1');
      const labelled = shadow(el).getElementById(list[0]!.getAttribute('aria-labelledby')!);
      expect(labelled!.textContent!.trim()).to.equal(news[0]!.title);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when there is no news', async () => {
      const { el } = await feed({ empty: true });
      expect(one(el, '[part~="empty"]')!.textContent!.trim()).to.equal('Belum ada berita.');
      expect(one(el, '[part~="feed"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the error state, fires kim-error, and recovers with "Coba lagi"', async () => {
      const client = createFakeClient({ fail: true });
      const errors: unknown[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @kim-error=${(e: Event) => errors.push(e)}></div>`);
      const el = document.createElement('kim-news-feed');
      el.client = client;
      wrapper.append(el);
      await waitFor(el, '[part~="error"]');
      expect(one(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(one(el, '[part~="error"] p')!.textContent).to.equal(
        'Tidak dapat terhubung. Periksa koneksi internet Anda.',
      );
      expect(errors).to.have.length(1);
      expect((errors[0] as { error: Error }).error.name).to.equal('KimNetworkError');
      await expect(el).to.be.accessible();
      const retry = one(el, '[part~="retry-button"]')!;
      expect(retry.textContent!.trim()).to.equal('Coba lagi');
      client.options.fail = false;
      retry.click();
      await waitFor(el, '[part~="item"]');
      expect(items(el)).to.have.length(10);
    });

    it('says "Try again" in English', async () => {
      const { el } = await feed({ fail: true }, 'lang="en"');
      expect(one(el, '[part~="retry-button"]')!.textContent!.trim()).to.equal('Try again');
    });

    it('shows an error, not an exception, when no API is configured', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errored = new Promise<Event>((resolve) => wrapper.addEventListener('kim-error', resolve, { once: true }));
      wrapper.append(document.createElement('kim-news-feed'));
      const event = (await errored) as unknown as { error: Error };
      expect(event.error.message).to.contain('api-base');
      await waitFor(wrapper.firstElementChild!, '[part~="error"]');
    });
  });

  describe('load more', () => {
    it('appends the next page and moves focus to the first new item', async () => {
      const { el, client } = await feed();
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => items(el).length === 20);
      expect((lastQuery(client) as { cursor?: string }).cursor).to.equal('10');
      await waitUntil(() => shadow(el).activeElement === items(el)[10]);
      expect(items(el)[10]!.getAttribute('aria-posinset')).to.equal('11');
      await expect(el).to.be.accessible();
    });

    it('drops the button and states the total on the last page', async () => {
      const { el } = await feed({}, 'limit="20"');
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => items(el).length === news.length);
      expect(one(el, '[part~="load-more"]')).to.equal(null);
      expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal(String(news.length));
    });

    it('keeps the loaded items and offers a retry when the next page fails', async () => {
      const { el, client } = await feed();
      client.options.fail = true;
      one(el, '[part~="load-more"]')!.click();
      await waitFor(el, '[part~="error"]');
      expect(items(el)).to.have.length(10);
      client.options.fail = false;
      one(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => items(el).length === 20);
    });

    it('fires kim-load with the number of items shown', async () => {
      const client = createFakeClient();
      const el = document.createElement('kim-news-feed');
      el.client = client;
      const loaded = nextEvent(el, 'kim-load');
      await fixture(html`<div></div>`).then((w) => w.append(el));
      expect((await loaded).count).to.equal(10);
    });
  });

  describe('events', () => {
    it('fires kim-news-select and then follows the link by default', async () => {
      const { el } = await feed();
      const selected = nextEvent(el, 'kim-news-select');
      let followed = false;
      const guard = (e: Event) => {
        followed = !e.defaultPrevented;
        e.preventDefault(); // keep the test page where it is
      };
      window.addEventListener('click', guard, { once: true });
      one(el, '[part~="link"]')!.click();
      const event = await selected;
      expect(event).to.be.instanceOf(KimNewsSelectEvent);
      expect(event.article.id).to.equal(news[0]!.id);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(followed).to.equal(true);
    });

    it('does not navigate when kim-news-select is canceled', async () => {
      const { el } = await feed();
      el.addEventListener('kim-news-select', (e) => e.preventDefault(), { once: true });
      let prevented = false;
      window.addEventListener(
        'click',
        (e) => {
          prevented = e.defaultPrevented;
          e.preventDefault();
        },
        { once: true },
      );
      one(el, '[part~="link"]')!.click();
      expect(prevented).to.equal(true);
      expect(one(el, '[part~="reader"]')).to.equal(null);
    });

    it('opens the sanitized article inline with reader, and goes back', async () => {
      const { el, client } = await feed({}, 'reader');
      const link = all(el, '[part~="link"]')[1]!;
      link.click();
      await waitFor(el, '[part~="body"]');
      expect(client.calls.at(-1)).to.deep.equal({ method: 'news.get', args: [news[1]!.slug] });
      expect(one(el, '[part~="article-title"]')!.textContent).to.equal(news[1]!.title);
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="article-title"]'));
      expect(one(el, '[part~="body"] h2')!.textContent).to.equal('Rencana berikutnya');
      const external = one<HTMLAnchorElement>(el, '[part~="body"] a')!;
      expect(external.rel).to.equal('noopener noreferrer');
      expect(external.target).to.equal('_blank');
      expect(one(el, '[part~="feed"]')!.closest('[hidden]')).not.to.equal(null);
      await expect(el).to.be.accessible();

      one(el, '[part~="back-button"]')!.click();
      await waitUntil(() => one(el, '[part~="reader"]') === null);
      expect(shadow(el).activeElement).to.equal(items(el)[1]);
      await expect(el).to.be.accessible();
    });

    it('shows a loading state and an error state in the reader', async () => {
      const { el, client } = await feed({}, 'reader lang="en"');
      client.options.delay = Number.POSITIVE_INFINITY;
      one(el, '[part~="link"]')!.click();
      await waitFor(el, '[part~="reader"] article[aria-busy="true"]');
      await expect(el).to.be.accessible();
      client.options.delay = 0;
      client.options.fail = true;
      one(el, '[part~="back-button"]')!.click();
      await waitUntil(() => one(el, '[part~="reader"]') === null);
      one(el, '[part~="link"]')!.click();
      await waitFor(el, '[part~="reader"] [part~="error"]');
      expect(one(el, '[part~="reader"] [part~="error"] p')!.textContent).to.contain('Cannot connect');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('moves between items with Page Down / Page Up and selects with Enter', async () => {
      const { el } = await feed();
      const list = items(el);
      list[0]!.focus();
      await sendKeys({ press: 'PageDown' });
      expect(shadow(el).activeElement).to.equal(list[1]);
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'PageUp' });
      expect(shadow(el).activeElement).to.equal(list[1]);
      el.addEventListener('kim-news-select', (e) => e.preventDefault(), { once: true });
      const selected = nextEvent(el, 'kim-news-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).article.id).to.equal(news[1]!.id);
    });

    it('reaches the item, its link and "load more" with Tab', async () => {
      const { el } = await feed({}, 'limit="1"');
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(items(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="link"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="load-more"]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).activeElement === items(el)[1]);
      before.remove();
    });
  });

  describe('hostile data', () => {
    it('renders a hostile title, summary, image and URL as inert text', async () => {
      const { el } = await feed({ data: { news: [hostileArticle, ...news] } });
      const first = items(el)[0]!;
      expect(first.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(hostileArticle.title);
      expect(first.querySelector('[part~="summary"]')!.textContent).to.equal(hostileArticle.summary);
      expect(first.querySelector('a, img, script, b')).to.equal(null);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });

    it('strips script, handlers and javascript: links from a hostile body in the reader', async () => {
      const { el } = await feed({ data: { news: [hostileArticle, ...news] } }, 'reader');
      one(el, '[part~="link"]')!.click();
      await waitFor(el, '[part~="body"]');
      const body = one(el, '[part~="body"]')!;
      expect(body.textContent).to.contain('Isi');
      expect(body.querySelector('script, iframe, svg, form, [style]')).to.equal(null);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      expect(all(el, 'a[href^="javascript" i]')).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });
  });

  describe('registration', () => {
    it('survives being defined twice, and a second copy of the bundle', async () => {
      await import('../define/news-feed.js');
      const before = customElements.get('kim-news-feed');
      const cdn = '/packages/widgets/cdn/kim-widgets.js';
      await import(/* @vite-ignore */ cdn);
      expect(customElements.get('kim-news-feed')).to.equal(before);
    });
  });
});
