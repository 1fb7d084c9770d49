// Syndication: which news a feed carries. The feeds themselves (RSS, Atom, JSON Feed) are documents of their own
// formats, described in the OpenAPI document rather than in the contract.
import * as z from 'zod/mini';
import { NewsListQuery } from './queries.js';

/** Articles in a news feed: a reader that polls once a day catches up on a busy city's KIMs. */
export const NEWS_FEED_SIZE = 30;

/** The filters of the news feeds: the same region prefix, group and category as `GET /v1/news`. */
export const NewsFeedQuery = z.strictObject({
  region: NewsListQuery.shape.region,
  group: NewsListQuery.shape.group,
  category: NewsListQuery.shape.category,
});
