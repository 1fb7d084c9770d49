// SQLite 0002: reads in O(log n) at national scale, and the tables several processes share.
// - one column and index per region level (news and groups), so "everything in 19.71" is an equality;
// - `search_text` (words cut in JS, the same on both engines) indexed by contentless FTS5 tables; the news index is
//   keyed by `sort_key`, which orders like `published_at DESC, id DESC`, so a search walks the index newest first
//   and stops after a page instead of collecting and sorting every match; region, group and category are tokens of
//   the same index (`scope`), so a filtered search is still one walk;
// - catalog_version, rate_limits and readiness_probe.
import { type Kysely, type Migration, sql } from 'kysely';
import { backfillSearchText } from '../../backfill-search-text.js';
import { PREFIX_INDEXES } from '../fts-terms.js';
import { assignSortKeys } from '../sort-keys.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const LEVELS = [
  ['province_code', 2],
  ['regency_code', 5],
  ['district_code', 8],
] as const;

/** The scope tokens of an article: its region at each level, its group and its category (see dialect.ts). */
const NEWS_SCOPE = `'r' || replace(substr(new.region_code, 1, 2), '.', 'x') || ' r' ||
  replace(substr(new.region_code, 1, 5), '.', 'x') || ' r' || replace(substr(new.region_code, 1, 8), '.', 'x') ||
  ' r' || replace(new.region_code, '.', 'x') || ' g' || lower(hex(new.group_id)) || ' c' ||
  lower(hex(new.category_id))`;

export const scale: Migration = {
  async up(db: AnyDb) {
    for (const name of ['groups', 'news']) {
      for (const op of ['insert', 'delete', 'update']) await sql.raw(`DROP TRIGGER ${name}_fts_${op}`).execute(db);
      await sql.raw(`DROP TABLE ${name}_fts`).execute(db);
    }

    for (const [column, length] of LEVELS) {
      await db.schema
        .alterTable('groups')
        .addColumn(column, 'text', (c) => c.generatedAlwaysAs(sql.raw(`substr(region_code, 1, ${length})`)))
        .execute();
    }
    await db.schema
      .alterTable('groups')
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.dropIndex('groups_region').execute();
    for (const column of ['region_code', ...LEVELS.map(([c]) => c)]) {
      await db.schema.createIndex(`groups_${column}`).on('groups').columns([column, 'name', 'id']).execute();
    }

    // News is rebuilt with its long columns last. SQLite keeps a row's columns in order and spills a long row into
    // overflow pages: with the body in the middle, reading published_at or group_id for a list walked the body's
    // overflow chain for every row (a 21-row page: ~500 µs; with the body last: a fraction of it).
    const levels = LEVELS.map(
      ([c, length]) => `${c} TEXT GENERATED ALWAYS AS (substr(region_code, 1, ${length})) VIRTUAL`,
    );
    await sql
      .raw(`CREATE TABLE news_next (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        image_path TEXT,
        image_alt TEXT,
        image_width INTEGER,
        image_height INTEGER,
        group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        region_code TEXT NOT NULL,
        ${levels.join(',\n        ')},
        category_id TEXT NOT NULL REFERENCES categories (id),
        tags TEXT NOT NULL DEFAULT '[]',
        published_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sort_key INTEGER,
        body TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT ''
      )`)
      .execute(db);
    const copied = `seq, id, slug, title, summary, image_path, image_alt, image_width, image_height, group_id,
      region_code, category_id, tags, published_at, updated_at, body`;
    await sql.raw(`INSERT INTO news_next (${copied}) SELECT ${copied} FROM news`).execute(db);
    await sql.raw('DROP TABLE news').execute(db);
    await sql.raw('ALTER TABLE news_next RENAME TO news').execute(db);
    await db.schema.createIndex('news_published').on('news').columns(['published_at desc', 'id desc']).execute();
    for (const column of ['group_id', 'category_id', 'region_code', ...LEVELS.map(([c]) => c)]) {
      const name = column === 'group_id' ? 'news_group' : column === 'category_id' ? 'news_category' : `news_${column}`;
      await db.schema.createIndex(name).on('news').columns([column, 'published_at desc', 'id desc']).execute();
    }
    await db.schema.createIndex('news_sort_key').unique().on('news').column('sort_key').execute();

    // Foreign keys whose deletes cascade, or that writes delete by, want an index on the referencing column.
    await db.schema.createIndex('group_focus_group').on('group_focus').column('group_id').execute();
    await db.schema.createIndex('idempotency_keys_aspiration').on('idempotency_keys').column('aspiration_id').execute();

    await backfillSearchText(db);

    // Contentless: the words are in `search_text` already. Groups need no column filter, so no positions at all.
    // Prefix indexes for prefixes of 2 to 6 letters: without them FTS5 merges the document lists of every word
    // starting with the prefix before returning the first row ("warga*" over 100,000 articles: ~30 ms; with: <1 ms).
    await sql
      .raw(`CREATE VIRTUAL TABLE groups_fts USING fts5(words, tokenize = 'unicode61 remove_diacritics 0',
        content = '', contentless_delete = 1, detail = none, prefix = '${PREFIX_INDEXES}')`)
      .execute(db);
    await sql.raw('INSERT INTO groups_fts (rowid, words) SELECT seq, search_text FROM groups').execute(db);
    await sql
      .raw(`CREATE TRIGGER groups_fts_insert AFTER INSERT ON groups BEGIN
        INSERT INTO groups_fts (rowid, words) VALUES (new.seq, new.search_text); END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER groups_fts_delete AFTER DELETE ON groups BEGIN
        DELETE FROM groups_fts WHERE rowid = old.seq; END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER groups_fts_update AFTER UPDATE OF search_text ON groups BEGIN
        DELETE FROM groups_fts WHERE rowid = old.seq;
        INSERT INTO groups_fts (rowid, words) VALUES (new.seq, new.search_text); END`)
      .execute(db);

    await sql
      .raw(`CREATE VIRTUAL TABLE news_fts USING fts5(words, scope, tokenize = 'unicode61 remove_diacritics 0',
        content = '', contentless_delete = 1, detail = column, prefix = '${PREFIX_INDEXES}')`)
      .execute(db);
    // Rows get their sort_key right after they are written (sort-keys.ts); only then are they indexed.
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
    const ids = await db.selectFrom('news').select('id').execute();
    await assignSortKeys(
      db,
      ids.map((r: { id: string }) => r.id),
    );

    await db.schema
      .createTable('catalog_version')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('catalog_version').values({ id: 1, version: 1 }).execute();

    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('tokens', 'real', (c) => c.notNull())
      .addColumn('allowed', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_expires').on('rate_limits').column('expires_at').execute();

    await db.schema
      .createTable('readiness_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .execute();
  },
};
