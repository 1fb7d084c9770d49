// Starting a session: a fresh `kims_…` token for the person, stored only as its hash.
import { newId } from '../ids.js';
import type { NewSession, Storage, WriteContext } from '../storage/storage.js';
import { issueToken } from './opaque-token.js';

export interface SessionLimits {
  /** Milliseconds a session lives without use. */
  idleMs: number;
  /** Milliseconds a session lives at most. */
  maxAgeMs: number;
}

export interface IssuedSession {
  /** Shown once, to the person signing in; never stored. */
  token: string;
  expiresAt: string;
  idleExpiresAt: string;
}

/** A new session's secret and what to store of it, starting at `at`. */
export function newSession(at: string, limits: SessionLimits): IssuedSession & { stored: Omit<NewSession, 'userId'> } {
  const { token, hash } = issueToken('session');
  const start = Date.parse(at);
  const expiresAt = new Date(start + limits.maxAgeMs).toISOString();
  const idleExpiresAt = new Date(start + Math.min(limits.idleMs, limits.maxAgeMs)).toISOString();
  return { token, expiresAt, idleExpiresAt, stored: { id: newId('ses'), tokenHash: hash, idleExpiresAt, expiresAt } };
}

/** Creates a session for `userId` (audited as `user.sign_in` in the same transaction). */
export async function issueSession(
  storage: Storage,
  ctx: WriteContext,
  userId: string,
  limits: SessionLimits,
): Promise<IssuedSession> {
  const { stored, ...issued } = newSession(ctx.at, limits);
  await storage.createSession(ctx, { ...stored, userId });
  return issued;
}
