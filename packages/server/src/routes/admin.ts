// Admin endpoints: list and read aspirations with reporter data, change their status.
import {
  AdminAspirationListQuery,
  ASPIRATION_STATUSES,
  ASPIRATION_TRANSITIONS,
  AspirationStatusChange,
  DEFAULT_PAGE_SIZE,
} from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import { adminAuth } from '../http/admin-auth.js';
import type { AppEnv } from '../http/app-env.js';
import { decodeCursor } from '../http/cursor.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { presentAdmin } from '../present/aspiration.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

export function adminRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.use('/v1/admin/*', adminAuth(deps.adminToken, deps.authThrottle, deps.clientIp));

  app.get('/v1/admin/aspirations', async (c) => {
    const query = parseQuery(AdminAspirationListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listAspirations({
      status: query.status,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('admin-aspirations', query.cursor),
    });
    const page = pageOf(rows, limit, 'admin-aspirations', (a) => ({ value: a.submittedAt, id: a.id }), presentAdmin);
    return sendJson(c, page, NO_STORE);
  });

  app.get('/v1/admin/aspirations/:id', async (c) => {
    const record = await deps.storage.getAspiration(c.req.param('id'));
    if (!record) throw new HttpProblem(404, 'not_found', { detail: 'No aspiration with this id' });
    return sendJson(c, presentAdmin(record), NO_STORE);
  });

  app.post('/v1/admin/aspirations/:id/status', async (c) => {
    const body = await readJson(c, deps.bodyLimit);
    const change = parseWith(AspirationStatusChange, body, {
      status: 422,
      detail: { id: 'Perubahan status tidak valid', en: 'The status change is not valid' },
    });
    const allowedFrom = ASPIRATION_STATUSES.filter((from) => ASPIRATION_TRANSITIONS[from].includes(change.status));
    const result = await deps.storage.changeAspirationStatus(c.req.param('id'), {
      status: change.status,
      note: change.note ?? null,
      at: new Date().toISOString(),
      allowedFrom,
    });
    if (result.outcome === 'not_found') {
      throw new HttpProblem(404, 'not_found', { detail: 'No aspiration with this id' });
    }
    if (result.outcome === 'invalid_transition') {
      const next = ASPIRATION_TRANSITIONS[result.from];
      throw new HttpProblem(409, 'invalid_transition', {
        detail:
          `An aspiration that is "${result.from}" cannot become "${change.status}"; ` +
          (next.length > 0 ? `allowed: ${next.join(', ')}` : 'it is final'),
      });
    }
    return sendJson(c, presentAdmin(result.record), NO_STORE);
  });
}
