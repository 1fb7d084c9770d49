// Opens a better-sqlite3 database tuned for a small API server and wraps it in Kysely.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import type { Tables } from '../tables.js';
import { type Checkpointer, startCheckpointer } from './checkpointer.js';

export interface OpenedDatabase {
  raw: Database.Database;
  db: Kysely<Tables>;
  /** Closes the database and stops its checkpointer. */
  close(): Promise<void>;
}

/** How many distinct SQL texts keep a prepared statement; lists with variable `IN (...)` make a few variants. */
const STATEMENT_CACHE_SIZE = 256;

type Row = Record<string, unknown>;

/**
 * Builds a function that turns a row as an array into the object better-sqlite3 would have made. better-sqlite3 sets
 * each column on a new object by name, which cost more than the query: a 21-row news page (18 columns) took ~300 µs
 * as objects, ~160 µs as arrays turned into objects of one literal shape here (SQLite's own work: ~50 µs).
 */
function rowMaker(columns: readonly string[]): ((values: unknown[]) => Row) | null {
  // A literal with a __proto__ key would set the prototype instead of a column; such a query keeps the objects.
  if (columns.some((name) => name === '__proto__')) return null;
  const fields = columns.map((name, i) => `${JSON.stringify(name)}: v[${i}]`);
  return new Function('v', `return { ${fields.join(', ')} };`) as (values: unknown[]) => Row;
}

/** A prepared statement as Kysely's driver uses it, reading rows as arrays when it returns any. */
function statementOf(raw: Database.Database, sql: string): ReturnType<SqliteDatabase['prepare']> {
  const statement = raw.prepare(sql);
  const make = statement.reader ? rowMaker(statement.columns().map((c) => c.name)) : null;
  if (!make) return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
  const arrays = raw.prepare(sql).raw(true);
  return {
    reader: true,
    all: (parameters) => (arrays.all(parameters) as unknown[][]).map(make),
    run: (parameters) => statement.run(parameters),
    iterate: (parameters) => statement.iterate(parameters) as IterableIterator<unknown>,
  };
}

/**
 * Kysely prepares every query anew; SQLite's prepare costs more than running a small indexed query, so keep the
 * statements of the SQL texts seen recently. Safe because Kysely's SQLite driver runs one query at a time.
 */
function withStatementCache(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = statementOf(raw, sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Every Kysely transaction here writes, so each begins IMMEDIATE: it takes the write lock at once (waiting up to
 * busy_timeout behind another process) instead of reading first and failing with SQLITE_BUSY when it must upgrade.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateTransactionDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#config);
  }
}

/** Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`. */
export function openDatabase(path: string): OpenedDatabase {
  if (path !== ':memory:' && !path.startsWith('file:') && path !== '') mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  const file = path !== ':memory:' && !path.startsWith('file:') && path !== '';
  let checkpointer: Checkpointer | undefined;
  if (file) {
    raw.pragma('journal_mode = WAL');
    // Checkpoints happen in a worker instead of inside whichever commit crosses the threshold.
    raw.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(path, createRequire(import.meta.url).resolve('better-sqlite3'));
  }
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('temp_store = MEMORY');
  const db = new Kysely<Tables>({ dialect: new ImmediateTransactionDialect({ database: withStatementCache(raw) }) });
  return {
    raw,
    db,
    async close() {
      await db.destroy();
      await checkpointer?.stop();
    },
  };
}
