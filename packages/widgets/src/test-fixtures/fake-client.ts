// For the render benchmark only: a KimClient that takes its answers from the fake API (fake-kim-api.ts) directly,
// without a network, JSON or validation, so that the figures measure rendering. Tests and Storybook use the fake API
// through a real SDK client instead.
import {
  KimApiError,
  type KimClient,
  KimNotFoundError,
  type ListPromise,
  type Page,
  type Problem,
  type RequestOptions,
} from '@kim-kit/sdk';
import { createFakeKimApi, type FakeKimApiOptions } from './fake-kim-api.js';

/** The fake: a KimClient over a fake API's answers. */
export type FakeKimClient = KimClient;

/** A KimClient answering reads from a fake API made with `options`, in the next microtask. */
export function createFakeClient(options: FakeKimApiOptions = {}): FakeKimClient {
  const api = createFakeKimApi(options);

  function get<T>(path: string, query: object, opts?: RequestOptions): Promise<T> {
    const url = new URL(`${api.base}${path}`);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return new Promise<T>((resolve, reject) => {
      if (opts?.signal?.aborted) return reject(opts.signal.reason);
      queueMicrotask(() => {
        const { status, body } = api.read(url);
        if (status < 400) return resolve(body as T);
        const problem = body as Problem;
        reject(status === 404 ? new KimNotFoundError(problem) : new KimApiError(problem));
      });
    });
  }

  function list<T>(path: string, query: object, opts?: RequestOptions): ListPromise<T> {
    const first = get<Page<T>>(path, query, opts);
    async function* items() {
      let page = await first;
      for (;;) {
        yield* page.data;
        if (!page.nextCursor) return;
        page = await get<Page<T>>(path, { ...query, cursor: page.nextCursor }, opts);
      }
    }
    return Object.assign(first, {
      [Symbol.asyncIterator]: items,
      async toArray({ limit }: { limit: number }) {
        const out: T[] = [];
        for await (const item of items()) {
          if (out.length >= limit) break;
          out.push(item);
        }
        return out;
      },
    }) as ListPromise<T>;
  }

  const unsupported = () => Promise.reject(new Error('not part of the benchmark client'));
  const client = {
    regions: {
      list: (query = {}, opts?: RequestOptions) => list('/v1/regions', query, opts),
      get: (code: string, opts?: RequestOptions) => get(`/v1/regions/${encodeURIComponent(code)}`, {}, opts),
    },
    groups: {
      list: (query = {}, opts?: RequestOptions) => list('/v1/groups', query, opts),
      get: (id: string, opts?: RequestOptions) => get(`/v1/groups/${encodeURIComponent(id)}`, {}, opts),
    },
    news: {
      list: (query = {}, opts?: RequestOptions) => list('/v1/news', query, opts),
      get: (id: string, opts?: RequestOptions) => get(`/v1/news/${encodeURIComponent(id)}`, {}, opts),
    },
    categories: { list: (opts?: RequestOptions) => list('/v1/categories', {}, opts) },
    aspirations: {
      submit: unsupported,
      track: (code: string, opts?: RequestOptions) => get(`/v1/aspirations/${encodeURIComponent(code)}`, {}, opts),
    },
    admin: { aspirations: { list: unsupported, get: unsupported, setStatus: unsupported } },
  };
  return client as unknown as FakeKimClient;
}
