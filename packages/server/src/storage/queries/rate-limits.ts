// Token buckets in the database, so a limit holds across every process serving one database. One statement per
// take, the same SQL on both engines: insert a full bucket less one token, or refill the stored one for the time since
// its last take, cap it at the limit, and take a token if a whole one is there.
import { type Kysely, sql } from 'kysely';
import type { TokenBucketRule, TokenBucketState } from '../storage.js';
import type { Tables } from '../tables.js';

export async function takeToken(
  db: Kysely<Tables>,
  key: string,
  rule: TokenBucketRule,
  now: number,
): Promise<TokenBucketState> {
  const windowMs = rule.windowSeconds * 1000;
  const refillPerMs = rule.limit / windowMs;
  // Explicit casts: PostgreSQL must not guess a parameter's type from the column it meets first.
  const nowMs = sql<number>`CAST(${now} AS bigint)`;
  const limit = sql`CAST(${rule.limit} AS double precision)`;
  const refilled = sql`(rate_limits.tokens + (${nowMs} - rate_limits.updated_at) * CAST(${refillPerMs} AS double precision))`;
  const capped = sql`(CASE WHEN ${refilled} > ${limit} THEN ${limit} ELSE ${refilled} END)`;
  const row = await db
    .insertInto('rate_limits')
    .values({
      key,
      tokens: sql`${limit} - 1`,
      allowed: sql`${limit} >= 1`,
      updated_at: nowMs,
      expires_at: sql`${nowMs} + CAST(${windowMs} AS bigint)`,
    })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        tokens: sql`CASE WHEN ${capped} >= 1 THEN ${capped} - 1 ELSE ${capped} END`,
        allowed: sql`${capped} >= 1`,
        updated_at: nowMs,
        expires_at: sql`${nowMs} + CAST(${windowMs} AS bigint)`,
      }),
    )
    .returning(['tokens', 'allowed'])
    .executeTakeFirstOrThrow();
  return { allowed: Boolean(row.allowed), tokens: Number(row.tokens) };
}

/** Deletes buckets that have been full again for a while (they behave exactly like a missing one). */
export async function sweepTokenBuckets(db: Kysely<Tables>, now: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('expires_at', '<', now).execute();
}
