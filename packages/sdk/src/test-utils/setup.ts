import { createKimClient } from '../client.js';
import type { KimClientOptions } from '../options.js';
import { createFakeFetch, type FakeHandler } from './fake-fetch.js';

export const BASE_URL = 'https://kim.example.test/api';

/** A client wired to a fake fetch, with retries fast enough for tests. */
export function setup(handler: FakeHandler, options: Partial<KimClientOptions> = {}) {
  const fake = createFakeFetch(handler);
  const client = createKimClient({
    baseUrl: BASE_URL,
    fetch: fake,
    retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  return { client, fake };
}

/** The path and query of a recorded URL, e.g. `/api/v1/news?region=19.71`. */
export const pathOf = (url: URL) => `${url.pathname}${url.search}`;
