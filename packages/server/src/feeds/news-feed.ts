// A feed of published news, independent of its format: what RSS, Atom and JSON Feed each render.
import { NEWS_FEED_SIZE } from '@kim-kit/sdk/schemas';
import { sanitizeArticleHtml } from '../content/sanitize-article.js';
import { absoluteUrl, articlePath, isSafePath } from '../present/urls.js';
import type { NewsFilter, Storage } from '../storage/storage.js';
import { xmlSafe } from './xml.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Articles per feed (the contract's `NEWS_FEED_SIZE`). */
export const FEED_SIZE = NEWS_FEED_SIZE;

export interface FeedEntry {
  /** The article's canonical URL: stable, so it is also the entry's id. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitized, with absolute image URLs. */
  contentHtml: string;
  image: { url: string; type: string } | null;
  /** The KIM group that published it. */
  author: string;
  category: { term: string; label: string };
  tags: string[];
  publishedAt: string;
  updatedAt: string;
}

export interface NewsFeed {
  title: string;
  description: string;
  language: 'id';
  /** The site's home page. */
  homeUrl: string;
  /** The feed itself, in each format, with the same filters. */
  urls: Record<FeedFormat, string>;
  /** The newest `updatedAt` of its entries: Last-Modified, and the feed's own update time. */
  updatedAt: string | null;
  entries: FeedEntry[];
}

export interface FeedScope {
  region?: { code: string; name: string };
  group?: { id: string; name: string };
  category?: { id: string; name: string };
}

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The media type of a stored image, from its extension; `null` for one we would not vouch for. */
function imageType(path: string): string | null {
  return IMAGE_TYPES[/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? null;
}

/** The query string of a feed URL with the scope's filters, always in the same order. */
function scopeQuery(scope: FeedScope): string {
  const params = new URLSearchParams();
  if (scope.region) params.set('region', scope.region.code);
  if (scope.group) params.set('group', scope.group.id);
  if (scope.category) params.set('category', scope.category.id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The feed's title and description in Bahasa Indonesia, naming its filters. */
function titles(scope: FeedScope): { title: string; description: string } {
  const parts = [scope.group?.name, scope.category?.name, scope.region?.name].filter((p): p is string => !!p);
  const title = parts.length > 0 ? `Berita KIM: ${parts.join(' · ')}` : 'Berita KIM';
  return {
    title,
    description:
      'Berita terbaru dari Kelompok Informasi Masyarakat (KIM)' +
      (scope.region ? ` di ${scope.region.name}` : '') +
      (scope.category ? `, kategori ${scope.category.name}` : '') +
      '.',
  };
}

/** Collects the newest published articles of a scope with their bodies. */
export async function collectNewsFeed(storage: Storage, scope: FeedScope, base: string): Promise<NewsFeed> {
  const filter: NewsFilter = {
    region: scope.region?.code,
    group: scope.group?.id,
    category: scope.category?.id,
    limit: FEED_SIZE,
    withBody: true,
  };
  // Only what the public may read: published articles, and scheduled ones whose time has come.
  const rows = await storage.listNews(filter);
  const entries: FeedEntry[] = [];
  for (const row of rows) {
    const body = row.body ?? '';
    const url = absoluteUrl(base, articlePath(row.slug));
    const type = row.image && isSafePath(row.image.path) ? imageType(row.image.path) : null;
    entries.push({
      id: url,
      url,
      title: xmlSafe(row.title),
      summary: xmlSafe(row.summary),
      contentHtml: sanitizeArticleHtml(body, { publicUrl: base, absoluteMedia: true }),
      image: row.image && type ? { url: absoluteUrl(base, row.image.path), type } : null,
      author: xmlSafe(row.group.name),
      category: { term: row.category.id, label: xmlSafe(row.category.name) },
      tags: row.tags.map(xmlSafe),
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
    });
  }
  const query = scopeQuery(scope);
  const feedUrl = (ext: FeedFormat) => absoluteUrl(base, `/v1/feeds/news.${ext}${query}`);
  return {
    ...titles(scope),
    language: 'id',
    homeUrl: absoluteUrl(base, '/'),
    urls: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
    updatedAt: entries.reduce<string | null>((max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max), null),
    entries,
  };
}
