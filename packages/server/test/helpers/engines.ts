// Storages opened with their Kysely handle, for the conformance suite and the query-plan tests.
import type { Kysely } from 'kysely';
import { createStorage } from '../../src/storage/create-storage.js';
import type { StorageDialect } from '../../src/storage/dialect.js';
import { openPostgres } from '../../src/storage/postgres/database.js';
import { createPostgresDialect } from '../../src/storage/postgres/dialect.js';
import { openDatabase } from '../../src/storage/sqlite/database.js';
import { createSqliteDialect } from '../../src/storage/sqlite/dialect.js';
import type { Storage } from '../../src/storage/storage.js';
import type { Tables } from '../../src/storage/tables.js';
import { databaseName, testCluster } from './postgres-cluster.js';
import type { Engine } from './setup.js';

export interface OpenedEngine {
  engine: Engine;
  storage: Storage;
  db: Kysely<Tables>;
  dialect: StorageDialect;
  /** What another process would pass to open the same database: a file path or a URL. */
  location: string;
  /** Opens a second, independent storage on the same database (another process' view). */
  reopen(options?: { catalogCheckMs?: number }): Storage;
  close(): Promise<void>;
}

/** A new, migrated database on `engine`: a file in `dir` for SQLite, a database of the test cluster for PostgreSQL. */
export async function openEngine(
  engine: Engine,
  sqliteFile: string,
  options: { catalogCheckMs?: number } = {},
): Promise<OpenedEngine> {
  const closers: (() => Promise<void>)[] = [];
  let opened: OpenedEngine;
  if (engine === 'sqlite') {
    const open = () => {
      const database = openDatabase(sqliteFile);
      const dialect = createSqliteDialect(database);
      return { database, dialect };
    };
    const { database, dialect } = open();
    opened = {
      engine,
      db: database.db,
      dialect,
      storage: createStorage(database.db, dialect, options),
      location: sqliteFile,
      reopen: (o) => {
        const again = open();
        const storage = createStorage(again.database.db, again.dialect, o);
        closers.push(() => storage.close());
        return storage;
      },
      close: async () => {},
    };
  } else {
    const cluster = testCluster();
    const name = databaseName('c');
    const url = await cluster.createDatabase(name);
    const open = () => {
      const database = openPostgres({ url, poolSize: 8 });
      return { database, dialect: createPostgresDialect(database) };
    };
    const { database, dialect } = open();
    opened = {
      engine,
      db: database.db,
      dialect,
      storage: createStorage(database.db, dialect, options),
      location: url,
      reopen: (o) => {
        const again = open();
        const storage = createStorage(again.database.db, again.dialect, o);
        closers.push(() => storage.close());
        return storage;
      },
      close: () => cluster.dropDatabase(name),
    };
  }
  await opened.storage.migrate();
  const dropDatabase = opened.close;
  opened.close = async () => {
    for (const close of closers) await close().catch(() => {});
    await opened.storage.close().catch(() => {});
    await dropDatabase();
  };
  return opened;
}
