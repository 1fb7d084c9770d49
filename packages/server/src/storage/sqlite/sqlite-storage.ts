// The Storage interface on SQLite: better-sqlite3 underneath, queries written with Kysely (submissions excepted: see
// SubmissionWriter in aspirations.ts).
import Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import {
  type AspirationFilter,
  type GroupFilter,
  type NewAspiration,
  type NewsFilter,
  type Storage,
  StorageConflictError,
  StorageUnavailableError,
} from '../storage.js';
import * as aspirations from './aspirations.js';
import { openDatabase } from './database.js';
import * as groups from './groups.js';
import { migrateToLatest } from './migrations.js';
import * as news from './news.js';
import * as regions from './regions.js';
import type { Tables } from './tables.js';

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

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

/** How stale the view of other processes' catalog writes may get, in milliseconds. */
const EXTERNAL_CHANGE_CHECK_MS = 100;

export interface SqliteStorageOptions {
  /** A file path, or `:memory:`. */
  path: string;
}

/** Creates a SQLite-backed storage. Call `migrate()` before use. */
export function createSqliteStorage(options: SqliteStorageOptions): Storage {
  const opened = openDatabase(options.path);
  const { raw, db }: { raw: Database.Database; db: Kysely<Tables> } = opened;
  // Asked before every cached response, so it skips Kysely's builder and queue: one synchronous pragma read.
  // SQLite bumps data_version when another connection commits; it is a connection property, not a query on data.
  const dataVersion = raw.prepare('PRAGMA data_version').pluck();
  const submissions = new aspirations.SubmissionWriter(db, raw);
  // Reading it takes the WAL read lock, a few system calls; writes by other processes (a seed or an import while
  // serving) are rare, so they are looked for at most every EXTERNAL_CHANGE_CHECK_MS. Writes through this
  // connection count in `localCatalogWrites` at once.
  let lastDataVersion = 0;
  let dataVersionCheckedAt = Number.NEGATIVE_INFINITY;
  // Writes through this connection do not move SQLite's data_version, so count them here.
  let localCatalogWrites = 0;
  const catalogWrite = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await guarded(work);
    } finally {
      localCatalogWrites++;
    }
  };

  return {
    migrate: () => guarded(() => migrateToLatest(db)),
    ping: () => guarded(async () => void (await sql`SELECT 1`.execute(db))),
    catalogVersion: () =>
      guarded(async () => {
        const now = performance.now();
        if (now - dataVersionCheckedAt >= EXTERNAL_CHANGE_CHECK_MS) {
          lastDataVersion = dataVersion.get() as number;
          dataVersionCheckedAt = now;
        }
        return `${lastDataVersion}.${localCatalogWrites}`;
      }),

    listRegions: (filter) => guarded(() => regions.listRegions(db, filter)),
    getRegion: (code) => guarded(() => regions.getRegion(db, code)),
    listCategories: () => guarded(() => regions.listCategories(db)),
    getCategory: (id) => guarded(() => regions.getCategory(db, id)),
    listGroups: (filter: GroupFilter) => guarded(() => groups.listGroups(db, filter)),
    getGroup: (idOrSlug) => guarded(() => groups.getGroup(db, idOrSlug)),
    listNews: (filter: NewsFilter) => guarded(() => news.listNews(db, filter)),
    getNews: (idOrSlug) => guarded(() => news.getNews(db, idOrSlug)),

    async createAspiration(input: NewAspiration, idempotency) {
      try {
        return await guarded(() => submissions.submit(input, idempotency));
      } catch (error) {
        // Another process sharing the file stored the same key between our read and our write.
        if (error instanceof StorageConflictError && idempotency) {
          const earlier = await guarded(() =>
            aspirations.replayAfterRace(db, idempotency.key, idempotency.requestHash),
          );
          if (earlier) return earlier;
        }
        throw error;
      }
    },
    getAspiration: (id) => guarded(() => aspirations.getAspiration(db, id)),
    getAspirationByTrackingCode: (code) => guarded(() => aspirations.getAspirationByTrackingCode(db, code)),
    listAspirations: (filter: AspirationFilter) => guarded(() => aspirations.listAspirations(db, filter)),
    changeAspirationStatus: (id, change) => guarded(() => aspirations.changeAspirationStatus(db, id, change)),

    putRegions: (rows) => catalogWrite(() => regions.putRegions(db, rows)),
    putCategories: (rows) => catalogWrite(() => regions.putCategories(db, rows)),
    putGroups: (rows) => catalogWrite(() => groups.putGroups(db, rows)),
    putNews: (rows) => catalogWrite(() => news.putNews(db, rows)),
    clearContent: () =>
      catalogWrite(async () => {
        await db.transaction().execute(async (trx) => {
          await trx.deleteFrom('idempotency_keys').execute();
          await trx.deleteFrom('aspiration_history').execute();
          await trx.deleteFrom('aspirations').execute();
          await trx.deleteFrom('news').execute();
          await trx.deleteFrom('group_focus').execute();
          await trx.deleteFrom('groups').execute();
        });
      }),

    close: () => opened.close(),
  };
}
