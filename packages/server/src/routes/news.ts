// GET /v1/news and /v1/news/:idOrSlug
import { DEFAULT_PAGE_SIZE, NewsListQuery } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { decodeCursor } from '../http/cursor.js';
import { parseQuery } from '../http/validate.js';
import { presentNewsArticle, presentNewsSummary } from '../present/news.js';
import { catalogResponse } from './catalog-response.js';
import { pageOf } from './page-of.js';
import { publicArticle } from './public-article.js';
import type { RouteDeps } from './route-deps.js';

export function newsRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/news', (c) =>
    catalogResponse(c, deps, async () => {
      const query = parseQuery(NewsListQuery, c.req.url);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const rows = await deps.storage.listNews({
        region: query.region,
        group: query.group,
        category: query.category,
        q: query.q,
        limit: limit + 1,
        after: query.cursor === undefined ? undefined : decodeCursor('news', query.cursor),
      });
      return pageOf(
        rows,
        limit,
        'news',
        (n) => ({ value: n.publishedAt, id: n.id }),
        (n) => presentNewsSummary(n, deps.publicUrl(c)),
      );
    }),
  );

  app.get('/v1/news/:idOrSlug', (c) =>
    catalogResponse(c, deps, async () =>
      presentNewsArticle(await publicArticle(deps, c.req.param('idOrSlug')), deps.publicUrl(c)),
    ),
  );
}
