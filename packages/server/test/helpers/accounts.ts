// People for tests: create someone with a role and get a signed-in bearer. Other suites use these to act as an
// admin, a Dinas official or a KIM operator:
//   const official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
//   await t.request('/v1/admin/aspirations', { headers: official.headers });

import { issueSession } from '../../src/auth/issue-session.js';
import { hashPassword } from '../../src/auth/password-hash.js';
import { newId } from '../../src/ids.js';
import type { MembershipGrant, Storage, UserRecord } from '../../src/storage/storage.js';
import { systemContext } from '../../src/storage/write-context.js';

/** The password every test person gets unless told otherwise (passes the password policy). */
export const TEST_PASSWORD = 'kopi-tubruk-di-pasar-pagi';

let hashed: Promise<string> | undefined;
/** One argon2 hash per test run (~25 ms each): every test person shares it, each with its own salt is not needed. */
const testPasswordHash = () => {
  hashed ??= hashPassword(TEST_PASSWORD);
  return hashed;
};

let people = 0;

export interface PersonOptions {
  email?: string;
  name?: string;
  /** `invited` people have no password. */
  status?: 'invited' | 'active';
  /** Another password than TEST_PASSWORD. */
  password?: string;
}

/** Creates a person with the given memberships, through the storage (the seed's and the CLI's way). */
export async function createPerson(
  storage: Storage,
  memberships: MembershipGrant | MembershipGrant[],
  options: PersonOptions = {},
): Promise<UserRecord> {
  const n = ++people;
  const status = options.status ?? 'active';
  const passwordHash =
    status === 'invited' ? null : options.password ? await hashPassword(options.password) : await testPasswordHash();
  return storage.createUser(systemContext(), {
    id: newId('usr'),
    email: options.email ?? `orang.uji.${n}.${Date.now().toString(36)}@example.org`,
    name: options.name ?? `Orang Uji ${n}`,
    status,
    passwordHash,
    memberships: Array.isArray(memberships) ? memberships : [memberships],
  });
}

export interface SignedIn {
  user: UserRecord;
  token: string;
  headers: { Authorization: string };
}

/** Twelve hours idle, seven days at most: the server's defaults. */
export const TEST_SESSION_LIMITS = { idleMs: 12 * 3600_000, maxAgeMs: 7 * 24 * 3600_000 };

/** Starts a session for an existing person and returns its bearer headers. */
export async function sessionFor(storage: Storage, user: UserRecord): Promise<SignedIn> {
  const { token } = await issueSession(storage, systemContext(), user.id, TEST_SESSION_LIMITS);
  return { user, token, headers: { Authorization: `Bearer ${token}` } };
}

/** A new person with the given memberships, signed in. */
export async function signedIn(
  t: { storage: Storage },
  memberships: MembershipGrant | MembershipGrant[],
  options: PersonOptions = {},
): Promise<SignedIn> {
  return sessionFor(t.storage, await createPerson(t.storage, memberships, options));
}

/**
 * A request by `who` (anonymous when null): a JSON body when given, and `If-Match` from a version number (quoted)
 * or a raw header value.
 */
export const send = (method: string, who: SignedIn | null, body?: unknown, version?: number | string): RequestInit => ({
  method,
  headers: {
    ...(who ? who.headers : {}),
    ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...(version !== undefined ? { 'If-Match': typeof version === 'number' ? `"${version}"` : version } : {}),
  },
  ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
});
