// A KimClient-shaped fake over the fixtures, with knobs for latency, failure and emptiness. No network involved.
import {
  type Category,
  type KimClient,
  type KimGroup,
  KimNetworkError,
  KimNotFoundError,
  type ListPromise,
  type NewsArticle,
  type Page,
  type Region,
  type RequestOptions,
} from '@kim-kit/sdk';
import { aspirationReceipt, trackingRecords } from './aspirations.js';
import { categories, groups, news, regions } from './fixtures.js';

/** The data a fake client serves. */
export interface FakeData {
  regions: Region[];
  categories: Category[];
  groups: KimGroup[];
  news: NewsArticle[];
}

/** Knobs; change them on `client.options` between calls to script a scenario. */
export interface FakeClientOptions {
  /** Milliseconds before every answer (0: next microtask). `Infinity` never answers (until aborted). */
  delay?: number;
  /** Reject every call: `true` with a network error, or with the given error. */
  fail?: boolean | Error;
  /** Every list answers with no items. */
  empty?: boolean;
  /** Replaces parts of the fixture data. */
  data?: Partial<FakeData>;
}

/** One recorded call, e.g. `{ method: 'news.list', args: [{ limit: 10 }] }`. */
export interface FakeCall {
  method: string;
  args: unknown[];
}

/** The fake: a KimClient plus its knobs and a log of calls. */
export type FakeKimClient = KimClient & { options: FakeClientOptions; calls: FakeCall[] };

function paginate<T>(items: T[], limit = 20, cursor?: string): Page<T> {
  const start = cursor ? Number(cursor) : 0;
  const end = start + limit;
  return { data: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();

/** A fake `KimClient`. Calls are answered from in-memory fixtures; see `FakeClientOptions`. */
export function createFakeClient(options: FakeClientOptions = {}): FakeKimClient {
  const calls: FakeCall[] = [];
  const data = (): FakeData => ({ regions, categories, groups, news, ...client.options.data });

  function answer<T>(method: string, args: unknown[], produce: () => T, opts?: RequestOptions): Promise<T> {
    calls.push({ method, args });
    const { delay = 0, fail } = client.options;
    return new Promise<T>((resolve, reject) => {
      const signal = opts?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        if (fail) reject(fail === true ? new KimNetworkError('Failed to fetch') : fail);
        else {
          try {
            resolve(produce());
          } catch (error) {
            reject(error);
          }
        }
      };
      const timer = delay === Number.POSITIVE_INFINITY ? undefined : setTimeout(settle, delay);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (delay === 0) {
        clearTimeout(timer);
        queueMicrotask(settle);
      }
    });
  }

  function list<T>(
    method: string,
    args: unknown[],
    items: () => T[],
    limit?: number,
    cursor?: string,
    opts?: RequestOptions,
  ): ListPromise<T> {
    const page = answer(method, args, () => paginate(client.options.empty ? [] : items(), limit, cursor), opts);
    const iterate = async function* () {
      let current = await page;
      for (;;) {
        yield* current.data;
        if (!current.nextCursor) return;
        current = paginate(client.options.empty ? [] : items(), limit, current.nextCursor);
      }
    };
    return Object.assign(page, {
      [Symbol.asyncIterator]: iterate,
      async toArray({ limit: max }: { limit: number }) {
        const out: T[] = [];
        for await (const item of iterate()) {
          if (out.length >= max) break;
          out.push(item);
        }
        return out;
      },
    }) as ListPromise<T>;
  }

  const notFound = (what: string): never => {
    throw new KimNotFoundError({ status: 404, code: 'not_found', title: 'Not Found', detail: `${what} not found` });
  };
  const summary = ({ body: _body, ...rest }: NewsArticle) => rest;

  const client = {
    options,
    calls,
    regions: {
      list: (query: { parent?: string; level?: string } = {}, opts?: RequestOptions) =>
        list(
          'regions.list',
          [query],
          () =>
            data().regions.filter((r) =>
              query.parent
                ? r.parentCode === query.parent
                : query.level
                  ? r.level === query.level
                  : r.level === 'province',
            ),
          100,
          undefined,
          opts,
        ),
      get: (code: string, opts?: RequestOptions) =>
        answer('regions.get', [code], () => data().regions.find((r) => r.code === code) ?? notFound(code), opts),
    },
    groups: {
      list: (
        query: { region?: string; q?: string; focus?: string; limit?: number; cursor?: string } = {},
        opts?: RequestOptions,
      ) =>
        list(
          'groups.list',
          [query],
          () => {
            const q = lower(query.q?.trim());
            return data().groups.filter(
              (g) =>
                (!query.region || g.regionCode === query.region || g.regionCode.startsWith(`${query.region}.`)) &&
                (!query.focus || g.focusAreas.includes(query.focus as KimGroup['focusAreas'][number])) &&
                (!q || [g.name, g.village.name, g.district.name, g.chairName].some((s) => lower(s).includes(q))),
            );
          },
          query.limit,
          query.cursor,
          opts,
        ),
      get: (idOrSlug: string, opts?: RequestOptions) =>
        answer(
          'groups.get',
          [idOrSlug],
          () => data().groups.find((g) => g.id === idOrSlug || g.slug === idOrSlug) ?? notFound(idOrSlug),
          opts,
        ),
    },
    news: {
      list: (
        query: { region?: string; group?: string; category?: string; q?: string; limit?: number; cursor?: string } = {},
        opts?: RequestOptions,
      ) =>
        list(
          'news.list',
          [query],
          () =>
            data()
              .news.filter(
                (n) =>
                  (!query.region || n.regionCode === query.region || n.regionCode.startsWith(`${query.region}.`)) &&
                  (!query.group || n.group.id === query.group || n.group.slug === query.group) &&
                  (!query.category || n.category.id === query.category) &&
                  (!query.q || lower(n.title).includes(lower(query.q))),
              )
              .map(summary),
          query.limit,
          query.cursor,
          opts,
        ),
      get: (idOrSlug: string, opts?: RequestOptions) =>
        answer(
          'news.get',
          [idOrSlug],
          () => data().news.find((n) => n.id === idOrSlug || n.slug === idOrSlug) ?? notFound(idOrSlug),
          opts,
        ),
    },
    categories: {
      list: (opts?: RequestOptions) => list('categories.list', [], () => data().categories, 100, undefined, opts),
    },
    aspirations: {
      submit: (input: unknown, opts?: RequestOptions & { idempotencyKey?: string }) =>
        answer('aspirations.submit', [input, opts?.idempotencyKey], () => ({ ...aspirationReceipt }), opts),
      track: (code: string, opts?: RequestOptions) =>
        answer(
          'aspirations.track',
          [code],
          () => trackingRecords.find((t) => t.trackingCode === code) ?? notFound(code),
          opts,
        ),
    },
    admin: {
      aspirations: {
        list: () => Promise.reject(new Error('admin is not faked')),
        get: () => Promise.reject(new Error('admin is not faked')),
        setStatus: () => Promise.reject(new Error('admin is not faked')),
      },
    },
  };
  return client as unknown as FakeKimClient;
}
