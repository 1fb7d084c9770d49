import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/news-feed.js';
import { KimNewsSelectEvent } from '../events/kim-news-select.js';
import { formatDateTime, formatRelative } from '../shared/format.js';
import { all, executableAttributes, nextEvent, one, overflowing, shadow, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApiOptions, routeFetchTo } from '../test-fixtures/fake-kim-api.js';
import { hostileArticle, news } from '../test-fixtures/fixtures.js';
import type { KimNewsFeed } from './news-feed.js';

const LOADED = '[part~="feed"]:not([aria-busy="true"]), [part~="empty"], [part~="error"]';

/** A feed on a real SDK client over the fake API; `attrs` like `'region="19.71" reader'`. */
async function feed(options: FakeKimApiOptions = {}, attrs = '', wait = true, validate = true) {
  const api = createFakeKimApi(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-news-feed ${attrs}></kim-news-feed>`;
  const el = template.content.firstElementChild as KimNewsFeed;
  el.client = clientOf(api, { validate });
  wrapper.append(el);
  if (wait) await waitFor(el, LOADED);
  return { el, api, wrapper };
}

const items = (el: KimNewsFeed) => all(el, '[part~="item"]');

describe('<kim-news-feed>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  describe('defaults', () => {
    it('loads the first 10 items, newest first, in Bahasa Indonesia', async () => {
      const { el, api } = await feed();
      expect(api.lastQuery('/v1/news')).to.deep.equal({ limit: '10' });
      expect(items(el)).to.have.length(10);
      expect(one(el, '[part~="title"]')!.textContent!.trim()).to.equal(news[0]!.title);
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Muat lebih banyak');
      expect(one(el, '[part~="feed"]')!.getAttribute('aria-label')).to.equal('Berita KIM');
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('theme')).to.equal('light');
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
      expect(time.textContent).to.equal(formatRelative(article.publishedAt, 'id-ID'));
      // The full date and time, in the zone of the article's province (Bangka Belitung: WIB).
      expect(time.getAttribute('title')).to.equal(formatDateTime(article.publishedAt, 'id-ID', article.regionCode));
      expect(time.getAttribute('title')).to.match(/pukul \d{2}\.\d{2} WIB$/);
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
      const { el, api } = await feed({}, 'region="19.71" group="kim-bacang-mandiri" category="kesehatan" limit="3"');
      expect(api.lastQuery('/v1/news')).to.deep.equal({
        region: '19.71',
        group: 'kim-bacang-mandiri',
        category: 'kesehatan',
        limit: '3',
      });
      for (const item of items(el)) expect(item.textContent).to.contain('KIM Bacang Mandiri');
    });

    it('reloads when a filter changes', async () => {
      const { el, api } = await feed();
      el.category = 'umkm';
      await waitUntil(() => api.lastQuery('/v1/news')?.category === 'umkm');
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
      // The news itself is Indonesian, and says so (WCAG 3.1.2); the relative date is in the interface language.
      expect(items(el)[0]!.getAttribute('lang')).to.equal('id');
      expect(one(el, 'time')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('inherits the language of the nearest ancestor, through shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const inner = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(inner);
      const el = document.createElement('kim-news-feed');
      el.client = clientOf(createFakeKimApi());
      inner.append(el);
      await waitFor(el, LOADED);
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Load more');
    });

    it('speaks Bahasa Indonesia, dates included, for a language it does not speak (lang="jv")', async () => {
      const { el } = await feed({}, 'lang="jv"');
      expect(one(el, '[part~="load-more"]')!.textContent!.trim()).to.equal('Muat lebih banyak');
      expect(one(el, 'time')!.textContent).to.equal(formatRelative(news[0]!.publishedAt, 'id-ID'));
      expect(one(el, 'time')!.getAttribute('title')).to.contain('pukul');
      expect(one(el, '[part~="base"]')!.getAttribute('lang')).to.equal('id-ID');
      expect(el.locale).to.equal('id-ID');
    });

    it('puts item titles at heading level 2 by default, and at `heading-level` when given', async () => {
      const { el } = await feed({}, 'limit="2"');
      expect(all(el, '[part~="title"]').map((h) => h.localName)).to.deep.equal(['h2', 'h2']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(all(el, '[part~="title"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4']);
      // Out of range: kept within h1 to h6.
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(one(el, '[part~="title"]')!.localName).to.equal('h6');
      await expect(el).to.be.accessible();
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

    it('follows the operating system only with theme="auto"', async () => {
      const { el } = await feed({}, 'theme="auto"');
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
      const { el } = await feed({ latency: 'infinite' }, '', false);
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
      const api = createFakeKimApi({ offline: true });
      const errors: unknown[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @kim-error=${(e: Event) => errors.push(e)}></div>`);
      const el = document.createElement('kim-news-feed');
      el.client = clientOf(api);
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
      api.offline = false;
      retry.click();
      await waitFor(el, '[part~="item"]');
      expect(items(el)).to.have.length(10);
    });

    it('says "Try again" in English', async () => {
      const { el } = await feed({ offline: true }, 'lang="en"');
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

  describe('content that breaks the contract', () => {
    it('shows the valid items and reports the one left out with kim-invalid-items and a console warning', async () => {
      const broken = { ...news[1]!, id: 'news_broken', publishedAt: 'kemarin sore' };
      const api = createFakeKimApi({
        base: 'https://feed-invalid.kim.test',
        data: { news: [news[0]!, broken, news[2]!] },
      });
      const restore = routeFetchTo(api);
      const warn = console.warn;
      const warnings: string[] = [];
      const warned: unknown[] = [];
      console.warn = (message: string, items: unknown) => {
        warnings.push(message);
        warned.push(items);
      };
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('kim-news-feed');
        el.apiBase = api.base;
        const reported = nextEvent(el, 'kim-invalid-items');
        wrapper.append(el);
        const event = await reported;
        await waitFor(el, LOADED);
        expect(items(el).map((i) => i.querySelector('[part~="title"]')!.textContent)).to.deep.equal([
          news[0]!.title,
          news[2]!.title,
        ]);
        expect(one(el, '[part~="error"]')).to.equal(null);
        expect(event.items).to.have.length(1);
        expect(event.items[0]).to.include({ index: 1, id: 'news_broken' });
        expect(event.items[0]!.issues.map((i) => i.path)).to.deep.equal(['publishedAt']);
        expect(warnings.join('\n')).to.contain('left out items that break the API contract');
        expect(warned[0]).to.equal(event.items);
      } finally {
        console.warn = warn;
        restore();
      }
    });

    it('still shows an error when the page itself breaks the contract', async () => {
      const api = createFakeKimApi({ base: 'https://feed-broken-page.kim.test' });
      api.read = () => ({ status: 200, body: { items: [] } });
      const restore = routeFetchTo(api);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('kim-news-feed');
        el.apiBase = api.base;
        const failed = nextEvent(el, 'kim-error');
        wrapper.append(el);
        expect(((await failed).error as Error).name).to.equal('KimResponseError');
        await waitFor(el, '[part~="error"]');
      } finally {
        restore();
      }
    });
  });

  describe('before it upgrades', () => {
    it('shows the content written inside the tag until the element is defined, then only its own', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><kim-news-feed-fallback-test><a href="/berita">Semua berita KIM</a></kim-news-feed-fallback-test></div>`,
      );
      const link = wrapper.querySelector('a')!;
      expect(link.checkVisibility()).to.equal(true);
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      const { KimNewsFeed } = await import('./news-feed.js');
      customElements.define('kim-news-feed-fallback-test', class extends KimNewsFeed {});
      const el = wrapper.firstElementChild as KimNewsFeed;
      el.client = clientOf(createFakeKimApi());
      await waitFor(el, LOADED);
      expect(link.checkVisibility()).to.equal(false);
      expect(items(el).length).to.be.greaterThan(0);
    });
  });

  describe('load more', () => {
    it('appends the next page and moves focus to the first new item', async () => {
      const { el, api } = await feed();
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => items(el).length === 20);
      expect(api.lastQuery('/v1/news')?.cursor).to.equal('10');
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
      const { el, api } = await feed();
      api.offline = true;
      one(el, '[part~="load-more"]')!.click();
      await waitFor(el, '[part~="error"]');
      expect(items(el)).to.have.length(10);
      api.offline = false;
      one(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => items(el).length === 20);
    });

    it('fires kim-load with the number of items shown', async () => {
      const el = document.createElement('kim-news-feed');
      el.client = clientOf(createFakeKimApi());
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
      const { el, api } = await feed({}, 'reader');
      const link = all(el, '[part~="link"]')[1]!;
      link.click();
      await waitFor(el, '[part~="body"]');
      expect(new URL(api.requests.at(-1)!.url).pathname).to.equal(`/v1/news/${news[1]!.slug}`);
      expect(one(el, '[part~="body"]')!.getAttribute('lang')).to.equal('id');
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
      const { el, api } = await feed({}, 'reader lang="en"');
      api.latency = 'infinite';
      one(el, '[part~="link"]')!.click();
      await waitFor(el, '[part~="reader"] article[aria-busy="true"]');
      await expect(el).to.be.accessible();
      api.latency = 0;
      api.offline = true;
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
    it('renders a hostile title, summary, image and URL as inert text, from a client that does not validate', async () => {
      const { el } = await feed({ data: { news: [hostileArticle, ...news] } }, '', true, false);
      const first = items(el)[0]!;
      expect(first.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(hostileArticle.title);
      expect(first.querySelector('[part~="summary"]')!.textContent).to.equal(hostileArticle.summary);
      expect(first.querySelector('a, img, script, b')).to.equal(null);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });

    it('strips script, handlers and javascript: links from a hostile body in the reader', async () => {
      const { el } = await feed({ data: { news: [hostileArticle, ...news] } }, 'reader', true, false);
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
