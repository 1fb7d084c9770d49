// The published shapes: the CDN files under a strict CSP (with the native HTML Sanitizer and with the DOMPurify
// fallback), and registration when the npm define modules and a CDN copy meet on a page.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { CspPageWindow } from '../test-fixtures/csp-page.js';

const TAGS = ['kim-news-feed', 'kim-group-directory', 'kim-aspiration-form', 'kim-aspiration-status'] as const;
const CDN = '/packages/widgets/cdn/kim-widgets.js';

/** What proves a widget rendered its content (not a skeleton, not an error). */
const CONTENT: Record<(typeof TAGS)[number], string> = {
  'kim-news-feed': '[part~="item"]',
  'kim-group-directory': '[part~="card"]',
  'kim-aspiration-form': '[part~="form"] select option[value="infrastruktur"]',
  'kim-aspiration-status': '[part~="result"]',
};

for (const sanitizer of ['native', 'fallback'] as const)
describe(`CDN bundle under a strict Content-Security-Policy (${sanitizer} sanitizer)`, () => {
  let frame: HTMLIFrameElement;

  before(async function () {
    this.timeout(15000);
    await fetch('/csp/reports?clear');
    frame = document.createElement('iframe');
    frame.title = 'CSP page';
    frame.src = sanitizer === 'native' ? '/csp/page.html' : '/csp/page.html?native=0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    await (frame.contentWindow as unknown as CspPageWindow).cspReady;
  });

  after(() => frame.remove());

  it('serves the page with the policy in a header', async () => {
    const response = await fetch('/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.match(
      /^default-src 'self'; script-src 'self'; style-src 'self'/,
    );
  });

  for (const tag of TAGS) {
    it(`renders <${tag}> with its styles applied`, async () => {
      const doc = frame.contentDocument!;
      const el = doc.querySelector(tag)!;
      expect(el, `${tag} on the page`).to.exist;
      await waitUntil(() => el.shadowRoot?.querySelector(CONTENT[tag]), `${tag} shows no content`, { timeout: 8000 });
      // Styles came through adoptedStyleSheets: the base reset gives the host display:block.
      expect(frame.contentWindow!.getComputedStyle(el).display).to.equal('block');
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });
  }

  it(`opens an article inline: the ${sanitizer} sanitizer runs under the policy too`, async () => {
    const feed = frame.contentDocument!.querySelector('kim-news-feed')!;
    feed.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.click();
    await waitUntil(() => feed.shadowRoot!.querySelector('[part~="body"] p'), 'no article body', { timeout: 8000 });
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.endsWith('/cdn/kim-sanitizer-fallback.js'))).to.equal(sanitizer === 'fallback');
  });

  it('reports no violation', async () => {
    // Give the browser a moment to deliver reports sent at the end of the page's work.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((frame.contentWindow as unknown as CspPageWindow).cspViolations).to.deep.equal([]);
    expect(await (await fetch('/csp/reports')).json()).to.deep.equal([]);
  });

  it('would notice a violation (the probe works)', async () => {
    const win = frame.contentWindow as unknown as CspPageWindow;
    const before = win.cspViolations.length;
    const style = frame.contentDocument!.createElement('div');
    style.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(style);
    await waitUntil(() => win.cspViolations.length > before, 'no violation event for an inline style');
    await waitUntil(
      async () => ((await (await fetch('/csp/reports')).json()) as string[]).some((r) => r.includes('style-src')),
      'no violation report reached the server',
      { timeout: 5000 },
    );
    style.remove();
    win.cspViolations.length = before;
  });
});

describe('registration', () => {
  it('defines all four tags, and a second copy of every define file does not throw', async () => {
    await import('../define/all.js');
    const first = TAGS.map((tag) => customElements.get(tag));
    for (const ctor of first) expect(ctor).to.be.a('function');
    await import('../define/news-feed.js');
    await import('../define/group-directory.js');
    await import('../define/aspiration-form.js');
    await import('../define/aspiration-status.js');
    // A second, separately bundled copy (the CDN file) finds the tags taken and leaves them alone.
    await import(/* @vite-ignore */ `${CDN}`);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);
  });

  it('has no instance fields hiding a reactive property', async () => {
    await import('../define/all.js');
    for (const tag of TAGS) {
      const el = document.createElement(tag) as LitElement;
      const ctor = el.constructor as typeof LitElement;
      const own = [...ctor.elementProperties.keys()].filter((name) => Object.hasOwn(el, name));
      expect(own, `<${tag}> own properties`).to.deep.equal([]);
    }
  });
});
