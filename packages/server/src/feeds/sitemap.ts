// The sitemap of article pages (https://www.sitemaps.org/protocol.html).
import { absoluteUrl, articlePath } from '../present/urls.js';
import type { Keyset, Storage } from '../storage/storage.js';
import { xml } from './xml.js';

/** The protocol's limit per file; a larger site needs a sitemap index (not needed at KIM scale yet). */
export const SITEMAP_MAX_URLS = 50_000;
const PAGE = 1000;

export interface SitemapEntry {
  url: string;
  lastModified: string;
}

/** The newest published articles' pages, up to the protocol's limit, newest first. */
export async function collectSitemap(storage: Storage, base: string): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let after: Keyset | undefined;
  while (entries.length < SITEMAP_MAX_URLS) {
    const rows = await storage.listNews({ limit: Math.min(PAGE, SITEMAP_MAX_URLS - entries.length), after });
    for (const row of rows)
      entries.push({ url: absoluteUrl(base, articlePath(row.slug)), lastModified: row.updatedAt });
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) break;
    after = { value: last.publishedAt, id: last.id };
  }
  return entries;
}

export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${xml(e.url)}</loc><lastmod>${e.lastModified}</lastmod></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
