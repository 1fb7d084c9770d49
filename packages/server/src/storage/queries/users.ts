// The people an admin or a Dinas official manages: listing them within a scope, changing an account.
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { queryWords } from '../search-words.js';
import type { UpdateUserResult, UserFilter, UserRecord, UserUpdateRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import {
  distinctGrants,
  getUser,
  insertMemberships,
  membershipColumns,
  USER_COLUMNS,
  userAuditTarget,
  userSearchText,
  withMemberships,
} from './accounts.js';
import { appendAudit } from './audit.js';

type UsersEb = ExpressionBuilder<Tables, 'users'>;

/** A membership of the person inside `prefix`: a Dinas scope there, or a group in a village there. */
function membershipWithin(eb: UsersEb, prefix: string) {
  return eb.exists(
    eb
      .selectFrom('memberships')
      .leftJoin('groups', 'groups.id', 'memberships.group_id')
      .select('memberships.seq')
      .whereRef('memberships.user_id', '=', 'users.id')
      .where((m) =>
        m.or([
          m.and([
            m('memberships.role', '=', 'dinas'),
            m.or([m('memberships.scope', '=', prefix), m('memberships.scope', 'like', `${prefix}.%`)]),
          ]),
          m.and([m('memberships.role', '=', 'kim'), m('groups.region_code', 'like', `${prefix}.%`)]),
        ]),
      ),
  );
}

/** People by name, then id; each filter narrows. */
export async function listUsers(db: Kysely<Tables>, filter: UserFilter): Promise<UserRecord[]> {
  let query = db.selectFrom('users').select(USER_COLUMNS);
  const { regions } = filter;
  if (regions !== 'all') {
    if (regions.length === 0) return [];
    query = query.where((eb) => eb.or(regions.map((prefix) => membershipWithin(eb, prefix))));
  }
  if (filter.region !== undefined) {
    const region = filter.region;
    query = query.where((eb) => membershipWithin(eb, region));
  }
  if (filter.role !== undefined || filter.groupId !== undefined) {
    const { role, groupId } = filter;
    query = query.where((eb) => {
      let sub = eb.selectFrom('memberships').select('memberships.seq').whereRef('memberships.user_id', '=', 'users.id');
      if (role !== undefined) sub = sub.where('memberships.role', '=', role);
      if (groupId !== undefined) sub = sub.where('memberships.group_id', '=', groupId);
      return eb.exists(sub);
    });
  }
  if (filter.status !== undefined) query = query.where('users.status', '=', filter.status);
  if (filter.q !== undefined) {
    const words = queryWords(filter.q);
    if (words.length === 0) return [];
    // Each word a prefix of a word of the name or the email (words are letters and digits only: no LIKE escapes).
    for (const word of words) query = query.where(sql<string>`' ' || users.search_text`, 'like', `% ${word}%`);
  }
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('users.name', 'users.id'), '>', eb.tuple(value, id)));
  }
  const rows = await query.orderBy('users.name').orderBy('users.id').limit(filter.limit).execute();
  return withMemberships(db, rows);
}

/**
 * Changes an account if its version is still `expectedVersion`. Disabling ends every session and revokes every
 * token of the person; new memberships replace the old ones (a token acting with a membership taken away stops
 * working). Audited as `user.update`, `user.disable` or `user.enable` with the changed field names.
 */
export async function updateUser(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  id: string,
  patch: UserUpdateRecord,
  expectedVersion: number,
): Promise<UpdateUserResult> {
  const before = await getUser(trx, id);
  if (!before) return { outcome: 'not_found' };
  const bumped = await trx
    .updateTable('users')
    .set((eb) => ({
      updated_at: ctx.at,
      version: eb('version', '+', 1),
      ...(patch.name !== undefined ? { name: patch.name, search_text: userSearchText(patch.name, before.email) } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!bumped) return { outcome: 'stale', record: before };

  const changes: string[] = [];
  if (patch.name !== undefined && patch.name !== before.name) changes.push('name');
  if (patch.memberships !== undefined) {
    const next = distinctGrants(patch.memberships).map(membershipColumns);
    const current = before.memberships.map((m) =>
      m.role === 'admin' ? 'admin:' : m.role === 'dinas' ? `dinas:${m.region.code}` : `kim:${m.group.id}`,
    );
    const same = next.length === current.length && next.every((m) => current.includes(`${m.role}:${m.scope}`));
    if (!same) {
      await trx.deleteFrom('memberships').where('user_id', '=', id).execute();
      await insertMemberships(trx, id, patch.memberships);
      changes.push('memberships');
    }
  }
  let action = 'user.update';
  if (patch.status !== undefined && patch.status !== before.status) {
    changes.push('status');
    if (patch.status === 'disabled') {
      action = 'user.disable';
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx
        .updateTable('api_tokens')
        .set({ revoked_at: ctx.at })
        .where('user_id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    } else {
      action = 'user.enable';
    }
  }
  const record = await getUser(trx, id);
  if (!record) throw new Error('The user just changed cannot be read back');
  // The entry belongs to the regions before and after, so officials of either read it.
  const target = userAuditTarget({ ...record, memberships: [...before.memberships, ...record.memberships] });
  await appendAudit(trx, ctx, { action, changes, ...target });
  return { outcome: 'changed', record };
}
