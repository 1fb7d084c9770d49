// People, API tokens and the audit log of the KIM API as a `fetch`, on top of the fake auth API, for the browser
// tests and stories of <kim-account-admin> and <kim-audit-log>: list/invite/update/reissue users (If-Match, 412 with
// the current record, 409 for a known email), own and everyone's tokens, groups and regions for the pickers, and an
// audit log that records each write. Answers follow api-12.md and pass the SDK's schemas.
import type { ApiToken, AuditEntry, GroupAdminView, Me, Membership, MembershipInput, Region, User } from '@kim-kit/sdk';
import { groups as publicGroups, regions as publicRegions } from '../../test-fixtures/fixtures.js';
import { createFakeAuthApi, DINAS_ME, FAKE_CONSOLE_BASE, type FakeAuthApi } from './fake-auth-api.js';

export const ADMIN_PASSWORD = 'kalimat sandi admin yang panjang';
export const DINAS_PASSWORD = 'kalimat sandi yang panjang';

export const ADMIN_ME: Me = {
  id: 'usr_admin_1',
  email: 'admin@kominfo.babelprov.go.id',
  name: 'Admin Kominfo',
  memberships: [{ role: 'admin' }],
  capabilities: [
    'news.write',
    'news.review',
    'groups.create',
    'groups.edit',
    'users.manage',
    'tokens.manage',
    'audit.read',
  ],
};

/** The Dinas official of the auth fake, with the capabilities the server's policy gives a Dinas role. */
export const DINAS_MANAGER_ME: Me = {
  ...DINAS_ME,
  capabilities: ['news.review', 'groups.create', 'groups.edit', 'users.manage', 'tokens.manage', 'audit.read'],
};

export const OPERATOR_ME: Me = {
  id: 'usr_kim_1',
  email: 'operator@kim-bukitintan.id',
  name: 'Budi Santoso',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_0002', slug: 'kim-bacang-berseri', name: 'KIM Bacang Berseri', regionCode: '19.71.05.1002' },
    },
  ],
  capabilities: ['news.write', 'groups.edit', 'tokens.manage'],
};
export const OPERATOR_PASSWORD = 'kalimat sandi operator panjang';

const PROVINCES: Region[] = [
  publicRegions[0]!,
  { code: '31', name: 'DKI Jakarta', level: 'province', kind: null, parentCode: null },
];
const REGENCIES: Region[] = [
  { code: '19.01', name: 'Kabupaten Bangka', level: 'regency', kind: 'kabupaten', parentCode: '19' },
  publicRegions[1]!,
];

export interface FakeAccountsApi extends FakeAuthApi {
  users: User[];
  tokens: ApiToken[];
  audit: AuditEntry[];
  /** Answer every call whose path matches with this status (a problem), until cleared. */
  fail?: { path: RegExp; status: number } | undefined;
  /** Calls whose path matches never answer (the loading state). */
  hang?: RegExp | undefined;
  /** Page size of the lists. @default 20 */
  pageSize: number;
}

const at = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 30, 7, 0) - minutesAgo * 60_000).toISOString();

function groupView(n: number): GroupAdminView {
  const g = publicGroups[n]!;
  return {
    ...g,
    secretaryName: null,
    treasurerName: null,
    registryNumber: null,
    logoMediaId: null,
    previousSlugs: [],
    archivedAt: null,
    createdAt: g.updatedAt,
    version: 1,
  };
}

const GROUPS = [0, 1, 2].map(groupView);

function shown(m: MembershipInput): Membership {
  if (m.role === 'admin') return { role: 'admin' };
  if (m.role === 'dinas') {
    const region = [...PROVINCES, ...REGENCIES].find((r) => r.code === m.regionCode)!;
    return { role: 'dinas', region: { code: region.code, name: region.name } };
  }
  const g = GROUPS.find((x) => x.id === m.groupId)!;
  return { role: 'kim', group: { id: g.id, slug: g.slug, name: g.name, regionCode: g.regionCode } };
}

function user(me: Me, status: User['status'], lastSignInAt: string | null, version = 1): User {
  return {
    id: me.id,
    email: me.email,
    name: me.name,
    status,
    memberships: me.memberships,
    createdAt: at(60 * 24 * 30),
    updatedAt: at(60 * 24),
    lastSignInAt,
    version,
  };
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

const problem = (status: number, code: string, detail: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: `https://kim-kit.dev/problems/${code}`, title: code, status, code, detail, ...extra });

