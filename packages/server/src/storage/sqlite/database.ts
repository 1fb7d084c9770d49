// Opens a better-sqlite3 database tuned for a small API server and wraps it in Kysely.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import type { Tables } from './tables.js';

export interface OpenedDatabase {
  raw: Database.Database;
  db: Kysely<Tables>;
}

/** How many distinct SQL texts keep a prepared statement; lists with variable `IN (...)` make a few variants. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew; SQLite's prepare costs more than running a small indexed query, so keep the
 * statements of the SQL texts seen recently. Safe because Kysely's SQLite driver runs one query at a time.
 */
function withStatementCache(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = raw.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

/** Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`. */
export function openDatabase(path: string): OpenedDatabase {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  if (path !== ':memory:') raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('temp_store = MEMORY');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return { raw, db };
}
