// The SQLite file a copy reads: opened read-only, checked to be a kim-server database at this server's schema, and
// read in one transaction so the copy is a consistent snapshot even if a server still writes to it.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { schemaStatus, tooNewMessage } from '../migrate.js';
import { SQLITE_MIGRATIONS } from '../sqlite/migrations/index.js';
import { SchemaOutdatedError, SchemaTooNewError } from '../storage.js';

export interface SourceTable {
  name: string;
  /** Stored columns (generated ones left out). */
  columns: string[];
}

export interface SqliteSource {
  /** Ordinary tables: no FTS5 tables or their shadow tables, no SQLite or Kysely bookkeeping. */
  tables: SourceTable[];
  count(table: string): number;
  /** The rows of `table` as arrays of `columns`, `size` at a time. */
  batches(table: string, columns: readonly string[], size: number): Generator<unknown[][]>;
  close(): void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Opens `path` read-only; throws when it is missing, not a kim-server database, or at another schema version. */
export async function openSqliteSource(path: string): Promise<SqliteSource> {
  if (!existsSync(path)) throw new Error(`there is no SQLite file ${path}`);
  const raw = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const status = await schemaStatus(db, SQLITE_MIGRATIONS);
    if (status.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(status));
    if (status.applied.length === 0) throw new Error(`${path} is not a kim-server database (it has no migrations)`);
    if (status.pending.length > 0) {
      throw new SchemaOutdatedError(
        `${path} lacks migrations ${status.pending.join(', ')}: bring it up to date first with ` +
          `kim-server migrate --db ${path}`,
      );
    }
    // One read transaction for the whole copy: every table as of the same moment.
    raw.exec('BEGIN');
    const listed = raw.prepare('SELECT name, type FROM pragma_table_list WHERE schema = ?').all('main') as {
      name: string;
      type: string;
    }[];
    const tables = listed
      .filter((t) => t.type === 'table' && !/^(sqlite_|kysely_)/.test(t.name))
      .map((t) => t.name)
      .sort()
      .map((name) => {
        const columns = raw.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all(name) as {
          name: string;
          hidden: number;
        }[];
        // hidden: 0 a stored column, 2 and 3 generated ones.
        return { name, columns: columns.filter((c) => c.hidden === 0).map((c) => c.name) };
      });
    return {
      tables,
      count: (table) =>
        raw
          .prepare(`SELECT count(*) FROM ${quote(table)}`)
          .pluck()
          .get() as number,
      *batches(table, columns, size) {
        const statement = raw.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`).raw(true);
        let batch: unknown[][] = [];
        for (const row of statement.iterate() as IterableIterator<unknown[]>) {
          batch.push(row);
          if (batch.length === size) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      },
      close() {
        if (raw.inTransaction) raw.exec('COMMIT');
        raw.close();
      },
    };
  } catch (error) {
    raw.close();
    throw error;
  }
}
