// The script of csp-page.html: records CSP violations, loads the one-file CDN bundle and puts every widget on the page.
// With `?native=0` the page first removes the HTML Sanitizer API, so articles go through the DOMPurify fallback.
import { trackingInProgress } from './aspirations.js';
import { clientOf, createFakeKimApi } from './fake-kim-api.js';
import { groups, news } from './fixtures.js';

/** What the test reads from the page's window. */
export interface CspPageWindow extends Window {
  cspViolations: string[];
  cspReady: Promise<void>;
}

const page = window as unknown as CspPageWindow;
if (new URLSearchParams(location.search).get('native') === '0') {
  delete (Element.prototype as unknown as Record<string, unknown>).setHTML;
  delete (window as unknown as Record<string, unknown>).Sanitizer;
}
page.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  page.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile})`);
});

// default-src 'self' also blocks images from other origins, which is the page's choice, not the widgets' doing.
const client = clientOf(
  createFakeKimApi({
    data: {
      news: news.map((n) => ({ ...n, image: null })),
      groups: groups.map((g) => ({ ...g, logo: null })),
    },
  }),
);

const widgets: [string, Record<string, string>][] = [
  ['kim-news-feed', { reader: '' }],
  ['kim-group-directory', { region: '19.71' }],
  ['kim-aspiration-form', { region: '19.71', 'privacy-url': 'https://example.id/privasi' }],
  ['kim-aspiration-status', { 'tracking-code': trackingInProgress.trackingCode }],
];

page.cspReady = import(/* @vite-ignore */ `${'/packages/widgets/cdn/kim-widgets.js'}`).then(() => {
  const main = document.querySelector('main')!;
  for (const [tag, attributes] of widgets) {
    const el = document.createElement(tag) as HTMLElement & { client: unknown };
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.client = client;
    main.append(el);
  }
});
