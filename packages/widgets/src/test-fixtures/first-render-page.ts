// The script of first-render-page.html: the all-in-one CDN file, configured before any widget renders, with a fake API
// that notes when each request was sent, and the time the feed at the top showed its first page.
import { configure } from '../shared/config.js';
import { clientOf, createFakeKimApi } from './fake-kim-api.js';

/** What the test reads from the page's window. */
export interface FirstRenderWindow extends Window {
  firstRender: {
    /** Each request's path and the time it was sent (ms since the page's time origin). */
    requests: { path: string; at: number }[];
    /** When the feed fired its first `kim-load`. */
    feedLoadedAt?: number;
  };
}

const page = window as unknown as FirstRenderWindow;
page.firstRender = { requests: [] };
const api = createFakeKimApi();
const fetchAnswer = api.fetch;
api.fetch = (request) => {
  page.firstRender.requests.push({ path: new URL(request.url).pathname, at: performance.now() });
  return fetchAnswer(request);
};
document.querySelector('kim-news-feed')!.addEventListener(
  'kim-load',
  () => {
    page.firstRender.feedLoadedAt = performance.now();
  },
  { once: true },
);

// The page-wide settings are shared by every copy of the widgets on the page: set here, before the CDN file loads and
// its widgets render, they reach them.
configure({ client: clientOf(api) });
await import(/* @vite-ignore */ `${'/packages/widgets/cdn/kim-widgets.js'}`);
