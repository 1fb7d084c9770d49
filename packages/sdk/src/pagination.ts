import { KimResponseError } from './errors/kim-response-error.js';
import type { Page } from './schemas/page.js';

/**
 * What every `list` call returns: a promise of the first page that is also an async iterable over every item of
 * every page, fetched page by page as the loop advances.
 *
 * @example
 * const first = await client.news.list({ region: '19.71' });          // { data, nextCursor }
 * for await (const article of client.news.list({ region: '19.71' })) { ... }
 * const latest = await client.news.list({ region: '19.71' }).toArray({ limit: 50 });
 */
export type ListPromise<T> = Promise<Page<T>> &
  AsyncIterable<T> & {
    /**
     * Collects items across pages, stopping at `limit` items (no further page is fetched then).
     * The limit is required, so that a large list is never pulled into memory by accident.
     * @example await client.groups.list({ region: '19.71' }).toArray({ limit: 200 })
     */
    toArray(options: { limit: number }): Promise<T[]>;
  };

/**
 * Builds a {@link ListPromise}. The first page is requested at once; further pages when iteration reaches them.
 *
 * @param fetchPage fetches the page at a cursor (`undefined` for the first page)
 * @param cursor where to start
 */
export function createListPromise<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  cursor?: string,
): ListPromise<T> {
  const first = fetchPage(cursor);

  async function* items(): AsyncGenerator<T, void, undefined> {
    let page = await first;
    const seen = new Set<string>();
    for (;;) {
      yield* page.data;
      const next = page.nextCursor;
      if (next === null || next === undefined) return;
      // A server that hands out a cursor twice would make this loop forever.
      if (seen.has(next)) {
        throw new KimResponseError(`pagination cursor repeated: ${next}`, {
          issues: [{ path: 'nextCursor', message: 'cursor repeated' }],
          status: 200,
        });
      }
      seen.add(next);
      page = await fetchPage(next);
    }
  }

  async function toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw new RangeError('toArray({ limit }) needs a limit: a whole number of at least 1');
    }
    const out: T[] = [];
    for await (const item of items()) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }

  return Object.assign(first, { [Symbol.asyncIterator]: items, toArray });
}
