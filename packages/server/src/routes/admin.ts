// Officials' aspiration endpoints: list and read (scoped by the policy, reporters only for those who may see them),
// change a status.
import {
  AdminAspirationListQuery,
  AgencyResponseInput,
  AspirationStatusChange,
  DEFAULT_PAGE_SIZE,
  statusChangesFrom,
  statusesLeadingTo,
} from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, forbidden, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { can, listScope } from '../policy/policy.js';
import type { Principal } from '../policy/principal.js';
import { presentAdmin } from '../present/aspiration.js';
import type { AspirationRecord } from '../storage/storage.js';
import { forwardingAgency } from './admin-agencies.js';
import { aspirationBulkRoutes } from './aspiration-bulk.js';
import { inboxFilter } from './inbox-filter.js';
import { refuseUndecidedEnd } from './information-requests.js';
import { officialView } from './official-view.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const ASPIRATION = { id: 'aspirasi', en: 'aspiration' };

/** The reporter for those who may see them; the files and the device position for officials in scope. */
const present = (principal: Principal, record: AspirationRecord, baseUrl: string) =>
  presentAdmin(
    record,
    can(principal, 'aspiration.read_reporter', record),
    can(principal, 'aspiration.change_status', record) ? { baseUrl } : undefined,
  );

export function adminRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.use('/v1/admin/*', deps.authenticate);
  // Before `/:id`, which would take `export.csv` and `status` for ids.
  aspirationBulkRoutes(app, deps);
  agencyResponseRoutes(app, deps);

  app.get('/v1/admin/aspirations', async (c) => {
    const principal = requirePrincipal(c);
    const scope = listScope(principal, 'aspiration.read');
    if (scope !== 'all' && scope.length === 0) throw forbidden();
    const query = parseQuery(AdminAspirationListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const sort = query.sort ?? 'newest';
    const list = sort === 'newest' ? 'admin-aspirations' : `admin-aspirations-${sort}`;
    const rows = await deps.storage.listAspirations({
      ...inboxFilter(query, scope),
      sort,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor(list, query.cursor),
    });
    const page = pageOf(
      rows,
      limit,
      list,
      (a) => ({ value: sort === 'updated' ? a.updatedAt : a.submittedAt, id: a.id }),
      (a) => present(principal, a, deps.publicUrl(c)),
    );
    return sendJson(c, page, NO_STORE);
  });

  app.get('/v1/admin/aspirations/:id', async (c) => {
    requirePrincipal(c);
    const record = await deps.storage.getAspiration(c.req.param('id'));
    if (!record) throw notFound(ASPIRATION);
    const principal = authorize(c, 'aspiration.read', record, ASPIRATION);
    return sendJson(c, await officialView(c, deps, principal, record), NO_STORE, 200, {
      ETag: versionTag(record.version),
    });
  });

  app.post('/v1/admin/aspirations/:id/status', async (c) => {
    requirePrincipal(c);
    const body = await readJson(c, deps.bodyLimit);
    const change = parseWith(AspirationStatusChange, body, {
      status: 422,
      detail: { id: 'Perubahan status tidak valid', en: 'The status change is not valid' },
    });
    const current = await deps.storage.getAspiration(c.req.param('id'));
    if (!current) throw notFound(ASPIRATION);
    const principal = authorize(c, 'aspiration.change_status', current, ASPIRATION);
    // The version the official saw (If-Match): absent 428, stale 412 with the aspiration as it is now.
    const expected = requiredVersion(c);
    refuseUndecidedEnd(current, change.status);
    if (change.agencyId !== undefined) await forwardingAgency(deps, change.agencyId, current.regionCode);
    const allowedFrom = statusesLeadingTo(current.kind, change.status);
    const ctx = writeContext(c);
    const result = await deps.storage.changeAspirationStatus(ctx, current.id, {
      status: change.status,
      note: change.note ?? null,
      internalNote: change.internalNote ?? null,
      allowedFrom,
      expectedVersion: expected,
      agencyId: change.agencyId,
      deadline: (kind, regionCode) => deps.deadlines.of(kind, change.status, ctx.at, regionCode),
    });
    if (result.outcome === 'not_found') throw notFound(ASPIRATION);
    if (result.outcome === 'stale')
      throw staleVersion(await officialView(c, deps, principal, result.record), result.record.version);
    if (result.outcome === 'invalid_transition') {
      const from = result.from;
      const next = statusChangesFrom(current.kind, from);
      throw new HttpProblem(409, 'invalid_transition', {
        detail:
          `An aspiration that is "${from}" cannot become "${change.status}"; ` +
          (next.length > 0 ? `allowed: ${next.join(', ')}` : 'it is final'),
      });
    }
    return sendJson(c, await officialView(c, deps, principal, result.record), NO_STORE, 200, {
      ETag: versionTag(result.record.version),
    });
  });
}

/**
 * The answer of the agency an aspiration was forwarded to, recorded by an official as a history entry of kind
 * `agency_response` (the tracker shows it as the agency's answer). The status does not change: the official moves
 * it on (in progress, resolved) as the answer warrants.
 */
export function agencyResponseRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.post('/v1/admin/aspirations/:id/agency-responses', async (c) => {
    requirePrincipal(c);
    const input = parseWith(AgencyResponseInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Jawaban perangkat daerah tidak valid', en: 'The agency response is not valid' },
    });
    const current = await deps.storage.getAspiration(c.req.param('id'));
    if (!current) throw notFound(ASPIRATION);
    const principal = authorize(c, 'aspiration.change_status', current, ASPIRATION);
    const expected = requiredVersion(c);
    const result = await deps.storage.recordAgencyResponse(writeContext(c), current.id, {
      note: input.note,
      internalNote: input.internalNote ?? null,
      expectedVersion: expected,
    });
    if (result.outcome === 'not_found') throw notFound(ASPIRATION);
    if (result.outcome === 'stale') {
      throw staleVersion(await officialView(c, deps, principal, result.record), result.record.version);
    }
    if (result.outcome === 'invalid_transition') {
      throw new HttpProblem(409, 'invalid_transition', {
        detail: {
          id: 'Aspirasi ini belum diteruskan ke perangkat daerah',
          en: 'This aspiration is not with an agency (forward it first)',
        },
      });
    }
    return sendJson(c, await officialView(c, deps, principal, result.record), NO_STORE, 201, {
      ETag: versionTag(result.record.version),
    });
  });
}
