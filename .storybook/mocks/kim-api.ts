// MSW handlers for Storybook that hand every API request to the widgets' own fake API (the one the browser tests use,
// packages/widgets/src/test-fixtures/fake-kim-api.ts). Each behaviour lives on its own host under `.kim.test`, so a
// story picks one with its `apiBase` arg (a URL a designer can also type into the control), and the stories of a
// docs page, which share one service worker, do not override each other.

import { HttpResponse, http, type RequestHandler } from 'msw';
// Types `msw` on the story context (`beforeEach({ msw })`).
import type {} from 'msw-storybook-addon/types';
import { createFakeKimApi, type FakeKimApiOptions } from '../../packages/widgets/src/test-fixtures/fake-kim-api.js';

/** The behaviours on offer, by host name: `https://<name>.kim.test`. */
export const API_BEHAVIOURS: Record<string, FakeKimApiOptions> = {
  /** The well-behaved API over the fixtures. */
  api: {},
  /** Never answers a read: the loading states. */
  loading: { latency: 'infinite' },
  /** Every list is empty. */
  empty: { empty: true },
  /** Every read fails with a 503 problem. */
  failing: { failReads: true },
  /** Reads work; a submission never gets an answer (the sending state). */
  sending: { submit: 'hold' },
  /** Reads work; a submission fails as if the connection dropped (the outbox). */
  offline: { submit: 'offline' },
  /** Reads work; a reporter's follow-up answers 429 with Retry-After: 120. */
  throttled: { submit: 'rate-limited' },
  /** Reads work; a reporter's follow-up answers 422 naming its text fields. */
  refusing: { submit: 'invalid' },
};

/** A neutral picture of the requested size for the fixtures' image URLs, so no request leaves the browser. */
function imagePlaceholders(): RequestHandler {
  return http.get('https://cdn.example.id/*', ({ request }) => {
    const label = new URL(request.url).pathname.split('/').pop() ?? '';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#c9d6e3"/><circle cx="520" cy="90" r="40" fill="#f2b705"/><path d="M0 300 L180 170 L300 260 L420 190 L640 320 V360 H0 Z" fill="#5b7a99"/><text x="24" y="48" font-family="sans-serif" font-size="24" fill="#17212b">${label}</text></svg>`;
    return new HttpResponse(svg, { headers: { 'content-type': 'image/svg+xml' } });
  });
}

/**
 * Handlers for every behaviour, each a fresh fake API (so a story starts with nothing submitted), plus the image
 * placeholders. A request the fake API fails as if offline becomes a network error, as `fetch` would see it.
 */
export function fakeApiHandlers(): RequestHandler[] {
  const handlers = Object.entries(API_BEHAVIOURS).map(([name, options]) => {
    const api = createFakeKimApi({ ...options, base: `https://${name}.kim.test` });
    return http.all(`${api.base}/*`, async ({ request }) => {
      try {
        return await api.fetch(request);
      } catch (error) {
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    });
  });
  return [imagePlaceholders(), ...handlers];
}
