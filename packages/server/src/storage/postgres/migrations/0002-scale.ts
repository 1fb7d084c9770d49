// PostgreSQL 0002, as SQLite's 0002: one column and index per region level; `search_text` (words cut in JS, the
// same on both engines) with a generated tsvector in the `simple` configuration and a GIN index; catalog_version,
// rate_limits and readiness_probe.
import { type Kysely, type Migration, sql } from 'kysely';
import { backfillSearchText } from '../../backfill-search-text.js';
import { text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const LEVELS = [
  ['province_code', 2],
  ['regency_code', 5],
  ['district_code', 8],
] as const;

export const scale: Migration = {
  async up(db: AnyDb) {
    for (const table of ['groups', 'news']) {
      for (const [column, length] of LEVELS) {
        await db.schema
          .alterTable(table)
          .addColumn(column, text, (c) => c.generatedAlwaysAs(sql.raw(`substr(region_code, 1, ${length})`)).stored())
          .execute();
      }
      await db.schema
        .alterTable(table)
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    }

    await db.schema.dropIndex('groups_region').execute();
    for (const column of ['region_code', ...LEVELS.map(([c]) => c)]) {
      await db.schema.createIndex(`groups_${column}`).on('groups').columns([column, 'name', 'id']).execute();
    }
    await db.schema.dropIndex('news_region').execute();
    for (const column of ['region_code', ...LEVELS.map(([c]) => c)]) {
      await db.schema
        .createIndex(`news_${column}`)
        .on('news')
        .columns([column, 'published_at desc', 'id desc'])
        .execute();
    }

    await backfillSearchText(db);
    await db.schema.alterTable('news').dropColumn('body_text').execute();

    for (const table of ['groups', 'news']) {
      await db.schema
        .alterTable(table)
        .addColumn('search', sql`tsvector`, (c) =>
          c.generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`).stored(),
        )
        .execute();
      await sql.raw(`CREATE INDEX ${table}_search ON ${table} USING gin (search)`).execute(db);
      // More of the most common words in the statistics, so the planner estimates a prefix's matches well enough
      // to choose between the GIN index (few matches) and walking a list index (many).
      await sql.raw(`ALTER TABLE ${table} ALTER COLUMN search SET STATISTICS 1000`).execute(db);
    }

    await db.schema
      .createTable('catalog_version')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('catalog_version').values({ id: 1, version: 1 }).execute();

    await db.schema
      .createTable('rate_limits')
      .addColumn('key', text, (c) => c.primaryKey())
      .addColumn('tokens', 'double precision', (c) => c.notNull())
      .addColumn('allowed', 'boolean', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_expires').on('rate_limits').column('expires_at').execute();

    await db.schema
      .createTable('readiness_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('checked_at', timestamptz, (c) => c.notNull())
      .execute();
  },
};
