// Signing in and out: the password hash by email, changing a password, ending sessions.
import type { Kysely } from 'kysely';
import type { SignInRecord, WriteContext } from '../storage.js';
import type { Tables } from '../tables.js';
import { emailKey, getUser, userAuditTarget } from './accounts.js';
import { appendAudit } from './audit.js';

const SIGN_IN_COLUMNS = ['id', 'email', 'name', 'status', 'password_hash'] as const;

function toSignIn(row: {
  id: string;
  email: string;
  name: string;
  status: string;
  password_hash: string | null;
}): SignInRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status as SignInRecord['status'],
    passwordHash: row.password_hash,
  };
}

/** A person by email (compared case-insensitively), with the password hash: only for verifying a password. */
export async function findSignIn(db: Kysely<Tables>, email: string): Promise<SignInRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .select(SIGN_IN_COLUMNS)
    .where('email_key', '=', emailKey(email))
    .executeTakeFirst();
  return row && toSignIn(row);
}

export async function getSignIn(db: Kysely<Tables>, userId: string): Promise<SignInRecord | undefined> {
  const row = await db.selectFrom('users').select(SIGN_IN_COLUMNS).where('id', '=', userId).executeTakeFirst();
  return row && toSignIn(row);
}

/**
 * Replaces a hash made with older argon2 parameters by one made with today's, if it is still the one verified (a
 * password changed meanwhile wins). Not audited: the password is the same, only its storage changed.
 */
export async function rehashPassword(
  db: Kysely<Tables>,
  userId: string,
  oldHash: string,
  newHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: newHash })
    .where('id', '=', userId)
    .where('password_hash', '=', oldHash)
    .execute();
}

/** Sets a new password and ends every other session of the person (`keepSessionId`: the one they changed it in). */
export async function changePassword(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  userId: string,
  passwordHash: string,
  keepSessionId: string | null,
): Promise<void> {
  await trx
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, updated_at: ctx.at, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
  let ending = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId !== null) ending = ending.where('id', '!=', keepSessionId);
  await ending.execute();
  const user = await getUser(trx, userId);
  if (!user) throw new Error('A password for a person who does not exist');
  await appendAudit(trx, ctx, { action: 'user.change_password', changes: ['password'], ...userAuditTarget(user) });
}

/** Ends one session (sign-out); false when it was already gone. */
export async function endSession(trx: Kysely<Tables>, ctx: WriteContext, sessionId: string): Promise<boolean> {
  const ended = await trx
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .returning(['id', 'user_id'])
    .executeTakeFirst();
  if (!ended) return false;
  const user = await getUser(trx, ended.user_id);
  if (user) await appendAudit(trx, ctx, { action: 'user.sign_out', changes: [], ...userAuditTarget(user) });
  return true;
}

/** Ends every session of a person (sign-out everywhere); returns how many there were. */
export async function endSessions(trx: Kysely<Tables>, ctx: WriteContext, userId: string): Promise<number> {
  const ended = await trx.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  const user = await getUser(trx, userId);
  if (user) {
    await appendAudit(trx, ctx, {
      action: 'user.sign_out_everywhere',
      changes: ['sessions'],
      ...userAuditTarget(user),
    });
  }
  return ended.length;
}
