// Sessions and personal API tokens: storing them (hashes only) and resolving a bearer secret to a person.
import type { Kysely } from 'kysely';
import type {
  ApiTokenFilter,
  ApiTokenRecord,
  Credential,
  MembershipRecord,
  NewApiToken,
  NewSession,
  WriteContext,
} from '../storage.js';
import type { Tables } from '../tables.js';
import { getUser, grantedMemberships, membershipColumns, membershipRegion, userAuditTarget } from './accounts.js';
import { appendAudit } from './audit.js';

/** A session's or token's last use is written at most this often, so reading a page is not a write each time. */
export const TOUCH_EVERY_MS = 60_000;

const addMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const earlier = (a: string, b: string) => (a < b ? a : b);

export async function createSession(trx: Kysely<Tables>, ctx: WriteContext, session: NewSession): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: ctx.at,
      last_used_at: ctx.at,
      idle_expires_at: session.idleExpiresAt,
      expires_at: session.expiresAt,
    })
    .execute();
  await trx.updateTable('users').set({ last_sign_in_at: ctx.at }).where('id', '=', session.userId).execute();
  const user = await getUser(trx, session.userId);
  if (!user) throw new Error('A session for a person who does not exist');
  await appendAudit(trx, ctx, { action: 'user.sign_in', changes: [], ...userAuditTarget(user) });
}

export async function resolveSession(
  db: Kysely<Tables>,
  tokenHash: string,
  now: string,
  idleMs: number,
): Promise<Credential | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.last_used_at',
      'sessions.idle_expires_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.name',
      'users.email',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.idle_expires_at', '>', now)
    .where('sessions.expires_at', '>', now)
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  let idleExpiresAt = row.idle_expires_at;
  if (Date.parse(now) - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
    idleExpiresAt = earlier(addMs(now, idleMs), row.expires_at);
    await db
      .updateTable('sessions')
      .set({ last_used_at: now, idle_expires_at: idleExpiresAt })
      .where('id', '=', row.id)
      .execute();
  }
  return {
    user: { id: row.user_id, name: row.name, email: row.email },
    memberships: await grantedMemberships(db, row.user_id),
    via: { kind: 'session', sessionId: row.id, expiresAt: row.expires_at, idleExpiresAt },
  };
}

export async function resolveApiToken(
  db: Kysely<Tables>,
  tokenHash: string,
  now: string,
): Promise<Credential | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .leftJoin('groups', 'groups.id', 'api_tokens.group_id')
    .select([
      'api_tokens.id',
      'api_tokens.role',
      'api_tokens.scope',
      'api_tokens.last_used_at',
      'groups.region_code as group_region',
      'users.id as user_id',
      'users.name',
      'users.email',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now)
    .where('users.status', '=', 'active')
    // The owner must still hold the membership the token acts with: taking a role away takes it from the token.
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships')
          .select('memberships.seq')
          .whereRef('memberships.user_id', '=', 'api_tokens.user_id')
          .whereRef('memberships.role', '=', 'api_tokens.role')
          .whereRef('memberships.scope', '=', 'api_tokens.scope'),
      ),
    )
    .executeTakeFirst();
  if (!row) return undefined;
  const membership =
    row.role === 'admin'
      ? ({ role: 'admin', scope: null } as const)
      : row.role === 'dinas'
        ? ({ role: 'dinas', scope: row.scope } as const)
        : row.group_region
          ? ({ role: 'kim', scope: row.scope, regionCode: row.group_region } as const)
          : undefined;
  if (!membership) return undefined;
  if (row.last_used_at === null || Date.parse(now) - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return {
    user: { id: row.user_id, name: row.name, email: row.email },
    memberships: [membership],
    via: { kind: 'api', tokenId: row.id },
  };
}

/** Drops sessions that can never be used again (the idle expiry never passes the absolute one). */
export async function sweepSessions(db: Kysely<Tables>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('idle_expires_at', '<=', now).execute();
}

