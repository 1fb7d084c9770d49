// When widgets render first: one on or near the screen at once; one far below when it is scrolled near, or a moment
// after the page has loaded. The viewport side is the real IntersectionObserver and layout.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../define/news-feed.js';
import type { KimNewsFeed } from '../news-feed/news-feed.js';
import { createFakeClient } from '../test-fixtures/fake-client.js';
import { firstRenderSlot } from './first-render.js';

describe('first render', () => {
  afterEach(() => window.scrollTo(0, 0));

  /** An element placed `top` pixels down a tall page. */
  async function placed(top: number): Promise<HTMLElement> {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative; height: ${top + 4000}px"></div>`);
    const el = document.createElement('div');
    el.style.cssText = `position: absolute; top: ${top}px; height: 100px; width: 100px`;
    page.append(el);
    return el;
  }

  /** Whether `promise` has settled after a few frames. */
  async function settled(promise: Promise<unknown>): Promise<boolean> {
    let done = false;
    promise.then(() => {
      done = true;
    });
    for (let i = 0; i < 3; i++) await nextFrame();
    return done;
  }

  it('comes at once for an element on the screen', async () => {
    expect(await settled(firstRenderSlot(await placed(10)))).to.equal(true);
  });

  it('comes at once for an element within a screen below it', async () => {
    expect(await settled(firstRenderSlot(await placed(window.innerHeight * 1.5)))).to.equal(true);
  });

  it('waits while an element far below the screen stays there, and comes as it is scrolled near', async () => {
    const el = await placed(window.innerHeight * 4);
    const slot = firstRenderSlot(el);
    expect(await settled(slot)).to.equal(false);
    el.scrollIntoView();
    expect(await settled(slot)).to.equal(true);
  });

  it('comes anyway a moment after the page has loaded, without scrolling', async () => {
    const el = await placed(window.innerHeight * 4);
    const slot = firstRenderSlot(el);
    expect(await settled(slot)).to.equal(false);
    let done = false;
    slot.then(() => {
      done = true;
    });
    await waitUntil(() => done, 'an element off screen never rendered', { timeout: 5000 });
  });

  it('holds back the first render and request of a widget far below the screen until then', async () => {
    const spacer = await fixture<HTMLDivElement>(html`<div style="height: ${window.innerHeight * 4}px"></div>`);
    const client = createFakeClient();
    const el = document.createElement('kim-news-feed') as KimNewsFeed;
    el.client = client;
    spacer.after(el);
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(el.hasUpdated).to.equal(false);
    expect(client.calls).to.deep.equal([]);
    el.scrollIntoView();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the feed did not render when scrolled near');
    expect(client.calls.map((c) => c.method)).to.deep.equal(['news.list']);
    el.remove();
  });
});
