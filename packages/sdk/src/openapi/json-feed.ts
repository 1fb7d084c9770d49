// The JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) as the OpenAPI document describes it. Internal:
// it documents a standard format and is not part of the contract the package exports.
import * as z from 'zod/mini';
import { HttpUrl, Timestamp } from '../schemas/common.js';

const JsonFeedAuthor = z.object({ name: z.string(), url: z.optional(HttpUrl) });

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
  })
  .check(z.meta({ id: 'JsonFeedItem' }));

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
