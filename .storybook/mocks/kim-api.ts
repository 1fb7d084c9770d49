// MSW handlers that play the KIM API from the widgets' own test fixtures (the same module the browser tests use).
import type { AspirationReceipt, Page, Problem } from '@kim-kit/sdk';
import { delay, HttpResponse, http, type PathParams, type RequestHandler } from 'msw';
// Types `msw` on the story context (`beforeEach({ msw })`) for every story that imports these handlers.
import type {} from 'msw-storybook-addon/types';
import { aspirationReceipt, trackingRecords } from '../../packages/widgets/src/test-fixtures/aspirations.js';
import { categories, groups, news, regions } from '../../packages/widgets/src/test-fixtures/fixtures.js';

/** The base URL of the well-behaved mock API; MSW answers it, nothing leaves the browser. */
export const KIM_API = 'https://api.kim.test';

/** How a mocked API behaves. */
export interface KimApiOptions {
  /**
   * Its host name under `.kim.test`. Each behaviour lives on its own host, so that the stories of a docs page, which
   * share one service worker, do not override each other.
   */
  name?: string;
  /** Extra milliseconds before each answer, or `'infinite'` to never answer (the loading state). */
  latency?: number | 'infinite';
  /** Every list answers with no items. */
  empty?: boolean;
  /** Every read answers 503 with a problem body. */
  failing?: boolean;
  /** How `POST /v1/aspirations` answers: a receipt, never, or as if the connection dropped. */
  submit?: 'accept' | 'pending' | 'offline';
}

/** A mocked API: the base URL to give the widgets, and the handlers that answer it. */
export interface MockApi {
  base: string;
  handlers: RequestHandler[];
}

function problem(status: number, code: string, title: string, detail?: string): HttpResponse<Problem> {
  const body: Problem = { type: 'about:blank', title, status, code, detail, requestId: 'req_storybook', errors: [] };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

/** One page of `items` for the `limit` and `cursor` of the request, with an opaque offset as the cursor. */
function page<T>(items: readonly T[], url: URL): Page<T> {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 100);
  const start = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const end = start + limit;
  return { data: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

const contains = (text: string | null | undefined, q: string) =>
  (text ?? '').toLocaleLowerCase('id').includes(q.toLocaleLowerCase('id'));

/** A neutral picture of the requested size for the fixtures' image URLs, so no request leaves the browser. */
export function imagePlaceholders(): RequestHandler[] {
  return [
    http.get('https://cdn.example.id/*', ({ request }) => {
      const label = new URL(request.url).pathname.split('/').pop() ?? '';
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#c9d6e3"/><circle cx="520" cy="90" r="40" fill="#f2b705"/><path d="M0 300 L180 170 L300 260 L420 190 L640 320 V360 H0 Z" fill="#5b7a99"/><text x="24" y="48" font-family="sans-serif" font-size="24" fill="#17212b">${label}</text></svg>`;
      return new HttpResponse(svg, { headers: { 'content-type': 'image/svg+xml' } });
    }),
  ];
}

/** The whole public API over the fixtures, on its own host; install the handlers with `msw.use()`. */
export function mockApi(options: KimApiOptions = {}): MockApi {
  const { name = 'api', latency = 0, empty = false, failing = false, submit = 'accept' } = options;
  const base = `https://${name}.kim.test`;

  /** Wraps a read with the configured latency, failure and emptiness. */
  const read = <T>(produce: (url: URL, params: Record<string, string>) => T | HttpResponse<Problem>) => {
    return async ({ request, params }: { request: Request; params: PathParams }) => {
      if (latency === 'infinite') await delay('infinite');
      else if (latency > 0) await delay(latency);
      if (failing) return problem(503, 'storage_unavailable', 'Service Unavailable', 'Layanan sedang tidak tersedia.');
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const result = produce(new URL(request.url), flat);
      return result instanceof HttpResponse ? result : HttpResponse.json(result as object);
    };
  };
  const list = <T>(items: readonly T[], url: URL) => page(empty ? [] : items, url);

  const handlers = [
    ...imagePlaceholders(),
    http.get(
      `${base}/v1/regions`,
      read((url) => {
        const parent = url.searchParams.get('parent');
        const level = url.searchParams.get('level');
        const found = regions.filter(
          (r) => (parent ? r.parentCode === parent : r.level === 'province') && (!level || r.level === level),
        );
        return list(found, url);
      }),
    ),
    http.get(
      `${base}/v1/regions/:code`,
      read((_url, { code }) => regions.find((r) => r.code === code) ?? problem(404, 'not_found', 'Not Found')),
    ),
    http.get(
      `${base}/v1/categories`,
      read((url) => list(categories, url)),
    ),
    http.get(
      `${base}/v1/groups`,
      read((url) => {
        const region = url.searchParams.get('region');
        const q = url.searchParams.get('q');
        const focus = url.searchParams.get('focus');
        const found = groups.filter(
          (g) =>
            (!region || g.regionCode === region || g.regionCode.startsWith(`${region}.`)) &&
            (!focus || g.focusAreas.some((f) => f === focus)) &&
            (!q || [g.name, g.village.name, g.district.name, g.chairName, g.address].some((text) => contains(text, q))),
        );
        return list(found, url);
      }),
    ),
    http.get(
      `${base}/v1/groups/:idOrSlug`,
      read(
        (_url, { idOrSlug }) =>
          groups.find((g) => g.id === idOrSlug || g.slug === idOrSlug) ?? problem(404, 'not_found', 'Not Found'),
      ),
    ),
    http.get(
      `${base}/v1/news`,
      read((url) => {
        const region = url.searchParams.get('region');
        const group = url.searchParams.get('group');
        const category = url.searchParams.get('category');
        const q = url.searchParams.get('q');
        const found = news
          .filter(
            (n) =>
              (!region || n.regionCode === region || n.regionCode.startsWith(`${region}.`)) &&
              (!group || n.group.id === group || n.group.slug === group) &&
              (!category || n.category.id === category) &&
              (!q || contains(n.title, q) || contains(n.summary, q)),
          )
          .map(({ body: _body, ...summary }) => summary);
        return list(found, url);
      }),
    ),
    http.get(
      `${base}/v1/news/:idOrSlug`,
      read(
        (_url, { idOrSlug }) =>
          news.find((n) => n.id === idOrSlug || n.slug === idOrSlug) ?? problem(404, 'not_found', 'Not Found'),
      ),
    ),
    http.get(
      `${base}/v1/aspirations/:code`,
      read(
        (_url, { code }) =>
          trackingRecords.find((t) => t.trackingCode === code) ??
          problem(404, 'not_found', 'Not Found', 'Kode lacak tidak dikenal.'),
      ),
    ),
    http.post(`${base}/v1/aspirations`, async () => {
      if (latency === 'infinite' || submit === 'pending') await delay('infinite');
      if (submit === 'offline') return HttpResponse.error();
      const receipt: AspirationReceipt = { ...aspirationReceipt, submittedAt: new Date().toISOString() };
      return HttpResponse.json(receipt, { status: 201 });
    }),
  ];
  return { base, handlers };
}
