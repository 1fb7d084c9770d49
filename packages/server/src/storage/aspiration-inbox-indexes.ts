// Used by both engines' migration 0003: the indexes of the officials' aspiration inbox, the same on each.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

/**
 * Every inbox filter reads an index in list order (newest first; "oldest" reads it backwards): kind, category,
 * the last change, each region level, and each region level with a status (an official's "new in my city").
 */
export async function createAspirationInboxIndexes(db: AnyDb): Promise<void> {
  const order = ['submitted_at desc', 'id desc'];
  await db.schema
    .createIndex('aspirations_updated')
    .on('aspirations')
    .columns(['updated_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('aspirations_kind')
    .on('aspirations')
    .columns(['kind', ...order])
    .execute();
  await db.schema
    .createIndex('aspirations_category')
    .on('aspirations')
    .columns(['category_id', ...order])
    .execute();
  for (const column of ['province_code', 'regency_code', 'district_code', 'region_code']) {
    await db.schema
      .createIndex(`aspirations_${column}`)
      .on('aspirations')
      .columns([column, ...order])
      .execute();
    await db.schema
      .createIndex(`aspirations_${column}_status`)
      .on('aspirations')
      .columns([column, 'status', ...order])
      .execute();
  }
  await db.schema.createIndex('aspiration_history_actor').on('aspiration_history').column('actor_id').execute();
}
