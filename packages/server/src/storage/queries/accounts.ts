// People and their memberships: reading them in the contract's shape and in the policy's, and creating them.
import type { UserStatus } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type { GrantedMembership } from '../../policy/principal.js';
import { searchDocument } from '../search-words.js';
import type { MembershipGrant, MembershipRecord, NewUser, UserRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { appendAudit, commonRegion } from './audit.js';

/** The key emails are unique by and looked up by: trimmed, lowercased. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** The words the user list finds a person by. */
export const userSearchText = (name: string, email: string) => searchDocument([name, email.replace(/[@.]/g, ' ')]);

/** The stored columns of a membership: one `scope` to compare and index, and the group as a foreign key. */
export function membershipColumns(grant: MembershipGrant): { role: string; scope: string; group_id: string | null } {
  switch (grant.role) {
    case 'admin':
      return { role: 'admin', scope: '', group_id: null };
    case 'dinas':
      return { role: 'dinas', scope: grant.regionCode, group_id: null };
    case 'kim':
      return { role: 'kim', scope: grant.groupId, group_id: grant.groupId };
  }
}

/** The same grant twice is one membership. */
export function distinctGrants(grants: readonly MembershipGrant[]): MembershipGrant[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const { role, scope } = membershipColumns(grant);
    const key = `${role}:${scope}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface MembershipRow {
  user_id: string;
  role: string;
  scope: string;
  region_name: string | null;
  group_id: string | null;
  group_slug: string | null;
  group_name: string | null;
  group_region: string | null;
}

function selectMemberships(db: Kysely<Tables>) {
  return db
    .selectFrom('memberships')
    .leftJoin('regions', (join) =>
      join.onRef('regions.code', '=', 'memberships.scope').on('memberships.role', '=', 'dinas'),
    )
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .select([
      'memberships.user_id',
      'memberships.role',
      'memberships.scope',
      'regions.name as region_name',
      'groups.id as group_id',
      'groups.slug as group_slug',
      'groups.name as group_name',
      'groups.region_code as group_region',
    ]);
}

function toMembershipRecord(row: MembershipRow): MembershipRecord | null {
  if (row.role === 'admin') return { role: 'admin' };
  if (row.role === 'dinas') return { role: 'dinas', region: { code: row.scope, name: row.region_name ?? row.scope } };
  if (row.role === 'kim' && row.group_id && row.group_slug && row.group_name && row.group_region) {
    return {
      role: 'kim',
      group: { id: row.group_id, slug: row.group_slug, name: row.group_name, regionCode: row.group_region },
    };
  }
  return null;
}

function toGranted(row: MembershipRow): GrantedMembership | null {
  if (row.role === 'admin') return { role: 'admin', scope: null };
  if (row.role === 'dinas') return { role: 'dinas', scope: row.scope };
  if (row.role === 'kim' && row.group_region) return { role: 'kim', scope: row.scope, regionCode: row.group_region };
  return null;
}

/** The region a membership reaches: a Dinas scope, a group's village; `null` for admin (the whole instance). */
export function membershipRegion(m: MembershipRecord | GrantedMembership): string | null {
  if (m.role === 'admin') return null;
  if ('region' in m) return m.region.code;
  if ('group' in m) return m.group.regionCode;
  return m.role === 'kim' ? m.regionCode : m.scope;
}

async function membershipRows(db: Kysely<Tables>, userIds: readonly string[]): Promise<MembershipRow[]> {
  if (userIds.length === 0) return [];
  return selectMemberships(db)
    .where('memberships.user_id', 'in', [...userIds])
    .orderBy('memberships.seq')
    .execute();
}

/** A person's memberships as the policy sees them. */
export async function grantedMemberships(db: Kysely<Tables>, userId: string): Promise<GrantedMembership[]> {
  const rows = await membershipRows(db, [userId]);
  return rows.map(toGranted).filter((m): m is GrantedMembership => m !== null);
}

export const USER_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.status',
  'users.created_at',
  'users.updated_at',
  'users.last_sign_in_at',
  'users.version',
] as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
  version: number;
};

/** Users by id, with their memberships, in the order of `rows`. */
export async function withMemberships(db: Kysely<Tables>, rows: readonly UserRow[]): Promise<UserRecord[]> {
  const memberships = await membershipRows(
    db,
    rows.map((r) => r.id),
  );
  const byUser = new Map<string, MembershipRecord[]>();
  for (const row of memberships) {
    const record = toMembershipRecord(row);
    if (!record) continue;
    const list = byUser.get(row.user_id) ?? [];
    list.push(record);
    byUser.set(row.user_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status as UserStatus,
    memberships: byUser.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSignInAt: row.last_sign_in_at,
    version: Number(row.version),
  }));
}

export async function getUser(db: Kysely<Tables>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('users.id', '=', id).executeTakeFirst();
  return row ? (await withMemberships(db, [row]))[0] : undefined;
}

/** The regions of grants about to be stored (a `kim` grant's group village is read from the groups). */
export async function grantRegions(db: Kysely<Tables>, grants: readonly MembershipGrant[]): Promise<(string | null)[]> {
  const groupIds = grants.flatMap((g) => (g.role === 'kim' ? [g.groupId] : []));
  const villages = new Map<string, string>();
  if (groupIds.length > 0) {
    const rows = await db.selectFrom('groups').select(['id', 'region_code']).where('id', 'in', groupIds).execute();
    for (const row of rows) villages.set(row.id, row.region_code);
  }
  return grants.map((g) =>
    g.role === 'admin' ? null : g.role === 'dinas' ? g.regionCode : (villages.get(g.groupId) ?? null),
  );
}

/** What the audit log says about a person: their name, and the region their memberships share. */
export function userAuditTarget(user: Pick<UserRecord, 'id' | 'name' | 'memberships'>) {
  return {
    target: { type: 'user' as const, id: user.id, label: user.name },
    regionCode: commonRegion(user.memberships.map(membershipRegion)),
  };
}

export async function insertMemberships(
  trx: Kysely<Tables>,
  userId: string,
  grants: readonly MembershipGrant[],
): Promise<void> {
  const rows = distinctGrants(grants).map((g) => ({ user_id: userId, ...membershipColumns(g) }));
  if (rows.length > 0) await trx.insertInto('memberships').values(rows).execute();
}

export async function createUser(trx: Kysely<Tables>, ctx: WriteContext, user: NewUser): Promise<UserRecord> {
  await trx
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email.trim(),
      email_key: emailKey(user.email),
      name: user.name,
      password_hash: user.passwordHash,
      status: user.status,
      created_at: ctx.at,
      updated_at: ctx.at,
      last_sign_in_at: null,
      version: 1,
      search_text: userSearchText(user.name, user.email),
    })
    .execute();
  await insertMemberships(trx, user.id, user.memberships);
  const record = await getUser(trx, user.id);
  if (!record) throw new Error('The user just created cannot be read back');
  const changes = ['email', 'name', 'status', 'memberships'];
  if (user.passwordHash !== null) changes.push('password');
  await appendAudit(trx, ctx, {
    action: user.status === 'invited' ? 'user.invite' : 'user.create',
    changes,
    ...userAuditTarget(record),
  });
  return record;
}
