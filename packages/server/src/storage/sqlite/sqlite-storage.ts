// The Storage interface on SQLite: better-sqlite3 underneath, the shared queries on top (see ../README.md).
import { createStorage, type SharedStorageOptions } from '../create-storage.js';
import type { Storage } from '../storage.js';
import { openDatabase } from './database.js';
import { createSqliteDialect } from './dialect.js';

export interface SqliteStorageOptions extends SharedStorageOptions {
  /** A file path, or `:memory:`. */
  path: string;
}

/** Creates a SQLite-backed storage. Call `migrate()` before use. */
export function createSqliteStorage(options: SqliteStorageOptions): Storage {
  const opened = openDatabase(options.path);
  return createStorage(opened.db, createSqliteDialect(opened), options);
}
