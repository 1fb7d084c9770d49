// Perangkat daerah: /v1/admin/agencies. Admins keep every region's registry, Dinas officials their own region's;
// KIM operators none. If-Match on every change; archived agencies are no longer offered for forwarding.
import { AdminAgencyListQuery, AgencyInput, AgencyUpdate, DEFAULT_PAGE_SIZE } from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, forbidden, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import { can, listScope } from '../policy/policy.js';
import { presentAgency } from '../present/agency.js';
import type { AgencyRecord, VersionedWrite } from '../storage/storage.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const AGENCY = { id: 'perangkat daerah', en: 'agency' };
const INVALID = { id: 'Isian perangkat daerah tidak valid', en: 'The agency is not valid' };

const invalid = (path: string, message: { id: string; en: string }) =>
  new HttpProblem(422, 'validation_failed', {
    detail: INVALID,
    errors: (lang) => [{ path, message: message[lang] }],
  });

const taken = () =>
  new HttpProblem(409, 'conflict', {
    detail: {
      id: 'Wilayah ini sudah punya perangkat daerah dengan nama singkat ini',
      en: 'This region has an agency with this short name',
    },
    errors: (lang) => [
      { path: 'shortName', message: lang === 'id' ? 'Nama singkat sudah dipakai' : 'The short name is taken' },
    ],
  });

/**
 * The agency an aspiration in `regionCode` may be forwarded to: an active agency of its regency or city, or a 422
 * problem on `agencyId` (unknown, archived, or another region's).
 */
export async function forwardingAgency(deps: RouteDeps, agencyId: string, regionCode: string): Promise<AgencyRecord> {
  const agency = await deps.storage.getAgency(agencyId);
  const problem = (message: { id: string; en: string }) =>
    new HttpProblem(422, 'validation_failed', {
      detail: { id: 'Perangkat daerah tujuan tidak valid', en: 'The agency to forward to is not valid' },
      errors: (lang) => [{ path: 'agencyId', message: message[lang] }],
    });
  if (!agency) throw problem({ id: 'Perangkat daerah ini tidak ada', en: 'No agency with this id' });
  if (agency.archivedAt !== null) {
    throw problem({ id: 'Perangkat daerah ini sudah diarsipkan', en: 'This agency is archived' });
  }
  if (!regionCode.startsWith(`${agency.regionCode}.`)) {
    throw problem({
      id: 'Perangkat daerah ini bukan milik kabupaten/kota aspirasi ini',
      en: "This agency does not belong to the aspiration's regency or city",
    });
  }
  return agency;
}

export function adminAgencyRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const send = (c: Context<AppEnv>, record: AgencyRecord, status: 200 | 201 = 200) =>
    sendJson(c, presentAgency(record), NO_STORE, status, { ETag: versionTag(record.version) });

  /** An agency the person keeps, or 404 (an agency outside one's region is the same as a missing one). */
  async function managed(c: Context<AppEnv>): Promise<AgencyRecord> {
    const principal = requirePrincipal(c);
    const agency = await deps.storage.getAgency(c.req.param('id') ?? '');
    if (!agency || !can(principal, 'agency.manage', { regionCode: agency.regionCode })) throw notFound(AGENCY);
    return agency;
  }

  function answer(c: Context<AppEnv>, result: VersionedWrite<AgencyRecord>): Response {
    switch (result.outcome) {
      case 'written':
        return send(c, result.record);
      case 'not_found':
        throw notFound(AGENCY);
      case 'stale':
        throw staleVersion(presentAgency(result.current), result.current.version);
      case 'invalid_transition':
        throw new HttpProblem(409, 'invalid_transition', {
          detail: result.current.archivedAt
            ? { id: 'Perangkat daerah ini sudah diarsipkan', en: 'This agency is already archived' }
            : { id: 'Perangkat daerah ini tidak diarsipkan', en: 'This agency is not archived' },
        });
      case 'taken':
        throw taken();
    }
  }

  app.get('/v1/admin/agencies', async (c) => {
    const principal = requirePrincipal(c);
    const grants = listScope(principal, 'agency.manage');
    if (grants !== 'all' && grants.length === 0) throw forbidden();
    const query = parseQuery(AdminAgencyListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listAgencies({
      scope: grants === 'all' ? 'all' : grants.map((g) => g.prefix),
      region: query.region,
      status: query.status,
      q: query.q,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor('admin-agencies', query.cursor),
    });
    return sendJson(
      c,
      pageOf(rows, limit, 'admin-agencies', (a) => ({ value: a.name, id: a.id }), presentAgency),
      NO_STORE,
    );
  });

  app.post('/v1/admin/agencies', async (c) => {
    requirePrincipal(c);
    const input = parseWith(AgencyInput, await readJson(c, deps.bodyLimit), { status: 422, detail: INVALID });
    authorize(c, 'agency.manage', { regionCode: input.regionCode });
    const region = await deps.storage.getRegion(input.regionCode);
    if (region?.level !== 'regency' && region?.level !== 'city') {
      throw invalid('regionCode', { id: 'Bukan kode kabupaten/kota yang dikenal', en: 'Not a known regency or city' });
    }
    const result = await deps.storage.createAgency(writeContext(c), {
      id: newId('agc'),
      regionCode: input.regionCode,
      name: input.name,
      shortName: input.shortName,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    if (result.outcome !== 'written') throw taken();
    return send(c, result.record, 201);
  });

  app.get('/v1/admin/agencies/:id', async (c) => send(c, await managed(c)));

  app.patch('/v1/admin/agencies/:id', async (c) => {
    const current = await managed(c);
    const version = requiredVersion(c);
    const patch = parseWith(AgencyUpdate, await readJson(c, deps.bodyLimit), { status: 422, detail: INVALID });
    return answer(c, await deps.storage.updateAgency(writeContext(c), current.id, version, patch));
  });

  for (const [path, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(`/v1/admin/agencies/:id/${path}`, async (c) => {
      const current = await managed(c);
      const version = requiredVersion(c);
      return answer(c, await deps.storage.setAgencyArchived(writeContext(c), current.id, version, archived));
    });
  }
}
