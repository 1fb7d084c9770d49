// SQLite 0004: the write side of the catalog.
// - news gets a workflow (status, author, review note, soft deletion, version) and `published_at` becomes NULL until
//   an article is published: the table is rebuilt, since SQLite cannot drop NOT NULL, with its long columns last;
// - groups get the registry's fields (secretary, treasurer, KIM.id number, uploaded logo), archiving, a version and
//   `group_slugs`, every slug a group has had (old ones redirect; no two groups share one);
// - categories get retiring, times and a version;
// - media (uploaded images) and media_files (their variants' bytes, served to every process).
import { type Kysely, type Migration, sql } from 'kysely';
import { backfillReadingMinutes } from '../../backfill-reading-minutes.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const LEVELS = [
  ['province_code', 2],
  ['regency_code', 5],
  ['district_code', 8],
] as const;

/** The scope tokens of an article, as in 0002 (an applied migration never changes, so the text is repeated). */
const NEWS_SCOPE = `'r' || replace(substr(new.region_code, 1, 2), '.', 'x') || ' r' ||
  replace(substr(new.region_code, 1, 5), '.', 'x') || ' r' || replace(substr(new.region_code, 1, 8), '.', 'x') ||
  ' r' || replace(new.region_code, '.', 'x') || ' g' || lower(hex(new.group_id)) || ' c' ||
  lower(hex(new.category_id))`;

export const publishing: Migration = {
  async up(db: AnyDb) {
    const levels = LEVELS.map(
      ([c, length]) => `${c} TEXT GENERATED ALWAYS AS (substr(region_code, 1, ${length})) VIRTUAL`,
    );
    await sql
      .raw(`CREATE TABLE news_next (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        summary_source TEXT NOT NULL,
        reading_minutes INTEGER NOT NULL,
        image_path TEXT,
        image_alt TEXT,
        image_width INTEGER,
        image_height INTEGER,
        image_media_id TEXT,
        group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        region_code TEXT NOT NULL,
        ${levels.join(',\n        ')},
        category_id TEXT NOT NULL REFERENCES categories (id),
        tags TEXT NOT NULL DEFAULT '[]',
        author_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        published_at TEXT,
        deleted_at TEXT,
        review_action TEXT,
        review_by TEXT,
        review_at TEXT,
        version INTEGER NOT NULL,
        sort_key INTEGER,
        review_note TEXT,
        image_variants TEXT,
        body TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT ''
      )`)
      .execute(db);
    await sql
      .raw(`INSERT INTO news_next (seq, id, slug, status, title, summary, summary_source, reading_minutes, image_path,
          image_alt, image_width, image_height, group_id, region_code, category_id, tags, created_at, updated_at,
          published_at, version, sort_key, body, search_text)
        SELECT seq, id, slug, 'published', title, summary, 'author', 1, image_path, image_alt, image_width,
          image_height, group_id, region_code, category_id, tags, published_at, updated_at, published_at, 1, sort_key,
          body, search_text
        FROM news`)
      .execute(db);
    // Dropping the old table drops its triggers without firing them: news_fts keeps its rows, keyed by sort_key.
    await sql.raw('DROP TABLE news').execute(db);
    await sql.raw('ALTER TABLE news_next RENAME TO news').execute(db);
    await backfillReadingMinutes(db);

    // Public lists, newest first (drafts have no published_at and sort out of every range read).
    await db.schema.createIndex('news_published').on('news').columns(['published_at desc', 'id desc']).execute();
    for (const column of ['group_id', 'category_id', 'region_code', ...LEVELS.map(([c]) => c)]) {
      const name = column === 'group_id' ? 'news_group' : column === 'category_id' ? 'news_category' : `news_${column}`;
      await db.schema.createIndex(name).on('news').columns([column, 'published_at desc', 'id desc']).execute();
    }
    await db.schema.createIndex('news_sort_key').unique().on('news').column('sort_key').execute();
    // The officials' and operators' lists, last changed first: everything, a group (an operator's), a province or
    // regency (a Dinas official's area).
    await db.schema.createIndex('news_updated').on('news').columns(['updated_at desc', 'id desc']).execute();
    for (const column of ['group_id', 'province_code', 'regency_code']) {
      await db.schema
        .createIndex(`news_${column}_updated`)
        .on('news')
        .columns([column, 'updated_at desc', 'id desc'])
        .execute();
    }
    // The next scheduled publication, which response caches must not outlive.
    // The review queue: a partial index, so that no index leads with the status column, which a planner would then
    // take for the public lists' `status IN (...)` and sort their pages instead of walking news_published.
    await sql
      .raw(`CREATE INDEX news_submitted_updated ON news (updated_at DESC, id DESC) WHERE status = 'submitted'`)
      .execute(db);
    await sql.raw(`CREATE INDEX news_scheduled ON news (published_at) WHERE status = 'scheduled'`).execute(db);

    await sql
      .raw(`CREATE TRIGGER news_fts_insert AFTER INSERT ON news WHEN new.sort_key IS NOT NULL BEGIN
        INSERT INTO news_fts (rowid, words, scope) VALUES (new.sort_key, new.search_text, ${NEWS_SCOPE}); END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER news_fts_delete AFTER DELETE ON news WHEN old.sort_key IS NOT NULL BEGIN
        DELETE FROM news_fts WHERE rowid = old.sort_key; END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER news_fts_update
        AFTER UPDATE OF sort_key, search_text, region_code, group_id, category_id ON news BEGIN
        DELETE FROM news_fts WHERE rowid = old.sort_key;
        INSERT INTO news_fts (rowid, words, scope)
          SELECT new.sort_key, new.search_text, ${NEWS_SCOPE} WHERE new.sort_key IS NOT NULL; END`)
      .execute(db);

    for (const column of ['secretary_name', 'treasurer_name', 'registry_number', 'logo_media_id', 'archived_at']) {
      await db.schema.alterTable('groups').addColumn(column, 'text').execute();
    }
    await db.schema.alterTable('groups').addColumn('logo_width', 'integer').execute();
    await db.schema.alterTable('groups').addColumn('logo_height', 'integer').execute();
    await db.schema.alterTable('groups').addColumn('logo_variants', 'text').execute();
    await db.schema
      .alterTable('groups')
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('groups')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.updateTable('groups').set({ created_at: sql`updated_at` }).execute();
    await db.schema
      .createTable('group_slugs')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('group_slugs_group').on('group_slugs').columns(['group_id', 'slug']).execute();
    await sql
      .raw('INSERT INTO group_slugs (slug, group_id, created_at) SELECT slug, id, created_at FROM groups')
      .execute(db);

    await db.schema.alterTable('categories').addColumn('retired_at', 'text').execute();
    for (const column of ['created_at', 'updated_at']) {
      await db.schema
        .alterTable('categories')
        .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    }
    await db.schema
      .alterTable('categories')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    const now = new Date().toISOString();
    await db.updateTable('categories').set({ created_at: now, updated_at: now }).execute();
    // Usage counts of aspirations by category read `aspirations_category` (0003_accounts).

    await db.schema
      .createTable('media')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('source_hash', 'text', (c) => c.notNull())
      .addColumn('source_format', 'text', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('group_id', 'text')
      .addColumn('region_code', 'text')
      .addColumn('uploaded_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('variants', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('media_files')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('bytes', 'blob', (c) => c.notNull())
      .execute();
  },
};
