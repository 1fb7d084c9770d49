// GET /v1/groups and /v1/groups/:idOrSlug
import { DEFAULT_PAGE_SIZE, GroupListQuery } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { decodeCursor } from '../http/cursor.js';
import { PUBLIC_CACHE } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { baseHeaders } from '../http/response-headers.js';
import { parseQuery } from '../http/validate.js';
import { presentGroup } from '../present/group.js';
import { absoluteUrl } from '../present/urls.js';
import { catalogResponse } from './catalog-response.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

/** A group asked for by a slug it no longer has: answered with a redirect to its current one. */
class MovedTo extends Error {
  constructor(readonly slug: string) {
    super(`Moved to ${slug}`);
  }
}

export function groupRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/groups', (c) =>
    catalogResponse(c, deps, async () => {
      const query = parseQuery(GroupListQuery, c.req.url);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const rows = await deps.storage.listGroups({
        region: query.region,
        q: query.q,
        focus: query.focus,
        limit: limit + 1,
        after: query.cursor === undefined ? undefined : decodeCursor('groups', query.cursor),
      });
      return pageOf(
        rows,
        limit,
        'groups',
        (g) => ({ value: g.name, id: g.id }),
        (g) => presentGroup(g, deps.publicUrl(c)),
      );
    }),
  );

  app.get('/v1/groups/:idOrSlug', async (c) => {
    try {
      return await catalogResponse(c, deps, async () => {
        const found = await deps.storage.findPublicGroup(c.req.param('idOrSlug'));
        if (found?.state === 'found') return presentGroup(found.group, deps.publicUrl(c));
        if (found?.state === 'moved') throw new MovedTo(found.slug);
        if (found?.state === 'archived') {
          throw new HttpProblem(410, 'gone', {
            detail: { id: 'KIM ini telah diarsipkan', en: 'This KIM group has been archived' },
          });
        }
        throw new HttpProblem(404, 'not_found', {
          detail: { id: 'Tidak ada KIM dengan id atau slug ini', en: 'No KIM group with this id or slug' },
        });
      });
    } catch (error) {
      if (!(error instanceof MovedTo)) throw error;
      // An old slug: links and bookmarks keep working. Cached briefly, since a group may take an old slug back.
      const location = absoluteUrl(deps.publicUrl(c), `/v1/groups/${encodeURIComponent(error.slug)}`);
      return c.body(null, 301, { ...baseHeaders(c), Location: location, 'Cache-Control': PUBLIC_CACHE });
    }
  });
}
