// What SQLite does its own way: FTS5 search, the group-commit submission path, 0/1 booleans, its driver's errors.
import Database from 'better-sqlite3';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { StorageDialect } from '../dialect.js';
import { NEWS_SUMMARY_COLUMNS, type NewsRow, type NewsSearch, PUBLIC_STATUSES } from '../queries/news.js';
import { StorageConflictError, StorageUnavailableError } from '../storage.js';
import type { NewsTable, Tables } from '../tables.js';
import type { OpenedDatabase } from './database.js';
import { longWordsCondition, prefixTerms } from './fts-terms.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';
import { assignSortKeys, sortKeyCeiling } from './sort-keys.js';
import { SubmissionWriter } from './submission-writer.js';

/** The tables only SQLite has, for the queries of this file. */
interface SqliteTables extends Tables {
  news: NewsTable & { sort_key: number | null };
  news_fts: { rowid: number; words: string; scope: string; news_fts: string };
  groups_fts: { rowid: number; words: string; groups_fts: string };
}

/** A token of the `scope` column: letters and digits only, so codes and ids are spelled out (see 0002-scale.ts). */
const regionToken = (code: string) => `r${code.replace(/\./g, 'x')}`;
const hexToken = (prefix: string, id: string) => `${prefix}${Buffer.from(id, 'utf8').toString('hex')}`;

/** Maps driver failures to the storage errors the HTTP layer understands; anything else is a bug and stays as is. */
function translate(error: unknown): unknown {
  if (error instanceof Database.SqliteError) {
    if (error.code.startsWith('SQLITE_CONSTRAINT')) return new StorageConflictError(error.message, { cause: error });
    return new StorageUnavailableError(error.message, { cause: error });
  }
  // A closed database: better-sqlite3 says so with a TypeError, Kysely once destroyed with a plain Error.
  if (
    error instanceof Error &&
    /database connection is not open|driver has already been destroyed/i.test(error.message)
  ) {
    return new StorageUnavailableError(error.message, { cause: error });
  }
  return error;
}

/**
 * A search walks news_fts from the newest key down (CROSS JOIN keeps it the outer loop) and stops after a page. The
 * filters are tokens of the same FTS row, so FTS5 intersects them with the words instead of this query skipping
 * rows; a cursor starts the walk at its millisecond, and the exact keyset drops the few rows of that millisecond
 * already shown.
 */
export function sqliteNewsSearchQuery(db: Kysely<Tables>, filter: NewsSearch) {
  const scope: string[] = [];
  if (filter.region) scope.push(regionToken(filter.region));
  if (filter.groupId) scope.push(hexToken('g', filter.groupId));
  if (filter.category) scope.push(hexToken('c', filter.category));
  const match = [`words : (${prefixTerms(filter.words)})`, ...scope.map((token) => `scope : "${token}"`)].join(' AND ');
  let query = (db as unknown as Kysely<SqliteTables>)
    .selectFrom('news_fts')
    .crossJoin('news')
    .innerJoin('groups', 'groups.id', 'news.group_id')
    .innerJoin('categories', 'categories.id', 'news.category_id')
    .select(NEWS_SUMMARY_COLUMNS)
    .whereRef('news.sort_key', '=', 'news_fts.rowid')
    .where('news_fts', '=', match)
    // Scheduled articles have keys beyond now: the walk starts at now.
    .where('news_fts.rowid', '<', sortKeyCeiling(filter.now))
    .where('news.published_at', '<=', filter.now)
    .where('news.status', 'in', PUBLIC_STATUSES);
  const long = longWordsCondition('news.search_text', filter.words);
  if (long) query = query.where(long);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query
      .where('news_fts.rowid', '<', sortKeyCeiling(value))
      .where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query.orderBy('news_fts.rowid', 'desc').limit(filter.limit);
}

export function createSqliteDialect(opened: OpenedDatabase): StorageDialect {
  const submissions = new SubmissionWriter(opened.db, opened.raw);
  return {
    engine: 'sqlite',
    migrations: SQLITE_MIGRATIONS,
    bool: (value) => (value ? 1 : 0),
    translate,
    async searchNews(db, filter) {
      return (await sqliteNewsSearchQuery(db, filter).execute()) as NewsRow[];
    },
    groupSearchCondition(words): RawBuilder<SqlBool> {
      const match = sql<SqlBool>`groups.seq IN (SELECT rowid FROM groups_fts WHERE groups_fts MATCH ${prefixTerms(words)})`;
      const long = longWordsCondition('groups.search_text', words);
      return long ? sql<SqlBool>`(${match} AND ${long})` : match;
    },
    afterNewsWritten: (trx, ids) => assignSortKeys(trx, ids),
    createAspiration: (input, idempotency) => submissions.submit(input, idempotency),
    close: () => opened.close(),
  };
}
