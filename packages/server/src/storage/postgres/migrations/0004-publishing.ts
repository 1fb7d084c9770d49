// PostgreSQL 0004, as SQLite's 0004: the news workflow (status, author, review note, soft deletion, version;
// `published_at` NULL until published), the group registry's fields with archiving, a version and `group_slugs`,
// retiring categories, and the media tables (the variants' bytes in bytea, served to every process).
import { type Kysely, type Migration, sql } from 'kysely';
import { backfillReadingMinutes } from '../../backfill-reading-minutes.js';
import { jsonb, text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const publishing: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('news')
      .addColumn('status', text, (c) => c.notNull().defaultTo('published'))
      .addColumn('summary_source', text, (c) => c.notNull().defaultTo('author'))
      .addColumn('reading_minutes', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('image_media_id', text)
      .addColumn('image_variants', jsonb)
      .addColumn('author_id', text)
      .addColumn('created_at', timestamptz)
      .addColumn('submitted_at', timestamptz)
      .addColumn('deleted_at', timestamptz)
      .addColumn('review_note', text)
      .addColumn('review_action', text)
      .addColumn('review_by', text)
      .addColumn('review_at', timestamptz)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.updateTable('news').set({ created_at: sql`published_at` }).execute();
    await sql
      .raw(`ALTER TABLE news ALTER COLUMN created_at SET NOT NULL, ALTER COLUMN published_at DROP NOT NULL,
        ALTER COLUMN status DROP DEFAULT, ALTER COLUMN summary_source DROP DEFAULT,
        ALTER COLUMN reading_minutes DROP DEFAULT, ALTER COLUMN version DROP DEFAULT`)
      .execute(db);
    await backfillReadingMinutes(db);
    await db.schema.createIndex('news_updated').on('news').columns(['updated_at desc', 'id desc']).execute();
    for (const column of ['group_id', 'province_code', 'regency_code']) {
      await db.schema
        .createIndex(`news_${column}_updated`)
        .on('news')
        .columns([column, 'updated_at desc', 'id desc'])
        .execute();
    }
    // The review queue: a partial index, so that no index leads with the status column, which a planner would then
    // take for the public lists' `status IN (...)` and sort their pages instead of walking news_published.
    await sql
      .raw(`CREATE INDEX news_submitted_updated ON news (updated_at DESC, id DESC) WHERE status = 'submitted'`)
      .execute(db);
    await sql.raw(`CREATE INDEX news_scheduled ON news (published_at) WHERE status = 'scheduled'`).execute(db);

    await db.schema
      .alterTable('groups')
      .addColumn('secretary_name', text)
      .addColumn('treasurer_name', text)
      .addColumn('registry_number', text)
      .addColumn('logo_media_id', text)
      .addColumn('logo_width', 'integer')
      .addColumn('logo_height', 'integer')
      .addColumn('logo_variants', jsonb)
      .addColumn('archived_at', timestamptz)
      .addColumn('created_at', timestamptz)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.updateTable('groups').set({ created_at: sql`updated_at` }).execute();
    await sql.raw('ALTER TABLE groups ALTER COLUMN created_at SET NOT NULL').execute(db);
    await db.schema
      .createTable('group_slugs')
      .addColumn('slug', text, (c) => c.primaryKey())
      .addColumn('group_id', text, (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('group_slugs_group').on('group_slugs').columns(['group_id', 'slug']).execute();
    await sql
      .raw('INSERT INTO group_slugs (slug, group_id, created_at) SELECT slug, id, created_at FROM groups')
      .execute(db);

    const now = new Date().toISOString();
    await db.schema
      .alterTable('categories')
      .addColumn('retired_at', timestamptz)
      .addColumn('created_at', timestamptz, (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', timestamptz, (c) => c.notNull().defaultTo(now))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await sql
      .raw('ALTER TABLE categories ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN updated_at DROP DEFAULT')
      .execute(db);
    // Usage counts of aspirations by category read `aspirations_category` (0003_accounts).

    await db.schema
      .createTable('media')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('source_hash', text, (c) => c.notNull())
      .addColumn('source_format', text, (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('group_id', text)
      .addColumn('region_code', text)
      .addColumn('uploaded_by', text)
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('variants', jsonb, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('media_files')
      .addColumn('name', text, (c) => c.primaryKey())
      .addColumn('content_type', text, (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('bytes', 'bytea', (c) => c.notNull())
      .execute();
    // Image bytes do not compress further; storing them as they are spares TOAST a useless pglz attempt.
    await sql.raw('ALTER TABLE media_files ALTER COLUMN bytes SET STORAGE EXTERNAL').execute(db);
  },
};
