// The built CDN files (cdn/*.js, made by `pnpm build` or `node scripts/build-cdn.mjs`): any mix of them on one page
// registers each tag once, from the first file that has it, and every widget works with one configure().
import { expect, waitUntil } from '@open-wc/testing';
import type { CdnMixWindow } from '../test-fixtures/cdn-mix-page.js';

const ALL = ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status'];

/** What proves a widget rendered its content (not a skeleton, not an error). */
const CONTENT: Record<string, string> = {
  'kim-news-feed': '[part~="item"]',
  'kim-group-directory': '[part~="card"]',
  'kim-aspiration-form': '[part~="form"] select option[value="19.71.01"]',
  'kim-aspiration-status': '[part~="result"]',
};

/** The page with `files` loaded in this order, in a frame of its own (a fresh custom element registry). */
async function mixPage(files: string[]): Promise<{ frame: HTMLIFrameElement; win: CdnMixWindow }> {
  const frame = document.createElement('iframe');
  frame.title = files.join(' + ');
  frame.style.width = '800px';
  frame.src = `/packages/widgets/src/test-fixtures/cdn-mix-page.html?files=${files.join(',')}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as CdnMixWindow;
  await waitUntil(() => win.mix, 'the page script did not start', { timeout: 8000 });
  await win.mix.ready;
  return { frame, win };
}

describe('CDN files', () => {
  const mixes: { files: string[]; expect: Record<string, number> }[] = [
    { files: ['kim-news-feed.js'], expect: { 'kim-news-feed': 0 } },
    {
      files: ['kim-news-feed.js', 'kim-aspiration-form.js'],
      expect: { 'kim-news-feed': 0, 'kim-aspiration-form': 1 },
    },
    {
      files: ['kim-group-directory.js', 'kim-widgets.js'],
      expect: { 'kim-group-directory': 0, 'kim-news-feed': 1, 'kim-aspiration-form': 1, 'kim-aspiration-status': 1 },
    },
    {
      files: ['kim-widgets.js', 'kim-news-feed.js', 'kim-aspiration-status.js'],
      expect: { 'kim-news-feed': 0, 'kim-group-directory': 0, 'kim-aspiration-form': 0, 'kim-aspiration-status': 0 },
    },
    {
      files: ['kim-aspiration-status.js', 'kim-aspiration-status.js?second-copy', 'kim-group-directory.js'],
      expect: { 'kim-aspiration-status': 0, 'kim-group-directory': 2 },
    },
    {
      files: ['kim-news-feed.js', 'kim-group-directory.js', 'kim-aspiration-form.js', 'kim-aspiration-status.js'],
      expect: { 'kim-news-feed': 0, 'kim-group-directory': 1, 'kim-aspiration-form': 2, 'kim-aspiration-status': 3 },
    },
  ];

  for (const mix of mixes) {
    it(`${mix.files.join(' + ')}: each tag registered once, by the first file with it, all working`, async function () {
      this.timeout(20000);
      const { frame, win } = await mixPage(mix.files);
      try {
        expect(win.mix.definedBy).to.deep.equal(mix.expect);
        for (const tag of Object.keys(mix.expect)) {
          const el = frame.contentDocument!.querySelector(tag)!;
          // configure() came from the first file only; widgets from the other files use it too.
          await waitUntil(() => el.shadowRoot?.querySelector(CONTENT[tag]!), `${tag} shows no content`, {
            timeout: 8000,
          });
        }
        for (const tag of ALL.filter((t) => !(t in mix.expect))) {
          expect(frame.contentWindow!.customElements.get(tag), `${tag} registered by none of the files`).to.equal(
            undefined,
          );
        }
        expect(win.mix.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('would notice a second registration (the probe works)', async function () {
    this.timeout(20000);
    const { frame, win } = await mixPage(['kim-news-feed.js']);
    try {
      const second = (frame.contentWindow as Window & { eval(code: string): unknown }).eval(
        "class X extends HTMLElement {}; try { customElements.define('kim-news-feed', X); 'defined' } catch (e) { e.name }",
      );
      expect(second).to.equal('NotSupportedError');
      expect(win.mix.definedBy).to.deep.equal({ 'kim-news-feed': 0 });
    } finally {
      frame.remove();
    }
  });

  /** Opens the first article in the feed's reader and returns the CDN files the page has loaded by then. */
  async function openArticle(frame: HTMLIFrameElement): Promise<{ body: string; cdnFiles: string[] }> {
    const feed = frame.contentDocument!.querySelector('kim-news-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelector('[part~="link"]'), 'no news', { timeout: 8000 });
    feed.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.click();
    await waitUntil(() => feed.shadowRoot!.querySelector('[part~="body"] p'), 'no article body', { timeout: 8000 });
    const cdnFiles = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/packages/widgets/cdn/'))
      .map((path) => path.slice('/packages/widgets/cdn/'.length));
    // Without Lit's marker comments, which differ from render to render.
    const body = feed.shadowRoot!.querySelector('[part~="body"]')!.innerHTML.replace(/<!--[^>]*-->/g, '');
    return { body, cdnFiles };
  }

  it('is one request per file, also after an article opens, where the browser has the HTML Sanitizer', async function () {
    this.timeout(20000);
    const { frame, win } = await mixPage(['kim-news-feed.js']);
    try {
      const { cdnFiles } = await openArticle(frame);
      expect(cdnFiles).to.deep.equal(['kim-news-feed.js']);
      expect(win.mix.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads the sanitizer fallback from beside the file, on the first article, where the browser has none', async function () {
    this.timeout(20000);
    const native = await mixPage(['kim-news-feed.js']);
    const nativeBody = (await openArticle(native.frame)).body;
    native.frame.remove();

    const { frame, win } = await mixPage(['kim-news-feed.js&native=0']);
    try {
      const feed = frame.contentDocument!.querySelector('kim-news-feed')!;
      await waitUntil(() => feed.shadowRoot?.querySelector('[part~="item"]'), 'no news', { timeout: 8000 });
      const before = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
      expect(before.some((name) => name.includes('kim-sanitizer-fallback'))).to.equal(false);
      const { body, cdnFiles } = await openArticle(frame);
      expect(cdnFiles).to.deep.equal(['kim-news-feed.js', 'kim-sanitizer-fallback.js']);
      expect(body).to.contain('<p>').and.equal(nativeBody);
      expect(win.mix.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
