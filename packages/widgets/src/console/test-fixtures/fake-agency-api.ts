// /v1/admin/agencies as a `fetch`, on top of the fake auth API, for <kim-agency-admin>'s browser tests and stories:
// the list (region, status, paged by name), create (a regency or city code within the person's region, a short name
// unique in its region), PATCH, archive and restore with If-Match (412 with the agency as it is now), as the server.
import type { Agency, Me } from '@kim-kit/sdk';
import { KimSession } from '../shared/session.js';
import { createFakeAuthApi, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';
import { INBOX_AGENCIES, INBOX_DINAS_ME, INBOX_KIM_ME } from './fake-inbox-api.js';

export const AGENCY_DINAS_ME: Me = {
  ...INBOX_DINAS_ME,
  capabilities: [...INBOX_DINAS_ME.capabilities, 'agencies.manage'],
} as Me;

export const AGENCY_ADMIN_ME: Me = {
  id: 'usr_admin_1',
  email: 'admin@kominfo.babelprov.go.id',
  name: 'Budi Santoso',
  memberships: [{ role: 'admin' }],
  capabilities: ['agencies.manage', 'aspirations.read', 'aspirations.triage', 'users.manage'],
} as unknown as Me;

export const AGENCY_KIM_ME = INBOX_KIM_ME;

export interface FakeAgencyApi extends FakeAuthApi {
  agencies: Agency[];
  /** The next answers fail with this status, until cleared. */
  failWith: number | undefined;
  /** Milliseconds every answer waits; `Infinity` never answers. */
  delay: number;
  sessionFor(me: Me): KimSession;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'kim-api-version': '1',
      ...headers,
    },
  });

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title: code, status, code, ...extra });

const invalid = (errors: { path: string; message: string }[]) =>
  problem(422, 'validation_failed', { detail: 'Isian perangkat daerah tidak valid', errors });

/** The regions a person keeps agencies of: `''` (everywhere) for an admin, a Dinas official's region otherwise. */
const scopesOf = (me: Me) =>
  me.memberships.flatMap((m) => (m.role === 'admin' ? [''] : m.role === 'dinas' ? [m.region.code] : []));

const within = (me: Me, regionCode: string) =>
  scopesOf(me).some((s) => s === '' || regionCode === s || regionCode.startsWith(`${s}.`));

let sessions = 0;

