// GET /v1/admin/audit: who did what, newest first; admins read everything, Dinas officials what happened in their
// region.
import { AuditListQuery, DEFAULT_PAGE_SIZE } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { forbidden, requirePrincipal } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { parseQuery } from '../http/validate.js';
import { listScope } from '../policy/policy.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

export function auditRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/admin/audit', async (c) => {
    const principal = requirePrincipal(c);
    const scope = listScope(principal, 'audit.read');
    if (scope !== 'all' && scope.length === 0) throw forbidden();
    const query = parseQuery(AuditListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listAudit({
      actorId: query.actor,
      targetType: query.targetType,
      targetId: query.targetId,
      action: query.action,
      from: query.from,
      to: query.to,
      regions: scope === 'all' ? 'all' : scope.map((g) => g.prefix),
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('audit', query.cursor),
    });
    return sendJson(
      c,
      pageOf(
        rows,
        limit,
        'audit',
        (e) => ({ value: e.at, id: e.id }),
        (e) => e,
      ),
      NO_STORE,
    );
  });
}
