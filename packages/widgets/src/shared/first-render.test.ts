// When widgets render first: one on or near the screen at once, one far below when the page is idle or when it is
// scrolled near. The browser's idle signal is held back here (requestIdleCallback replaced for the test) so that
// "not yet" can be observed; the viewport side is the real IntersectionObserver.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../define/news-feed.js';
import type { KimNewsFeed } from '../news-feed/news-feed.js';
import { createFakeClient } from '../test-fixtures/fake-client.js';
import { firstRenderSlot } from './first-render.js';

type IdleCallback = (deadline: IdleDeadline) => void;

describe('first render', () => {
  let idle: IdleCallback[];
  let realIdle: typeof requestIdleCallback;
  let realCancel: typeof cancelIdleCallback;

  beforeEach(() => {
    idle = [];
    realIdle = window.requestIdleCallback;
    realCancel = window.cancelIdleCallback;
    window.requestIdleCallback = (callback: IdleCallback) => idle.push(callback);
    window.cancelIdleCallback = (handle: number) => {
      idle[handle - 1] = () => {};
    };
  });

  afterEach(() => {
    window.requestIdleCallback = realIdle;
    window.cancelIdleCallback = realCancel;
  });

  const becomeIdle = () => {
    for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
  };

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

  it('comes at once for an element on the screen, without waiting for the page to be idle', async () => {
    const el = await placed(10);
    expect(await settled(firstRenderSlot(el))).to.equal(true);
  });

  it('waits for idle for an element far below the screen', async () => {
    const el = await placed(window.innerHeight * 4);
    const slot = firstRenderSlot(el);
    expect(await settled(slot)).to.equal(false);
    becomeIdle();
    expect(await settled(slot)).to.equal(true);
  });

  it('comes as soon as such an element is scrolled near the screen', async () => {
    const el = await placed(window.innerHeight * 4);
    const slot = firstRenderSlot(el);
    expect(await settled(slot)).to.equal(false);
    el.scrollIntoView();
    expect(await settled(slot)).to.equal(true);
    window.scrollTo(0, 0);
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
    becomeIdle();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the feed did not render when idle');
    expect(client.calls.map((c) => c.method)).to.deep.equal(['news.list']);
    el.remove();
  });
});
