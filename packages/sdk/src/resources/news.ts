import type { RequestOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { NewsArticle, NewsSummary } from '../schemas/news.js';
import { Page } from '../schemas/page.js';

const NewsPage = Page(NewsSummary);

/** Filters of `news.list`. */
export interface NewsListParams {
  /**
   * Region code prefix.
   * @example '19.71'
   */
  region?: string | undefined;
  /** Only articles of this group (id or slug). */
  group?: string | undefined;
  /** Only articles of this category (its id). */
  category?: string | undefined;
  /** Full-text search in titles, summaries and bodies. */
  q?: string | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/** News published by KIM groups, newest first. */
export interface NewsResource {
  /**
   * Lists article summaries (no body), newest first.
   * @example const latest = await client.news.list({ region: '19.71', limit: 5 });
   */
  list(params?: NewsListParams, options?: RequestOptions): ListPromise<NewsSummary>;
  /**
   * Gets a whole article by id or slug. Its `body` is HTML: sanitize it before rendering.
   * @example const article = await client.news.get('posyandu-bacang-november');
   */
  get(idOrSlug: string, options?: RequestOptions): Promise<NewsArticle>;
}

export function newsResource(send: Send): NewsResource {
  return {
    list: ({ cursor: start, ...params } = {}, options) =>
      createListPromise(
        (cursor) =>
          send({ method: 'GET', path: ['v1', 'news'], query: { ...params, cursor }, schema: NewsPage }, options),
        start,
      ),
    get: (idOrSlug, options) => send({ method: 'GET', path: ['v1', 'news', idOrSlug], schema: NewsArticle }, options),
  };
}
