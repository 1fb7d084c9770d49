// The catalog's version: one row every catalog write moves in its own transaction, so any process sharing the
// database sees that regions, categories, groups or news changed by reading one number.
import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

export async function readCatalogVersion(db: Kysely<Tables>): Promise<number> {
  const row = await db.selectFrom('catalog_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Moves the version on; call inside the transaction of the catalog write. */
export async function bumpCatalogVersion(trx: Kysely<Tables>): Promise<number> {
  const row = await trx
    .updateTable('catalog_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
