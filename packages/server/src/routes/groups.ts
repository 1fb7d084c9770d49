// GET /v1/groups and /v1/groups/:idOrSlug
import { DEFAULT_PAGE_SIZE, GroupListQuery } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { decodeCursor } from '../http/cursor.js';
import { HttpProblem } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import { presentGroup } from '../present/group.js';
import { catalogResponse } from './catalog-response.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

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

  app.get('/v1/groups/:idOrSlug', (c) =>
    catalogResponse(c, deps, async () => {
      const group = await deps.storage.getGroup(c.req.param('idOrSlug'));
      if (!group) throw new HttpProblem(404, 'not_found', { detail: 'No KIM group with this id or slug' });
      return presentGroup(group, deps.publicUrl(c));
    }),
  );
}