const noContent = () => new Response(null, { status: 204, headers: { 'kim-api-version': '1' } });

function page<T>(rows: T[], url: URL, size: number) {
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? size);
  const data = rows.slice(start, start + Math.min(limit, size));
  const next = start + data.length < rows.length ? String(start + data.length) : null;
  return json(200, { data, nextCursor: next });
}

/** Seeded audit entries: a week of work in Pangkal Pinang, newest first. */
function seedAudit(): AuditEntry[] {
  const entry = (
    n: number,
    minutesAgo: number,
    actor: AuditEntry['actor'],
    action: string,
    target: AuditEntry['target'],
    changes: string[] = [],
  ): AuditEntry => ({
    id: `aud_${String(n).padStart(4, '0')}`,
    at: at(minutesAgo),
    actor,
    action,
    target,
    changes,
    regionCode: target.type === 'user' && actor.type === 'bootstrap' ? null : '19.71',
    requestId: `req_${n}`,
    clientAddress: '203.0.113.7',
  });
  const rina = { type: 'user' as const, id: DINAS_ME.id, name: DINAS_ME.name };
  const budi = { type: 'user' as const, id: OPERATOR_ME.id, name: OPERATOR_ME.name };
  return [
    entry(9, 5, rina, 'news.publish', { type: 'news', id: 'nws_1', label: 'Kerja bakti di Bacang' }, ['status']),
    entry(8, 30, budi, 'news.submit', { type: 'news', id: 'nws_1', label: 'Kerja bakti di Bacang' }, ['status']),
    entry(7, 45, budi, 'news.create', { type: 'news', id: 'nws_1', label: 'Kerja bakti di Bacang' }, ['title', 'body']),
    entry(6, 60, { type: 'public', id: null, name: null }, 'aspiration.submit', {
      type: 'aspiration',
      id: 'asp_1',
      label: 'KIM-7Q2F9',
    }),
    entry(5, 90, rina, 'aspiration.status', { type: 'aspiration', id: 'asp_2', label: 'KIM-3H8KD' }, ['status']),
    entry(4, 120, budi, 'user.accept_invitation', { type: 'user', id: OPERATOR_ME.id, label: OPERATOR_ME.name }),
    entry(3, 200, rina, 'user.invite', { type: 'user', id: OPERATOR_ME.id, label: OPERATOR_ME.name }, [
      'email',
      'name',
      'memberships',
    ]),
    entry(
      2,
      300,
      { type: 'token', id: DINAS_ME.id, name: DINAS_ME.name, tokenId: 'tok_1' },
      'group.update',
      {
        type: 'group',
        id: 'grp_0002',
        label: 'KIM Bacang Berseri',
      },
      ['chairName'],
    ),
    entry(
      1,
      60 * 24,
      { type: 'system', id: null, name: null },
      'news.publish',
      {
        type: 'news',
        id: 'nws_0',
        label: 'Jadwal posyandu',
      },
      ['status'],
    ),
  ];
}

