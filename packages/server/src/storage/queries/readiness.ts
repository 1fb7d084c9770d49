// Proof that the database takes writes: one row rewritten on each readiness check.
import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

export async function writeReadinessProbe(db: Kysely<Tables>, at: string): Promise<void> {
  await db
    .insertInto('readiness_probe')
    .values({ id: 1, checked_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ checked_at: at }))
    .execute();
}
