// GET /v1/feeds/news.rss, news.atom and news.json (per region, group and category), and /sitemap.xml.
import { NewsFeedQuery } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { collectNewsFeed, type FeedFormat, type FeedScope } from '../feeds/news-feed.js';
import { renderAtom } from '../feeds/render-atom.js';
import { renderJsonFeed } from '../feeds/render-json-feed.js';
import { renderRss } from '../feeds/render-rss.js';
import { RenderedCache } from '../feeds/rendered-cache.js';
import { collectSitemap, renderSitemap } from '../feeds/sitemap.js';
import type { AppEnv } from '../http/app-env.js';
import { httpDate, type Rendered, sendRendered } from '../http/conditional-get.js';
import { etagOf } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import type { RouteDeps } from './route-deps.js';

/** Feed readers poll; five minutes keeps them and shared caches from asking much more often than news changes. */
const FEED_CACHE = 'public, max-age=300, stale-while-revalidate=600';
const GENERATOR = 'kim-kit';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** The scope a feed query names, each filter checked to exist (a feed of nothing is a mistake worth a 404). */
async function feedScope(c: Context<AppEnv>, deps: RouteDeps): Promise<FeedScope> {
  const query = parseQuery(NewsFeedQuery, c.req.url);
  const scope: FeedScope = {};
  if (query.region) {
    const region = await deps.storage.getRegion(query.region);
    if (!region) {
      const code = query.region;
      throw new HttpProblem(404, 'not_found', {
        detail: { id: `Tidak ada wilayah dengan kode ${code}`, en: `No region with code ${code}` },
      });
    }
    scope.region = { code: region.code, name: region.name };
  }
  if (query.group) {
    const group = await deps.storage.getGroup(query.group);
    if (!group) {
      throw new HttpProblem(404, 'not_found', {
        detail: { id: 'Tidak ada KIM dengan id atau slug ini', en: 'No KIM group with this id or slug' },
      });
    }
    scope.group = { id: group.id, name: group.name };
  }
  if (query.category) {
    const category = await deps.storage.getCategory(query.category);
    if (!category) {
      const id = query.category;
      throw new HttpProblem(404, 'not_found', {
        detail: { id: `Tidak ada kategori "${id}"`, en: `No category "${id}"` },
      });
    }
    scope.category = { id: category.id, name: category.name };
  }
  return scope;
}

export function feedRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const cache = deps.cache ? new RenderedCache() : null;

  /** Renders once per catalog version and URL (the base included: two hosts never share a document). */
  const respond = async (c: Context<AppEnv>, render: () => Promise<Rendered>) => {
    const url = c.req.url;
    const key = `${deps.publicUrl(c)} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    const version = cache ? await deps.storage.catalogVersion() : '';
    let rendered = cache?.get(key, version);
    if (!rendered) {
      rendered = await render();
      cache?.set(key, version, rendered);
    }
    return sendRendered(c, rendered, FEED_CACHE);
  };

  for (const format of ['rss', 'atom', 'json'] as const) {
    app.get(`/v1/feeds/news.${format}`, (c) =>
      respond(c, async () => {
        const feed = await collectNewsFeed(deps.storage, await feedScope(c, deps), deps.publicUrl(c));
        const body =
          format === 'rss'
            ? renderRss(feed, GENERATOR)
            : format === 'atom'
              ? renderAtom(feed, GENERATOR)
              : renderJsonFeed(feed);
        return {
          body,
          etag: etagOf(body),
          contentType: CONTENT_TYPES[format],
          lastModified: feed.updatedAt ? httpDate(feed.updatedAt) : null,
        };
      }),
    );
  }

  app.get('/sitemap.xml', (c) =>
    respond(c, async () => {
      if (new URL(c.req.url).search !== '') {
        throw new HttpProblem(400, 'validation_failed', {
          detail: { id: 'Sitemap tidak menerima parameter', en: 'The sitemap takes no query parameters' },
        });
      }
      const entries = await collectSitemap(deps.storage, deps.publicUrl(c));
      const body = renderSitemap(entries);
      const newest = entries.reduce<string | null>(
        (max, e) => (max === null || e.lastModified > max ? e.lastModified : max),
        null,
      );
      return {
        body,
        etag: etagOf(body),
        contentType: 'application/xml; charset=utf-8',
        lastModified: newest ? httpDate(newest) : null,
      };
    }),
  );
}