export function createFakeAccountsApi(base = FAKE_CONSOLE_BASE): FakeAccountsApi {
  const auth = createFakeAuthApi(base);
  auth.accounts.push(
    { email: ADMIN_ME.email, password: ADMIN_PASSWORD, me: ADMIN_ME },
    { email: OPERATOR_ME.email, password: OPERATOR_PASSWORD, me: OPERATOR_ME },
  );
  const dinas = auth.accounts.find((a) => a.email === DINAS_ME.email)!;
  dinas.me = DINAS_MANAGER_ME;
  let seq = 100;
  const api = auth as FakeAccountsApi;
  api.pageSize = 20;
  api.users = [
    user(ADMIN_ME, 'active', at(10)),
    user(DINAS_MANAGER_ME, 'active', at(60)),
    user(OPERATOR_ME, 'active', null),
    {
      ...user(
        { ...OPERATOR_ME, id: 'usr_kim_2', email: 'sari@kim-semabung.id', name: 'Sari Wulandari' },
        'invited',
        null,
      ),
      memberships: [shown({ role: 'kim', groupId: 'grp_0001' })],
    },
  ];
  api.tokens = [
    {
      id: 'tok_1',
      name: 'Portal Kota Pangkal Pinang',
      membership: DINAS_ME.memberships[0]!,
      owner: { id: DINAS_ME.id, name: DINAS_ME.name },
      prefix: 'kimp_Ab3d',
      createdAt: at(60 * 24 * 10),
      expiresAt: new Date(Date.UTC(2027, 1, 1)).toISOString(),
      lastUsedAt: at(300),
      revokedAt: null,
    },
  ];
  api.audit = seedAudit();
  const authFetch = auth.fetch;

  const meOf = (request: Request) => {
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    return bearer ? api.sessions.get(bearer) : undefined;
  };
  const record = (me: Me, action: string, target: AuditEntry['target'], changes: string[] = []) => {
    api.audit.unshift({
      id: `aud_${++seq}`,
      at: new Date().toISOString(),
      actor: { type: 'user', id: me.id, name: me.name },
      action,
      target,
      changes,
      regionCode: null,
      requestId: `req_${seq}`,
      clientAddress: '127.0.0.1',
    });
  };
  const link = () => ({
    url: `${base}/console/#/undangan/kimi_${String(++seq).padStart(4, '0')}${'s'.repeat(43)}`,
    expiresAt: new Date(Date.now() + 72 * 3600_000).toISOString(),
    emailed: false,
  });

  api.fetch = async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (api.hang?.test(path)) {
      api.requests.push(request.clone());
      return new Promise<Response>(() => {});
    }
    if (api.fail?.path.test(path)) {
      api.requests.push(request.clone());
      const { status } = api.fail;
      return problem(status, status === 403 ? 'forbidden' : 'server_error', status === 403 ? 'Dilarang' : 'Galat');
    }
    const ours = /^\/v1\/(admin\/(users|tokens|audit|groups)|auth\/tokens|regions)/.test(path);
    if (!ours) return authFetch(request);
    api.requests.push(request.clone());
    const me = path.startsWith('/v1/regions') ? ADMIN_ME : meOf(request);
    if (!me) return problem(401, 'unauthorized', 'Sesi berakhir');
    const manages = me.capabilities.includes('users.manage');
    const method = request.method;
    const id = path.split('/')[4];

    if (path === '/v1/regions') {
      const parent = url.searchParams.get('parent');
      return json(200, {
        data: parent ? REGENCIES.filter((r) => r.parentCode === parent) : PROVINCES,
        nextCursor: null,
      });
    }
    if (path.startsWith('/v1/regions/')) {
      const region = [...PROVINCES, ...REGENCIES].find((r) => r.code === path.split('/')[3]);
      return region ? json(200, region) : problem(404, 'not_found', 'Tidak ada');
    }
    if (path === '/v1/admin/groups') return json(200, { data: GROUPS, nextCursor: null });

    if (path.startsWith('/v1/admin/users')) {
      if (!manages) return problem(403, 'forbidden', 'Dilarang');
      if (path === '/v1/admin/users' && method === 'GET') {
        const q = url.searchParams.get('q')?.toLowerCase();
        const status = url.searchParams.get('status');
        const rows = api.users.filter(
          (u) => (!q || u.name.toLowerCase().includes(q) || u.email.includes(q)) && (!status || u.status === status),
        );
        return page(rows, url, api.pageSize);
      }
      if (path === '/v1/admin/users' && method === 'POST') {
        const input = (await request.json()) as { email: string; name: string; memberships: MembershipInput[] };
        if (api.users.some((u) => u.email === input.email)) {
          return problem(409, 'conflict', 'Sudah ada akun dengan email ini');
        }
        if (input.name.trim().length > 100) {
          return problem(422, 'validation_failed', 'Tidak valid', {
            errors: [{ path: 'name', code: 'too_big', message: 'Nama terlalu panjang.' }],
          });
        }
        const created: User = {
          id: `usr_${++seq}`,
          email: input.email,
          name: input.name,
          status: 'invited',
          memberships: input.memberships.map(shown),
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          lastSignInAt: null,
          version: 1,
        };
        api.users.push(created);
        record(me, 'user.invite', { type: 'user', id: created.id, label: created.name }, [
          'email',
          'name',
          'memberships',
        ]);
        return json(201, { user: created, invitation: link() });
      }
      const target = api.users.find((u) => u.id === id);
      if (!target) return problem(404, 'not_found', 'Tidak ada');
      if (path.endsWith('/invitation') && method === 'POST') {
        record(me, 'user.invitation', { type: 'user', id: target.id, label: target.name });
        return json(201, link());
      }
      if (method === 'PATCH') {
        const ifMatch = request.headers.get('if-match');
        if (ifMatch !== `"${target.version}"`) {
          return problem(412, 'precondition_failed', 'Sudah berubah', { current: target });
        }
        const patch = (await request.json()) as {
          name?: string;
          status?: User['status'];
          memberships?: MembershipInput[];
        };
        const updated: User = {
          ...target,
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.status ? { status: patch.status } : {}),
          ...(patch.memberships ? { memberships: patch.memberships.map(shown) } : {}),
          version: target.version + 1,
          updatedAt: new Date().toISOString(),
        };
        api.users = api.users.map((u) => (u.id === id ? updated : u));
        const action =
          patch.status === 'disabled' ? 'user.disable' : patch.status === 'active' ? 'user.enable' : 'user.update';
        record(me, action, { type: 'user', id: target.id, label: updated.name }, Object.keys(patch));
        return json(200, updated, { etag: `"${updated.version}"` });
      }
    }

    if (path.startsWith('/v1/auth/tokens')) {
      const own = api.tokens.filter((t) => t.owner.id === me.id);
      if (method === 'GET') return page(own, url, api.pageSize);
      if (method === 'POST') {
        const input = (await request.json()) as { name: string; membership: MembershipInput; expiresInDays: number };
        const secret = `kimp_${String(++seq).padStart(4, '0')}${'k'.repeat(43)}`;
        const token: ApiToken = {
          id: `tok_${seq}`,
          name: input.name,
          membership: shown(input.membership),
          owner: { id: me.id, name: me.name },
          prefix: secret.slice(0, 9),
          createdAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString(),
          lastUsedAt: null,
          revokedAt: null,
        };
        api.tokens.unshift(token);
        record(me, 'token.create', { type: 'token', id: token.id, label: token.name });
        return json(201, { token, secret });
      }
      if (method === 'DELETE') {
        const tokenId = path.split('/')[4];
        const token = own.find((t) => t.id === tokenId);
        if (!token) return problem(404, 'not_found', 'Tidak ada');
        token.revokedAt = new Date().toISOString();
        record(me, 'token.revoke', { type: 'token', id: token.id, label: token.name }, ['revokedAt']);
        return noContent();
      }
    }

    if (path.startsWith('/v1/admin/tokens')) {
      if (!manages) return problem(403, 'forbidden', 'Dilarang');
      if (method === 'GET') {
        const all = url.searchParams.get('all') === 'true';
        return page(
          api.tokens.filter((t) => all || t.revokedAt === null),
          url,
          api.pageSize,
        );
      }
      if (method === 'DELETE') {
        const token = api.tokens.find((t) => t.id === id);
        if (!token) return problem(404, 'not_found', 'Tidak ada');
        token.revokedAt = new Date().toISOString();
        record(me, 'token.revoke', { type: 'token', id: token.id, label: token.name }, ['revokedAt']);
        return noContent();
      }
    }

    if (path === '/v1/admin/audit') {
      if (!me.capabilities.includes('audit.read')) return problem(403, 'forbidden', 'Dilarang');
      const p = url.searchParams;
      const action = p.get('action');
      const rows = api.audit.filter(
        (e) =>
          (!p.get('actor') || e.actor.id === p.get('actor')) &&
          (!p.get('targetType') || e.target.type === p.get('targetType')) &&
          (!action || e.action === action || e.action.startsWith(`${action}.`)) &&
          (!p.get('from') || e.at >= new Date(p.get('from')!).toISOString()) &&
          (!p.get('to') || e.at < new Date(p.get('to')!).toISOString()),
      );
      return page(rows, url, api.pageSize);
    }
    return problem(404, 'not_found', 'Tidak ada');
  };
  return api;
}
