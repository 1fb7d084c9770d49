// The reporter's follow-up: finding an aspiration by tracking code with its secret's hash (the secret itself is never
// stored; see aspirations/follow-up-secret.ts).
import type { AspirationKind, AspirationStatus } from '@kim-kit/sdk/schemas';
import type { Kysely, Transaction } from 'kysely';
import type { FollowUpTarget } from '../storage.js';
import type { Tables } from '../tables.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** The aspiration a reporter follows up, with what deciding on a follow-up needs; `undefined` for an unknown code. */
export async function getFollowUpTarget(db: Db, trackingCode: string): Promise<FollowUpTarget | undefined> {
  const row = await db
    .selectFrom('aspirations')
    .select(['id', 'tracking_code', 'kind', 'status', 'region_code', 'follow_up_secret_hash', 'rating'])
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
  if (!row) return undefined;
  const resolved = await db
    .selectFrom('aspiration_history')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('aspiration_id', '=', row.id)
    .where('status', '=', 'resolved')
    .where('kind', '=', 'status')
    .executeTakeFirst();
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    kind: row.kind as AspirationKind,
    status: row.status as AspirationStatus,
    regionCode: row.region_code,
    followUpSecretHash: row.follow_up_secret_hash,
    rating: row.rating === null ? null : Number(row.rating),
    resolvedAt: resolved?.at == null ? null : new Date(resolved.at).toISOString(),
  };
}
