// Invitation and password-reset links: one use, a limited time, only the hash of the secret stored.
import type { Kysely } from 'kysely';
import type { InvitationRecord, NewInvitation, NewSession, UserRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { getUser, userAuditTarget, userSearchText } from './accounts.js';
import { appendAudit } from './audit.js';
import { createSession } from './credentials.js';

/**
 * Stores a new link for a person; every earlier unused link of theirs stops working (reissuing replaces, never
 * adds). Audited as `user.invitation` with the kind.
 */
export async function createInvitation(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  invitation: NewInvitation,
): Promise<void> {
  await trx
    .updateTable('invitations')
    .set({ used_at: ctx.at })
    .where('user_id', '=', invitation.userId)
    .where('used_at', 'is', null)
    .execute();
  await trx
    .insertInto('invitations')
    .values({
      id: invitation.id,
      token_hash: invitation.tokenHash,
      user_id: invitation.userId,
      kind: invitation.kind,
      created_at: ctx.at,
      expires_at: invitation.expiresAt,
      used_at: null,
    })
    .execute();
  const user = await getUser(trx, invitation.userId);
  if (!user) throw new Error('An invitation for a person who does not exist');
  await appendAudit(trx, ctx, {
    action: invitation.kind === 'invite' ? 'user.invitation' : 'user.password_reset',
    changes: [],
    ...userAuditTarget(user),
  });
}

/** A link that can still be used (unused, not expired, its person not disabled), with its person. */
export async function findInvitation(
  db: Kysely<Tables>,
  tokenHash: string,
  now: string,
): Promise<InvitationRecord | undefined> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.user_id')
    .select(['invitations.id', 'invitations.kind', 'invitations.expires_at', 'invitations.user_id'])
    .where('invitations.token_hash', '=', tokenHash)
    .where('invitations.used_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .where('users.status', '!=', 'disabled')
    .executeTakeFirst();
  if (!row) return undefined;
  const user = await getUser(db, row.user_id);
  if (!user) return undefined;
  return { id: row.id, kind: row.kind as InvitationRecord['kind'], expiresAt: row.expires_at, user };
}

/**
 * Uses a link up: sets the password (and the name, when given), makes the person active, ends their other
 * sessions (a reset is often why) and starts the new session, all at once. `undefined` when the link could not be
 * used (used meanwhile, expired, person disabled): nothing changed then.
 */
export async function acceptInvitation(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  tokenHash: string,
  accept: { passwordHash: string; name: string | null; session: Omit<NewSession, 'userId'> },
): Promise<UserRecord | undefined> {
  // Marking the link used is the test: of two concurrent accepts only one updates the row.
  const used = await trx
    .updateTable('invitations')
    .set({ used_at: ctx.at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', ctx.at)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('users')
          .select('users.id')
          .whereRef('users.id', '=', 'invitations.user_id')
          .where('users.status', '!=', 'disabled'),
      ),
    )
    .returning(['user_id', 'kind'])
    .executeTakeFirst();
  if (!used) return undefined;
  const before = await getUser(trx, used.user_id);
  if (!before) return undefined;
  const name = accept.name ?? before.name;
  await trx
    .updateTable('users')
    .set((eb) => ({
      password_hash: accept.passwordHash,
      status: 'active',
      name,
      search_text: userSearchText(name, before.email),
      updated_at: ctx.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', used.user_id)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', used.user_id).execute();
  const changes = ['password'];
  if (before.status !== 'active') changes.push('status');
  if (name !== before.name) changes.push('name');
  await appendAudit(trx, ctx, {
    action: used.kind === 'invite' ? 'user.accept_invitation' : 'user.reset_password',
    changes,
    ...userAuditTarget(before),
  });
  await createSession(trx, ctx, { ...accept.session, userId: used.user_id });
  return getUser(trx, used.user_id);
}
