// Every write route of the API with the answer each role gets, for the table-driven policy test
// (test/policy-routes.test.ts). To add a route, append a row to WRITE_ROUTES: `request` builds a fresh target for
// every call (a write changes its target), and `expect` gives the status per role for a target in Kota Pangkal
// Pinang (19.71), where `dinas` and `kim` are in scope and `dinasOut` (Jakarta) and `kimOther` (another village's
// group) are not.
import { issueToken } from '../../src/auth/opaque-token.js';
import { newId } from '../../src/ids.js';
import type { Storage } from '../../src/storage/storage.js';
import { systemContext } from '../../src/storage/write-context.js';
import { createPerson, type SignedIn, TEST_PASSWORD } from './accounts.js';
import { aspirationInput } from './setup.js';

/** The people asking. `anonymous` sends no credentials. */
export const ROLES = ['admin', 'dinas', 'dinasOut', 'kim', 'kimOther', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

/** KIM Bacang Berseri (19.71.01.1006): the group in scope. */
export const GROUP_IN = 'grp_0002';
/** A group of another village (19.71.02.1001): `kimOther` operates it. */
export const GROUP_OTHER = 'grp_0004';
export const VILLAGE_IN = '19.71.01.1006';

export interface RouteContext {
  storage: Storage;
  /** Who asks (absent for `anonymous`). */
  who: SignedIn | undefined;
  role: Role;
}

export interface WriteRoute {
  /** `METHOD path`, as the API documents it. */
  name: string;
  request(ctx: RouteContext): Promise<{ path: string; init: RequestInit }>;
  /** The status each role gets; 401 for `anonymous` unless said otherwise. */
  expect: Partial<Record<Role, number>> & Record<Exclude<Role, 'anonymous'>, number>;
}

const body = (method: string, value: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

/** A fresh aspiration in Bacang, as a citizen sends it. */
async function aspirationInBacang(storage: Storage): Promise<string> {
  const id = newId('usr').replace('usr_', 'asp_');
  await storage.createAspiration(
    {
      id,
      trackingCode: `KIM-${id.slice(4, 8).toUpperCase()}-${id.slice(8, 12).toUpperCase()}`,
      kind: 'complaint',
      title: aspirationInput().title,
      body: aspirationInput().body,
      categoryId: 'infrastruktur',
      regionCode: VILLAGE_IN,
      anonymous: false,
      confidential: false,
      reporter: { name: 'Warga Uji' },
      submittedAt: new Date().toISOString(),
    },
    undefined,
  );
  return id;
}

/** A fresh operator of the Bacang group: the person other people manage. */
const operatorInBacang = (storage: Storage) => createPerson(storage, { role: 'kim', groupId: GROUP_IN });

/** A fresh API token of a fresh Bacang operator. */
async function tokenInBacang(storage: Storage): Promise<string> {
  const owner = await operatorInBacang(storage);
  const { token, hash } = issueToken('api');
  const record = await storage.createApiToken(systemContext(), {
    id: newId('tok'),
    tokenHash: hash,
    prefix: token.slice(0, 12),
    userId: owner.id,
    name: 'Situs desa',
    membership: { role: 'kim', groupId: GROUP_IN },
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  return record.id;
}

/** The membership a role's own token acts with. */
const ownMembership = (role: Role) =>
  role === 'admin'
    ? { role: 'admin' }
    : role === 'dinas'
      ? { role: 'dinas', regionCode: '19.71' }
      : role === 'dinasOut'
        ? { role: 'dinas', regionCode: '31.71' }
        : { role: 'kim', groupId: role === 'kim' ? GROUP_IN : GROUP_OTHER };

/** Everyone signed in may do it to themselves. */
const EVERYONE = { admin: 204, dinas: 204, dinasOut: 204, kim: 204, kimOther: 204 };

export const WRITE_ROUTES: WriteRoute[] = [
  {
    name: 'POST /v1/aspirations (a citizen)',
    request: async () => ({ path: '/v1/aspirations', init: body('POST', aspirationInput()) }),
    expect: { admin: 201, dinas: 201, dinasOut: 201, kim: 201, kimOther: 201, anonymous: 201 },
  },
  {
    name: 'POST /v1/admin/aspiration-intakes (for a resident, through KIM Bacang)',
    request: async () => ({
      path: '/v1/admin/aspiration-intakes',
      init: body('POST', { ...aspirationInput({ consent: undefined }), groupId: GROUP_IN, verbalConsent: true }),
    }),
    // Officials of Jakarta and operators of another KIM: 403 (groups are public, so no 404 is needed).
    expect: { admin: 201, dinas: 201, dinasOut: 403, kim: 201, kimOther: 403 },
  },
  {
    name: 'POST /v1/admin/aspirations/:id/status',
    request: async ({ storage }) => ({
      path: `/v1/admin/aspirations/${await aspirationInBacang(storage)}/status`,
      init: body('POST', { status: 'verified' }, { 'If-Match': '"1"' }),
    }),
    // An operator may read its village's aspirations (403), not another village's (404).
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 403, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/aspirations/status (bulk)',
    request: async ({ storage }) => ({
      path: '/v1/admin/aspirations/status',
      init: body('POST', { ids: [await aspirationInBacang(storage)], status: 'verified' }),
    }),
    // Out of scope the answer is 200 with `not_found` for the id: nothing about it leaks.
    expect: { admin: 200, dinas: 200, dinasOut: 200, kim: 403, kimOther: 403 },
  },
  {
    name: 'GET /v1/admin/aspirations/export.csv (audited)',
    request: async () => ({ path: '/v1/admin/aspirations/export.csv', init: { method: 'GET' } }),
    expect: { admin: 200, dinas: 200, dinasOut: 200, kim: 403, kimOther: 403 },
  },
  {
    name: 'POST /v1/admin/users',
    request: async () => ({
      path: '/v1/admin/users',
      init: body('POST', {
        email: `undangan.${newId('usr')}@example.org`,
        name: 'Operator Baru',
        memberships: [{ role: 'kim', groupId: GROUP_IN }],
      }),
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 403, kim: 403, kimOther: 403 },
  },
  {
    name: 'PATCH /v1/admin/users/:id',
    request: async ({ storage }) => ({
      path: `/v1/admin/users/${(await operatorInBacang(storage)).id}`,
      init: body('PATCH', { name: 'Nama Diperbaiki' }, { 'If-Match': '"1"' }),
    }),
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/users/:id/invitation',
    request: async ({ storage }) => ({
      path: `/v1/admin/users/${(await operatorInBacang(storage)).id}/invitation`,
      init: { method: 'POST' },
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'DELETE /v1/admin/tokens/:id',
    request: async ({ storage }) => ({
      path: `/v1/admin/tokens/${await tokenInBacang(storage)}`,
      init: { method: 'DELETE' },
    }),
    expect: { admin: 204, dinas: 204, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'DELETE /v1/auth/tokens/:id (someone else’s)',
    request: async ({ storage }) => ({
      path: `/v1/auth/tokens/${await tokenInBacang(storage)}`,
      init: { method: 'DELETE' },
    }),
    expect: { admin: 204, dinas: 204, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'POST /v1/auth/tokens (one’s own)',
    request: async ({ role }) => ({
      path: '/v1/auth/tokens',
      init: body('POST', { name: 'Integrasi', membership: ownMembership(role), expiresInDays: 30 }),
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 201, kim: 201, kimOther: 201 },
  },
  {
    name: 'POST /v1/auth/password',
    request: async () => ({
      path: '/v1/auth/password',
      init: body('POST', { currentPassword: TEST_PASSWORD, newPassword: 'jembatan-baru-sungai-rangkui' }),
    }),
    expect: EVERYONE,
  },
  {
    name: 'POST /v1/auth/sign-out',
    request: async () => ({ path: '/v1/auth/sign-out', init: { method: 'POST' } }),
    expect: EVERYONE,
  },
  {
    name: 'POST /v1/auth/sign-out-everywhere',
    request: async () => ({ path: '/v1/auth/sign-out-everywhere', init: { method: 'POST' } }),
    expect: EVERYONE,
  },
];

// Issue 12, the catalog's write side (i12s2): news workflow, media, registry, categories.

/** A fresh article of the Bacang group written by `authorId`, taken through `steps`. */
async function articleInBacang(
  storage: Storage,
  authorId: string | undefined,
  steps: ('submit' | 'publish')[] = [],
): Promise<{ id: string; version: number }> {
  let record = await storage.createNews(systemContext(), {
    id: newId('nws'),
    groupId: GROUP_IN,
    regionCode: VILLAGE_IN,
    categoryId: 'pengumuman',
    title: 'Kerja bakti di Bacang',
    body: '<p>Warga membersihkan saluran.</p>',
    summary: 'Warga membersihkan saluran.',
    summarySource: 'derived',
    readingMinutes: 1,
    tags: [],
    image: null,
    authorId: authorId ?? null,
  });
  for (const action of steps) {
    const result = await storage.transitionNews(systemContext(), record.id, record.version, { action });
    if (result.outcome !== 'written') throw new Error(`${action}: ${result.outcome}`);
    record = result.record;
  }
  return { id: record.id, version: record.version };
}

/** A fresh group in Bacang's village, maybe archived. */
async function groupInBacang(storage: Storage, archived = false): Promise<{ id: string; version: number }> {
  const id = newId('grp');
  const created = await storage.createGroup(systemContext(), {
    id,
    name: `KIM Uji ${id.slice(4)}`,
    slug: `kim-uji-${id.slice(4)}`,
    regionCode: VILLAGE_IN,
    address: null,
    decree: null,
    foundedOn: null,
    chairName: null,
    secretaryName: null,
    treasurerName: null,
    memberCount: 0,
    focusAreas: [],
    contact: { email: null, phone: null, website: null },
    social: [],
    registryNumber: null,
    logo: null,
    status: 'active',
  });
  if (created.outcome !== 'written') throw new Error(created.outcome);
  if (!archived) return { id, version: 1 };
  const done = await storage.setGroupArchived(systemContext(), id, 1, true);
  if (done.outcome !== 'written') throw new Error(done.outcome);
  return { id, version: done.record.version };
}

/** A fresh active category, maybe retired. */
async function freshCategory(storage: Storage, retired = false): Promise<{ id: string; version: number }> {
  const id = `uji-${newId('grp').slice(4)}`;
  const created = await storage.createCategory(systemContext(), {
    id,
    name: 'Kategori uji',
    description: null,
    scopes: ['news'],
  });
  if (created.outcome !== 'written') throw new Error(created.outcome);
  if (!retired) return { id, version: 1 };
  const done = await storage.setCategoryRetired(systemContext(), id, 1, true);
  if (done.outcome !== 'written') throw new Error(done.outcome);
  return { id, version: done.record.version };
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
/** Officials of the region and admins: the review side. */
const REVIEWERS = { admin: 200, dinas: 200, dinasOut: 404, kim: 403, kimOther: 404 };
const ADMIN_ONLY = (ok: number) => ({ admin: ok, dinas: 403, dinasOut: 403, kim: 403, kimOther: 403 });
/** A tiny real JPEG (sharp-made, 8x8). */
const TINY_JPEG = Buffer.from(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAgb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCGACRf/9k=',
  'base64',
);

WRITE_ROUTES.push(
  {
    name: 'POST /v1/admin/news',
    request: async () => ({
      path: '/v1/admin/news',
      init: body('POST', { groupId: GROUP_IN, categoryId: 'pengumuman', title: 'Berita uji', body: '<p>Isi.</p>' }),
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 403, kim: 201, kimOther: 403 },
  },
  {
    name: 'PATCH /v1/admin/news/:id (a draft of the asker)',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id);
      return { path: `/v1/admin/news/${a.id}`, init: body('PATCH', { title: 'Judul diperbaiki' }, ifMatch(a.version)) };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 200, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/news/:id/submit',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id);
      return { path: `/v1/admin/news/${a.id}/submit`, init: { method: 'POST', headers: ifMatch(a.version) } };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 200, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/news/:id/publish',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id, ['submit']);
      return { path: `/v1/admin/news/${a.id}/publish`, init: body('POST', {}, ifMatch(a.version)) };
    },
    expect: REVIEWERS,
  },
  {
    name: 'POST /v1/admin/news/:id/return',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id, ['submit']);
      return { path: `/v1/admin/news/${a.id}/return`, init: body('POST', { note: 'Tambah foto' }, ifMatch(a.version)) };
    },
    expect: REVIEWERS,
  },
  {
    name: 'POST /v1/admin/news/:id/unpublish',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id, ['submit', 'publish']);
      return { path: `/v1/admin/news/${a.id}/unpublish`, init: body('POST', { note: 'Keliru' }, ifMatch(a.version)) };
    },
    expect: REVIEWERS,
  },
  {
    name: 'PATCH /v1/admin/news/:id (a correction after publication)',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id, ['submit', 'publish']);
      return { path: `/v1/admin/news/${a.id}`, init: body('PATCH', { title: 'Judul dikoreksi' }, ifMatch(a.version)) };
    },
    expect: REVIEWERS,
  },
  {
    name: 'DELETE /v1/admin/news/:id (a draft of the asker)',
    request: async ({ storage, who }) => {
      const a = await articleInBacang(storage, who?.user.id);
      return { path: `/v1/admin/news/${a.id}`, init: { method: 'DELETE', headers: ifMatch(a.version) } };
    },
    expect: { admin: 204, dinas: 204, dinasOut: 404, kim: 204, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/media?group= (for Bacang)',
    request: async () => ({
      path: `/v1/admin/media?group=${GROUP_IN}`,
      init: { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: new Uint8Array(TINY_JPEG) },
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 403, kim: 201, kimOther: 403 },
  },
  {
    name: 'POST /v1/admin/groups',
    request: async () => ({
      path: '/v1/admin/groups',
      init: body('POST', { name: `KIM Baru ${newId('grp').slice(4)}`, regionCode: VILLAGE_IN }),
    }),
    expect: { admin: 201, dinas: 201, dinasOut: 403, kim: 403, kimOther: 403 },
  },
  {
    name: 'PATCH /v1/admin/groups/:id (profile)',
    request: async ({ storage }) => {
      const g = await storage.getAdminGroup(GROUP_IN);
      return { path: `/v1/admin/groups/${GROUP_IN}`, init: body('PATCH', { memberCount: 20 }, ifMatch(g!.version)) };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 200, kimOther: 404 },
  },
  {
    name: 'PATCH /v1/admin/groups/:id (status)',
    request: async ({ storage }) => {
      const g = await storage.getAdminGroup(GROUP_IN);
      const status = g!.status === 'active' ? 'inactive' : 'active';
      return { path: `/v1/admin/groups/${GROUP_IN}`, init: body('PATCH', { status }, ifMatch(g!.version)) };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 403, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/groups/:id/archive',
    request: async ({ storage }) => {
      const g = await groupInBacang(storage);
      return { path: `/v1/admin/groups/${g.id}/archive`, init: { method: 'POST', headers: ifMatch(g.version) } };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/groups/:id/restore',
    request: async ({ storage }) => {
      const g = await groupInBacang(storage, true);
      return { path: `/v1/admin/groups/${g.id}/restore`, init: { method: 'POST', headers: ifMatch(g.version) } };
    },
    expect: { admin: 200, dinas: 200, dinasOut: 404, kim: 404, kimOther: 404 },
  },
  {
    name: 'POST /v1/admin/categories',
    request: async () => ({
      path: '/v1/admin/categories',
      init: body('POST', { id: `uji-${newId('grp').slice(4)}`, name: 'Kategori uji', scopes: ['news'] }),
    }),
    expect: ADMIN_ONLY(201),
  },
  {
    name: 'PATCH /v1/admin/categories/:id',
    request: async ({ storage }) => {
      const k = await freshCategory(storage);
      return { path: `/v1/admin/categories/${k.id}`, init: body('PATCH', { name: 'Nama baru' }, ifMatch(k.version)) };
    },
    expect: ADMIN_ONLY(200),
  },
  {
    name: 'PUT /v1/admin/categories/order',
    request: async ({ storage }) => {
      const ids = (await storage.listAdminCategories()).filter((k) => k.retiredAt === null).map((k) => k.id);
      return { path: '/v1/admin/categories/order', init: body('PUT', { ids: ids.reverse() }) };
    },
    expect: ADMIN_ONLY(200),
  },
  {
    name: 'POST /v1/admin/categories/:id/retire',
    request: async ({ storage }) => {
      const k = await freshCategory(storage);
      return { path: `/v1/admin/categories/${k.id}/retire`, init: { method: 'POST', headers: ifMatch(k.version) } };
    },
    expect: ADMIN_ONLY(200),
  },
  {
    name: 'POST /v1/admin/categories/:id/restore',
    request: async ({ storage }) => {
      const k = await freshCategory(storage, true);
      return { path: `/v1/admin/categories/${k.id}/restore`, init: { method: 'POST', headers: ifMatch(k.version) } };
    },
    expect: ADMIN_ONLY(200),
  },
);
