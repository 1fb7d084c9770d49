// SQLite 0001: the first schema (regions, categories, groups, news, aspirations) with FTS5 indexes kept by triggers.
// Applied migrations never change: a change of schema is a new migration.
import { type Kysely, type Migration, sql } from 'kysely';

/** unicode61 folds case and, with remove_diacritics 2, accents; Indonesian needs no stemmer for prefix search. */
const FTS_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('regions')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('parent_code', 'text')
      .execute();
    await db.schema.createIndex('regions_parent').on('regions').columns(['parent_code', 'code']).execute();
    await db.schema.createIndex('regions_level').on('regions').columns(['level', 'code']).execute();

    await db.schema
      .createTable('categories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('groups')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('decree_number', 'text')
      .addColumn('decree_date', 'text')
      .addColumn('decree_issuer', 'text')
      .addColumn('founded_on', 'text')
      .addColumn('chair_name', 'text')
      .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('focus_areas', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('contact_email', 'text')
      .addColumn('contact_phone', 'text')
      .addColumn('contact_website', 'text')
      .addColumn('social', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('logo_path', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('groups_name').on('groups').columns(['name', 'id']).execute();
    await db.schema.createIndex('groups_region').on('groups').columns(['region_code']).execute();

    await db.schema
      .createTable('group_focus')
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('focus', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('group_focus_pk', ['focus', 'group_id'])
      .execute();

    await db.schema
      .createTable('news')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('body_text', 'text', (c) => c.notNull())
      .addColumn('image_path', 'text')
      .addColumn('image_alt', 'text')
      .addColumn('image_width', 'integer')
      .addColumn('image_height', 'integer')
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id'))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
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
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id'))
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn('anonymous', 'integer', (c) => c.notNull())
      .addColumn('confidential', 'integer', (c) => c.notNull())
      .addColumn('reporter_name', 'text')
      .addColumn('reporter_email', 'text')
      .addColumn('reporter_phone', 'text')
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
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
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('aspiration_id', 'text', (c) => c.notNull().references('aspirations.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('aspiration_history_aspiration')
      .on('aspiration_history')
      .columns(['aspiration_id', 'seq'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('aspiration_id', 'text', (c) => c.notNull().references('aspirations.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    // Full-text indexes, kept in step with their tables by triggers.
    await sql
      .raw(`CREATE VIRTUAL TABLE groups_fts USING fts5(name, place, people, focus, ${FTS_TOKENIZER})`)
      .execute(db);
    const groupValues = `new.seq, new.name,
      coalesce((SELECT v.name || ' ' || coalesce(d.name, '') FROM regions v LEFT JOIN regions d ON d.code = v.parent_code
        WHERE v.code = new.region_code), '') || ' ' || coalesce(new.address, ''),
      coalesce(new.chair_name, ''),
      replace(replace(replace(new.focus_areas, '[', ''), ']', ''), '"', '')`;
    await sql
      .raw(`CREATE TRIGGER groups_fts_insert AFTER INSERT ON groups BEGIN
        INSERT INTO groups_fts (rowid, name, place, people, focus) VALUES (${groupValues}); END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER groups_fts_delete AFTER DELETE ON groups BEGIN
        DELETE FROM groups_fts WHERE rowid = old.seq; END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER groups_fts_update AFTER UPDATE ON groups BEGIN
        DELETE FROM groups_fts WHERE rowid = old.seq;
        INSERT INTO groups_fts (rowid, name, place, people, focus) VALUES (${groupValues}); END`)
      .execute(db);

    await sql.raw(`CREATE VIRTUAL TABLE news_fts USING fts5(title, summary, body, tags, ${FTS_TOKENIZER})`).execute(db);
    const newsValues = `new.seq, new.title, new.summary, new.body_text,
      replace(replace(replace(new.tags, '[', ''), ']', ''), '"', '')`;
    await sql
      .raw(`CREATE TRIGGER news_fts_insert AFTER INSERT ON news BEGIN
        INSERT INTO news_fts (rowid, title, summary, body, tags) VALUES (${newsValues}); END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER news_fts_delete AFTER DELETE ON news BEGIN
        DELETE FROM news_fts WHERE rowid = old.seq; END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER news_fts_update AFTER UPDATE ON news BEGIN
        DELETE FROM news_fts WHERE rowid = old.seq;
        INSERT INTO news_fts (rowid, title, summary, body, tags) VALUES (${newsValues}); END`)
      .execute(db);
  },
};
