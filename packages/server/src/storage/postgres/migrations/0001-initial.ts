// PostgreSQL 0001: the first schema, as SQLite's 0001 (regions, categories, groups, news, aspirations), in
// PostgreSQL's types: text in the "C" collation, timestamptz, date, boolean, jsonb, identity sequence numbers.
// Full-text search comes with 0002. Applied migrations never change: a change of schema is a new migration.
import type { Kysely, Migration } from 'kysely';
import { date, jsonb, text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('regions')
      .addColumn('code', text, (c) => c.primaryKey())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('level', text, (c) => c.notNull())
      .addColumn('kind', text)
      .addColumn('parent_code', text)
      .execute();
    await db.schema.createIndex('regions_parent').on('regions').columns(['parent_code', 'code']).execute();
    await db.schema.createIndex('regions_level').on('regions').columns(['level', 'code']).execute();

    await db.schema
      .createTable('categories')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('description', text)
      .addColumn('scopes', text, (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('groups')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('slug', text, (c) => c.notNull().unique())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('region_code', text, (c) => c.notNull())
      .addColumn('address', text)
      .addColumn('decree_number', text)
      .addColumn('decree_date', date)
      .addColumn('decree_issuer', text)
      .addColumn('founded_on', date)
      .addColumn('chair_name', text)
      .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('focus_areas', jsonb, (c) => c.notNull())
      .addColumn('contact_email', text)
      .addColumn('contact_phone', text)
      .addColumn('contact_website', text)
      .addColumn('social', jsonb, (c) => c.notNull())
      .addColumn('logo_path', text)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('groups_name').on('groups').columns(['name', 'id']).execute();
    await db.schema.createIndex('groups_region').on('groups').columns(['region_code']).execute();

    await db.schema
      .createTable('group_focus')
      .addColumn('group_id', text, (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('focus', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('group_focus_pk', ['focus', 'group_id'])
      .execute();
    await db.schema.createIndex('group_focus_group').on('group_focus').column('group_id').execute();

    await db.schema
      .createTable('news')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('slug', text, (c) => c.notNull().unique())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('summary', text, (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('body_text', text, (c) => c.notNull())
      .addColumn('image_path', text)
      .addColumn('image_alt', text)
      .addColumn('image_width', 'integer')
      .addColumn('image_height', 'integer')
      .addColumn('group_id', text, (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('region_code', text, (c) => c.notNull())
      .addColumn('category_id', text, (c) => c.notNull().references('categories.id'))
      .addColumn('tags', jsonb, (c) => c.notNull())
      .addColumn('published_at', timestamptz, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('news_published').on('news').columns(['published_at desc', 'id desc']).execute();
    await db.schema
      .createIndex('news_group')
      .on('news')
      .columns(['group_id', 'published_at desc', 'id desc'])
      .execute();
    await db.schema
      .createIndex('news_category')
      .on('news')
      .columns(['category_id', 'published_at desc', 'id desc'])
      .execute();
    await db.schema.createIndex('news_region').on('news').columns(['region_code']).execute();

    await db.schema
      .createTable('aspirations')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('tracking_code', text, (c) => c.notNull().unique())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('category_id', text, (c) => c.notNull().references('categories.id'))
      .addColumn('region_code', text, (c) => c.notNull())
      .addColumn('anonymous', 'boolean', (c) => c.notNull())
      .addColumn('confidential', 'boolean', (c) => c.notNull())
      .addColumn('reporter_name', text)
      .addColumn('reporter_email', text)
      .addColumn('reporter_phone', text)
      .addColumn('submitted_at', timestamptz, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('aspirations_submitted')
      .on('aspirations')
      .columns(['submitted_at desc', 'id desc'])
      .execute();
    await db.schema
      .createIndex('aspirations_status')
      .on('aspirations')
      .columns(['status', 'submitted_at desc', 'id desc'])
      .execute();

    await db.schema
      .createTable('aspiration_history')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('aspiration_id', text, (c) => c.notNull().references('aspirations.id').onDelete('cascade'))
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('at', timestamptz, (c) => c.notNull())
      .addColumn('note', text)
      .execute();
    await db.schema
      .createIndex('aspiration_history_aspiration')
      .on('aspiration_history')
      .columns(['aspiration_id', 'seq'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('key', text, (c) => c.primaryKey())
      .addColumn('request_hash', text, (c) => c.notNull())
      .addColumn('aspiration_id', text, (c) => c.notNull().references('aspirations.id').onDelete('cascade'))
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('idempotency_keys_aspiration').on('idempotency_keys').column('aspiration_id').execute();
  },
};
