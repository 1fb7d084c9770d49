// When widgets render first, on a page that loads the CDN file with a news feed at the top and a directory 6,000 px
// further down (a fresh page in a frame, since the rule applies while a page loads).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../define/news-feed.js';
import type { KimNewsFeed } from '../news-feed/news-feed.js';
import { clientOf, createFakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { FirstRenderWindow } from '../test-fixtures/first-render-page.js';

/** The page in a frame of its own, 800 x 600. */
async function loadPage(): Promise<{ frame: HTMLIFrameElement; win: FirstRenderWindow }> {
  const frame = document.createElement('iframe');
  frame.title = 'widgets above and below the fold';
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = '/packages/widgets/src/test-fixtures/first-render-page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as FirstRenderWindow };
}

describe('first render', () => {
  it('renders the widget in view first: one far below sends nothing before the feed at the top has its news', async function () {
    this.timeout(20000);
    const { frame, win } = await loadPage();
    try {
      await waitUntil(() => win.firstRender.feedLoadedAt !== undefined, 'the feed never loaded', { timeout: 8000 });
      const groups = win.firstRender.requests.find((r) => r.path === '/v1/groups');
      if (groups)
        expect(groups.at, 'the directory asked before the feed showed').to.be.greaterThan(
          win.firstRender.feedLoadedAt!,
        );
      const news = win.firstRender.requests.find((r) => r.path === '/v1/news');
      expect(news, 'the feed asked for its news').to.exist;
    } finally {
      frame.remove();
    }
  });

  it('renders the widget far below a moment after the page has loaded, without scrolling', async function () {
    this.timeout(20000);
    const { frame } = await loadPage();
    try {
      const directory = frame.contentDocument!.querySelector('kim-group-directory')!;
      await waitUntil(() => directory.shadowRoot?.querySelector('[part~="card"]'), 'the directory never rendered', {
        timeout: 8000,
      });
      expect(frame.contentWindow!.scrollY).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('renders it as soon as it is scrolled near', async function () {
    this.timeout(20000);
    const { frame, win } = await loadPage();
    try {
      await waitUntil(() => win.firstRender.feedLoadedAt !== undefined, 'the feed never loaded', { timeout: 8000 });
      const directory = frame.contentDocument!.querySelector('kim-group-directory')!;
      directory.scrollIntoView();
      await waitUntil(() => directory.shadowRoot?.querySelector('[part~="card"]'), 'the directory never rendered');
    } finally {
      frame.remove();
    }
  });

  it('renders at once, wherever it is, once the page has settled', async () => {
    // This page loaded long before: a widget added far below the screen renders and asks for its data at once.
    const spacer = await fixture<HTMLDivElement>(html`<div style="height: ${window.innerHeight * 4}px"></div>`);
    const api = createFakeKimApi();
    const el = document.createElement('kim-news-feed') as KimNewsFeed;
    el.client = clientOf(api);
    spacer.after(el);
    await nextFrame();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the feed did not render');
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 3);
    el.remove();
  });
});