export function createFakeAgencyApi(options: { agencies?: Agency[]; base?: string } = {}): FakeAgencyApi {
  const base = options.base ?? FAKE_CONSOLE_BASE;
  const auth = createFakeAuthApi(base);
  const authFetch = auth.fetch;
  const api = auth as FakeAgencyApi;
  api.agencies = structuredClone(options.agencies ?? INBOX_AGENCIES);
  api.failWith = undefined;
  api.delay = 0;
  api.sessionFor = (me) => {
    const secret = `kims_agency${String(++sessions).padStart(4, '0')}${'z'.repeat(39)}`;
    api.sessions.set(secret, me);
    const stored = new Map([[`kim-console-session:${new URL(base).href}`, JSON.stringify({ secret, me })]]);
    return new KimSession({
      baseUrl: base,
      fetch: api.fetch,
      storage: {
        getItem: (key) => stored.get(key) ?? null,
        setItem: (key, value) => void stored.set(key, value),
        removeItem: (key) => void stored.delete(key),
      },
    });
  };

  const check = (body: Record<string, unknown>, creating: boolean) => {
    const errors: { path: string; message: string }[] = [];
    const text = (key: string, min: number, max: number) => {
      const value = body[key];
      if (value === undefined && !creating) return;
      if (typeof value !== 'string' || value.trim().length < min) {
        errors.push({ path: key, message: `Minimal ${min} karakter` });
      } else if (value.trim().length > max) errors.push({ path: key, message: `Maksimal ${max} karakter` });
    };
    text('name', 3, 150);
    text('shortName', 2, 40);
    if (creating && !/^\d{2}\.\d{2}$/.test(String(body.regionCode ?? ''))) {
      errors.push({ path: 'regionCode', message: 'Masukkan kode kabupaten/kota, contoh: 19.71' });
    }
    if (body.email != null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email))) {
      errors.push({ path: 'email', message: 'Alamat email tidak valid' });
    }
    return errors;
  };

  const taken = (regionCode: string, shortName: string, except?: string) =>
    api.agencies.some(
      (a) => a.regionCode === regionCode && a.shortName.toLowerCase() === shortName.toLowerCase() && a.id !== except,
    );

  const handle = async (request: Request, url: URL, me: Me): Promise<Response> => {
    const path = url.pathname;
    if (!path.startsWith('/v1/admin/agencies')) return authFetch(request);
    if (!(me.capabilities as readonly string[]).includes('agencies.manage')) return problem(403, 'forbidden');
    const p = url.searchParams;
    if (path === '/v1/admin/agencies' && request.method === 'GET') {
      const region = p.get('region');
      const list = api.agencies
        .filter(
          (a) =>
            within(me, a.regionCode) &&
            (!region || a.regionCode === region || a.regionCode.startsWith(`${region}.`)) &&
            (!p.get('status') || a.status === p.get('status')),
        )
        .sort((x, y) => x.name.localeCompare(y.name));
      const limit = Number(p.get('limit') ?? 20);
      const start = Number(p.get('cursor') ?? 0);
      return json(200, {
        data: list.slice(start, start + limit),
        nextCursor: start + limit < list.length ? String(start + limit) : null,
      });
    }
    if (path === '/v1/admin/agencies' && request.method === 'POST') {
      const body = (await request.json()) as Record<string, string | null | undefined>;
      const errors = check(body, true);
      if (errors.length) return invalid(errors);
      if (!within(me, body.regionCode!)) return problem(403, 'forbidden');
      if (taken(body.regionCode!, body.shortName!)) {
        return problem(409, 'conflict', {
          detail: 'Wilayah ini sudah punya perangkat daerah dengan nama singkat ini',
          errors: [{ path: 'shortName', message: 'Nama singkat sudah dipakai' }],
        });
      }
      const at = new Date().toISOString();
      const agency: Agency = {
        id: `agc_${Math.random().toString(36).slice(2, 12)}`,
        regionCode: body.regionCode!,
        name: body.name!.trim(),
        shortName: body.shortName!.trim(),
        email: body.email ?? null,
        phone: body.phone ?? null,
        status: 'active',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      api.agencies.push(agency);
      return json(201, agency, { etag: `"${agency.version}"` });
    }
    const one = path.match(/^\/v1\/admin\/agencies\/([^/]+)(\/archive|\/restore)?$/);
    const agency = one ? api.agencies.find((a) => a.id === decodeURIComponent(one[1]!)) : undefined;
    if (!one || !agency || !within(me, agency.regionCode)) return problem(404, 'not_found');
    if (!one[2] && request.method === 'GET') return json(200, agency, { etag: `"${agency.version}"` });
    const ifMatch = request.headers.get('if-match');
    if (!ifMatch) return problem(428, 'precondition_required');
    if (ifMatch !== `"${agency.version}"`) return problem(412, 'precondition_failed', { current: agency });
    const at = new Date().toISOString();
    if (!one[2] && request.method === 'PATCH') {
      const body = (await request.json()) as Record<string, string | null | undefined>;
      const errors = check(body, false);
      if (errors.length) return invalid(errors);
      if (body.shortName && taken(agency.regionCode, body.shortName, agency.id)) {
        return problem(409, 'conflict', {
          detail: 'Wilayah ini sudah punya perangkat daerah dengan nama singkat ini',
          errors: [{ path: 'shortName', message: 'Nama singkat sudah dipakai' }],
        });
      }
      for (const key of ['name', 'shortName', 'email', 'phone'] as const) {
        if (body[key] !== undefined) (agency as Record<string, unknown>)[key] = body[key];
      }
    } else if (one[2] && request.method === 'POST') {
      const archive = one[2] === '/archive';
      if ((agency.status === 'archived') === archive) {
        return problem(409, 'invalid_transition', {
          detail: archive ? 'Perangkat daerah ini sudah diarsipkan' : 'Perangkat daerah ini tidak diarsipkan',
        });
      }
      agency.status = archive ? 'archived' : 'active';
      agency.archivedAt = archive ? at : null;
    } else return problem(405, 'method_not_allowed');
    agency.version += 1;
    agency.updatedAt = at;
    return json(200, agency, { etag: `"${agency.version}"` });
  };

  api.fetch = async (request) => {
    const url = new URL(request.url);
    if (!url.href.startsWith(base)) return new Response('not found', { status: 404 });
    if (!url.pathname.startsWith('/v1/admin/')) return authFetch(request);
    api.requests.push(request.clone());
    if (api.delay === Number.POSITIVE_INFINITY) return new Promise<Response>(() => {});
    if (api.delay) await new Promise((resolve) => setTimeout(resolve, api.delay));
    if (api.failWith) return problem(api.failWith, 'unavailable');
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    const me = bearer ? api.sessions.get(bearer) : undefined;
    if (!me) return problem(401, 'unauthenticated');
    return handle(request, url, me);
  };
  return api;
}
