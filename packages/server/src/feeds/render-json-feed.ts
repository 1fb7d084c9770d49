// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); the OpenAPI document describes it as `JsonFeed`.
import type { NewsFeed } from './news-feed.js';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors: { name: string; url?: string }[];
  tags: string[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  items: JsonFeedItem[];
}

export function jsonFeedOf(feed: NewsFeed): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.language,
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_html: e.contentHtml,
      ...(e.image ? { image: e.image.url } : {}),
      date_published: e.publishedAt,
      date_modified: e.updatedAt,
      authors: [{ name: e.author }],
      tags: [e.category.label, ...e.tags],
    })),
  };
}

export const renderJsonFeed = (feed: NewsFeed) => JSON.stringify(jsonFeedOf(feed));
