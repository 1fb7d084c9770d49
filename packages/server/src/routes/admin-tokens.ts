// /v1/admin/tokens: personal API tokens of others, for admins (all) and Dinas officials (those acting in their region).
import { AdminTokenListQuery, DEFAULT_PAGE_SIZE } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, forbidden, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { parseQuery } from '../http/validate.js';
import { membershipRegion } from '../storage/queries/accounts.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';
import { managedRegions } from './users.js';

const TOKEN = { id: 'token', en: 'token' };

export function adminTokenRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/admin/tokens', async (c) => {
    const principal = requirePrincipal(c);
    const regions = managedRegions(principal);
    if (regions !== 'all' && regions.length === 0) throw forbidden();
    const query = parseQuery(AdminTokenListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listApiTokens({
      ownerId: query.owner,
      includeEnded: query.all === 'true',
      now: new Date().toISOString(),
      regions,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('tokens', query.cursor),
    });
    return sendJson(
      c,
      pageOf(
        rows,
        limit,
        'tokens',
        (t) => ({ value: t.createdAt, id: t.id }),
        (t) => t,
      ),
      NO_STORE,
    );
  });

  app.delete('/v1/admin/tokens/:id', async (c) => {
    requirePrincipal(c);
    const token = await deps.storage.getApiToken(c.req.param('id'));
    if (!token) throw notFound(TOKEN);
    authorize(c, 'token.manage', { ownerId: token.owner.id, regionCode: membershipRegion(token.membership) }, TOKEN);
    await deps.storage.revokeApiToken(writeContext(c), token.id);
    return c.body(null, 204, { 'Cache-Control': NO_STORE });
  });
}