function selectTokens(db: Kysely<Tables>) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .leftJoin('regions', (join) =>
      join.onRef('regions.code', '=', 'api_tokens.scope').on('api_tokens.role', '=', 'dinas'),
    )
    .leftJoin('groups', 'groups.id', 'api_tokens.group_id')
    .select([
      'api_tokens.seq',
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.prefix',
      'api_tokens.role',
      'api_tokens.scope',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'users.id as owner_id',
      'users.name as owner_name',
      'regions.name as region_name',
      'groups.slug as group_slug',
      'groups.name as group_name',
      'groups.region_code as group_region',
    ]);
}

type TokenRow = Awaited<ReturnType<ReturnType<typeof selectTokens>['executeTakeFirstOrThrow']>>;

export function toApiToken(row: TokenRow): ApiTokenRecord {
  const membership: MembershipRecord =
    row.role === 'admin'
      ? { role: 'admin' }
      : row.role === 'dinas'
        ? { role: 'dinas', region: { code: row.scope, name: row.region_name ?? row.scope } }
        : {
            role: 'kim',
            group: {
              id: row.scope,
              slug: row.group_slug ?? row.scope,
              name: row.group_name ?? row.scope,
              regionCode: row.group_region ?? '',
            },
          };
  return {
    id: row.id,
    name: row.name,
    membership,
    owner: { id: row.owner_id, name: row.owner_name },
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function getApiToken(db: Kysely<Tables>, id: string): Promise<ApiTokenRecord | undefined> {
  const row = await selectTokens(db).where('api_tokens.id', '=', id).executeTakeFirst();
  return row && toApiToken(row);
}

/** What the audit log says about a token: its name, and the region of the membership it acts with. */
export const tokenAuditTarget = (token: ApiTokenRecord) => ({
  target: { type: 'token' as const, id: token.id, label: token.name },
  regionCode: membershipRegion(token.membership),
});

export async function createApiToken(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  token: NewApiToken,
): Promise<ApiTokenRecord> {
  await trx
    .insertInto('api_tokens')
    .values({
      id: token.id,
      token_hash: token.tokenHash,
      user_id: token.userId,
      name: token.name,
      prefix: token.prefix,
      ...membershipColumns(token.membership),
      created_at: ctx.at,
      expires_at: token.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  const record = await getApiToken(trx, token.id);
  if (!record) throw new Error('The token just created cannot be read back');
  await appendAudit(trx, ctx, {
    action: 'token.create',
    changes: ['name', 'membership', 'expiresAt'],
    ...tokenAuditTarget(record),
  });
  return record;
}

/** Personal API tokens, newest first. */
export async function listApiTokens(db: Kysely<Tables>, filter: ApiTokenFilter): Promise<ApiTokenRecord[]> {
  let query = selectTokens(db);
  if (filter.ownerId !== undefined) query = query.where('api_tokens.user_id', '=', filter.ownerId);
  if (!filter.includeEnded) {
    query = query.where('api_tokens.revoked_at', 'is', null).where('api_tokens.expires_at', '>', filter.now);
  }
  const { regions } = filter;
  if (regions !== 'all') {
    if (regions.length === 0) return [];
    // A token belongs to the region of the membership it acts with: a Dinas scope, or its group's village.
    query = query.where((eb) =>
      eb.or(
        regions.flatMap((prefix) => [
          eb.and([
            eb('api_tokens.role', '=', 'dinas'),
            eb.or([eb('api_tokens.scope', '=', prefix), eb('api_tokens.scope', 'like', `${prefix}.%`)]),
          ]),
          eb.and([eb('api_tokens.role', '=', 'kim'), eb('groups.region_code', 'like', `${prefix}.%`)]),
        ]),
      ),
    );
  }
  const { after } = filter;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('api_tokens.created_at', '<', after.value),
        eb.and([eb('api_tokens.created_at', '=', after.value), eb('api_tokens.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map(toApiToken);
}

/** Revokes a token (idempotent: an already revoked one stays as it was, unaudited). */
export async function revokeApiToken(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
): Promise<ApiTokenRecord | undefined> {
  const revoked = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: ctx.at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  const record = await getApiToken(trx, id);
  if (revoked && record) {
    await appendAudit(trx, ctx, { action: 'token.revoke', changes: ['revokedAt'], ...tokenAuditTarget(record) });
  }
  return record;
}
