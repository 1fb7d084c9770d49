// Chooses the engine: PostgreSQL for a postgres:// URL, else the SQLite file.
import { createPostgresStorage } from './postgres/postgres-storage.js';
import { createSqliteStorage } from './sqlite/sqlite-storage.js';
import type { Storage } from './storage.js';

export interface OpenStorageOptions {
  /** SQLite file, or `:memory:`; used when there is no `databaseUrl`. */
  db: string;
  /** `postgres://` or `postgresql://` URL: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL connections per process. */
  poolSize?: number;
}

/** True for the URLs `openStorage` hands to PostgreSQL. */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/** Opens (but does not migrate) the storage the options name. */
export function openStorage(options: OpenStorageOptions): Storage {
  if (options.databaseUrl) {
    if (!isPostgresUrl(options.databaseUrl)) throw new Error('The database URL must start with postgres://');
    return createPostgresStorage({ url: options.databaseUrl, poolSize: options.poolSize });
  }
  return createSqliteStorage({ path: options.db });
}

/** Where the storage is, for messages: the file, or the URL without its password. */
export function describeStorage(options: OpenStorageOptions): string {
  if (!options.databaseUrl) return options.db;
  try {
    const url = new URL(options.databaseUrl);
    if (url.password) url.password = '***';
    return `${url.toString()} (PostgreSQL)`;
  } catch {
    return 'PostgreSQL';
  }
}
