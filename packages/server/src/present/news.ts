import type { NewsArticle, NewsSummary } from '@kim-kit/sdk/schemas';
import type { NewsRecord } from '../storage/storage.js';
import { absoluteUrl, articlePath, presentImage } from './urls.js';

/** A stored article as the contract's `NewsSummary` (no body). */
export function presentNewsSummary(news: NewsRecord, base: string): NewsSummary {
  return {
    id: news.id,
    slug: news.slug,
    title: news.title,
    summary: news.summary,
    image: presentImage(news.image, base),
    group: news.group,
    regionCode: news.regionCode,
    category: news.category,
    tags: news.tags,
    publishedAt: news.publishedAt,
    updatedAt: news.updatedAt,
    url: absoluteUrl(base, articlePath(news.slug)),
  };
}

/** A stored article with its body as the contract's `NewsArticle`. */
export function presentNewsArticle(news: NewsRecord, base: string): NewsArticle {
  return { ...presentNewsSummary(news, base), body: news.body ?? '' };
}
