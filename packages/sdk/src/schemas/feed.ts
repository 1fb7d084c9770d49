// Syndication: which news a feed carries, and the JSON Feed 1.1 document (RSS and Atom are XML, outside zod).
import * as z from 'zod/mini';
import { HttpUrl, Timestamp } from './common.js';
import { NewsListQuery } from './queries.js';

/** Articles in a news feed: a reader that polls once a day catches up on a busy city's KIMs. */
export const NEWS_FEED_SIZE = 30;

/** The filters of the news feeds: the same region prefix, group and category as `GET /v1/news`. */
export const NewsFeedQuery = z.strictObject({
  region: NewsListQuery.shape.region,
  group: NewsListQuery.shape.group,
  category: NewsListQuery.shape.category,
});

const JsonFeedAuthor = z.object({ name: z.string(), url: z.optional(HttpUrl) });

/** One article in a JSON Feed. */
export const JsonFeedItem = z
  .object({
    /** The article's canonical URL, which never changes. */
    id: z.string(),
    url: HttpUrl,
    title: z.string(),
    summary: z.optional(z.string()),
    /** The body, sanitized; image URLs absolute. */
    content_html: z.string(),
    image: z.optional(HttpUrl),
    date_published: Timestamp,
    date_modified: Timestamp,
    /** The KIM group that published it. */
    authors: z.array(JsonFeedAuthor),
    /** The category's name, then the article's tags. */
    tags: z.array(z.string()),
    language: z.optional(z.string()),
  })
  .check(z.meta({ id: 'JsonFeedItem' }));
export type JsonFeedItem = z.infer<typeof JsonFeedItem>;

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of published news. */
export const JsonFeed = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.optional(HttpUrl),
    feed_url: z.optional(HttpUrl),
    description: z.optional(z.string()),
    language: z.optional(z.string()),
    items: z.array(JsonFeedItem),
  })
  .check(z.meta({ id: 'JsonFeed', description: 'A JSON Feed 1.1 document of published news, newest first.' }));
export type JsonFeed = z.infer<typeof JsonFeed>;
