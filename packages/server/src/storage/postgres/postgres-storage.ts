// The Storage interface on PostgreSQL: a node-postgres pool underneath, the shared queries on top (see ../README.md).
import { createStorage, type SharedStorageOptions } from '../create-storage.js';
import type { Storage } from '../storage.js';
import { openPostgres, type PostgresDatabaseOptions } from './database.js';
import { createPostgresDialect } from './dialect.js';

export interface PostgresStorageOptions extends PostgresDatabaseOptions, SharedStorageOptions {}

/** Creates a PostgreSQL-backed storage. Call `migrate()` before use. */
export function createPostgresStorage(options: PostgresStorageOptions): Storage {
  const opened = openPostgres(options);
  return createStorage(opened.db, createPostgresDialect(opened), options);
}
