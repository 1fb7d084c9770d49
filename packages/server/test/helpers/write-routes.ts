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
