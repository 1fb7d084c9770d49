import { composeKimClient } from './compose.js';
import type { KimClientOptions } from './options.js';
import type { Send } from './request.js';
import { type AdminAspirationsResource, adminAspirationsResource } from './resources/admin-aspirations.js';
import { type AspirationsResource, aspirationsResource } from './resources/aspirations.js';
import { type CategoriesResource, categoriesResource } from './resources/categories.js';
import { type GroupsResource, groupsResource } from './resources/groups.js';
import { type NewsResource, newsResource } from './resources/news.js';
import { type RegionsResource, regionsResource } from './resources/regions.js';

/** A client of the KIM data API. Create one with {@link createKimClient} and share it. */
export interface KimClient {
  /** Kemendagri regions. */
  readonly regions: RegionsResource;
  /** KIM groups. */
  readonly groups: GroupsResource;
  /** News articles. */
  readonly news: NewsResource;
  /** Categories of news and aspirations. */
  readonly categories: CategoriesResource;
  /** Submitting and tracking aspirations. */
  readonly aspirations: AspirationsResource;
  /** Administration; needs the `token` option. */
  readonly admin: { readonly aspirations: AdminAspirationsResource };
}

/**
 * Creates a client of the whole KIM data API, on [ky](https://github.com/sindresorhus/ky). It runs in browsers and
 * in Node 20 or later. The options are checked here: a `baseUrl` that is not an http(s) URL throws a `TypeError`.
 * A browser page that uses a few resources ships less with {@link composeKimClient}.
 *
 * @example
 * import { createKimClient } from '@kim-kit/sdk';
 *
 * const kim = createKimClient({ baseUrl: 'https://kim.example.go.id/api' });
 * const { data } = await kim.news.list({ region: '19.71', limit: 5 });
 * for (const article of data) console.log(article.publishedAt, article.title);
 */
export function createKimClient(options: KimClientOptions): KimClient {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError("createKimClient: expected options, e.g. { baseUrl: 'https://kim.example.go.id/api' }");
  }
  return composeKimClient(options, {
    regions: regionsResource,
    groups: groupsResource,
    news: newsResource,
    categories: categoriesResource,
    aspirations: aspirationsResource,
    admin: adminResource,
  });
}

/** Everything under `client.admin`: the officials' and operators' side of the API. */
export function adminResource(send: Send): KimClient['admin'] {
  return Object.freeze({ aspirations: adminAspirationsResource(send) });
}
