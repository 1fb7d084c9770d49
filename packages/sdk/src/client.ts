import { composeKimClient } from './compose.js';
import type { KimClientOptions } from './options.js';
import { publicResources } from './public-resources.js';
import { type AdminResource, adminResource } from './resources/admin.js';
import type { AspirationsResource } from './resources/aspirations.js';
import { type AuthResource, authResource } from './resources/auth.js';
import type { CategoriesResource } from './resources/categories.js';
import { type FollowUpsResource, followUpsResource } from './resources/follow-ups.js';
import type { GroupsResource } from './resources/groups.js';
import { type InformationRequestsResource, informationRequestsResource } from './resources/information-requests.js';
import type { NewsResource } from './resources/news.js';
import type { RegionsResource } from './resources/regions.js';
import { type StatsResource, statsResource } from './resources/stats.js';

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
  /** Public statistics of aspirations. */
  readonly stats: StatsResource;
  /** The reporter's follow-up with the tracking code and the follow-up secret. */
  readonly followUps: FollowUpsResource;
  /** The public register of information requests (UU 14/2008). */
  readonly informationRequests: InformationRequestsResource;
  /** Signing in and out, the signed-in person, invitations, one's own API tokens. */
  readonly auth: AuthResource;
  /** The write side: registry, categories, news, media, users, tokens, audit, aspirations. Needs a `token`. */
  readonly admin: AdminResource;
}

/**
 * Creates a client of the whole KIM data API, on [ky](https://github.com/sindresorhus/ky). It runs in browsers and
 * in Node 20 or later. The options are checked here: a `baseUrl` that is not an http(s) URL throws a `TypeError`.
 * A public page ships less with `composeKimClient(options, publicResources)`, which leaves the write side out.
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
    ...publicResources,
    stats: statsResource,
    followUps: followUpsResource,
    informationRequests: informationRequestsResource,
    auth: authResource,
    admin: adminResource,
  });
}
