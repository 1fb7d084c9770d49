// `kim-server copy-to-postgres`: moves a SQLite database into an empty PostgreSQL database, every table of the
// schema, whatever tables the migrations hold (nothing here names one of them).
//
// The target is migrated first, then filled in ONE transaction: tables in foreign-key order, rows in batches,
// identity sequences moved past the copied numbers, the counts checked against the source before the commit. A copy
// that fails leaves the target as empty as it found it. PostgreSQL's search needs nothing more: its tsvector columns
// are generated from `search_text`, which the copy carries over.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest, tooNewMessage } from '../migrate.js';
import { createPostgresStorage } from '../postgres/postgres-storage.js';
import { SQLITE_MIGRATIONS } from '../sqlite/migrations/index.js';
import { SchemaTooNewError } from '../storage.js';
import { copyOrder } from './copy-order.js';
import { quoteIdent, type TargetTable, targetForeignKeys, targetTables } from './postgres-catalog.js';
import { openSqliteSource, type SqliteSource } from './sqlite-source.js';

/** SQLite's own columns, with no counterpart in PostgreSQL: the FTS5 key of news (`sqlite/sort-keys.ts`). */
const SQLITE_ONLY_COLUMNS = new Set(['sort_key']);

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

export interface CopyOptions {
  /** The SQLite file to read (opened read-only; a server may keep running on it). */
  sqlitePath: string;
  /** The PostgreSQL database to fill: empty, or holding only what `kim-server migrate` puts there. */
  databaseUrl: string;
  /** Rows per INSERT statement (fewer when a table has many columns). @default 1000 */
  batchSize?: number;
  /** Called after every batch. */
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopySummary {
  /** Tables in the order they were copied, with their row counts. */
  tables: { name: string; rows: number }[];
  rows: number;
  seconds: number;
}

/** The target holds data already; nothing was written. */
export class CopyRefusedError extends Error {
  override name = 'CopyRefusedError';
}

/**
 * Rows a freshly migrated database holds per table (one `catalog_version` row today), learnt by migrating an
 * in-memory SQLite database: both engines' migrations put the same rows in.
 */
async function rowsAfterMigrations(): Promise<Map<string, number>> {
  const raw = new Database(':memory:');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    await migrateToLatest(db, SQLITE_MIGRATIONS);
    const names = raw
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
      .pluck()
      .all() as string[];
    return new Map(
      names.map((name) => [
        name,
        raw
          .prepare(`SELECT count(*) FROM ${quoteIdent(name)}`)
          .pluck()
          .get() as number,
      ]),
    );
  } finally {
    await db.destroy();
  }
}

/** Which source columns go into which target columns; throws when the schemas differ. */
function columnPlan(source: SqliteSource, target: TargetTable[]): Map<string, string[]> {
  const sourceTables = new Map(source.tables.map((t) => [t.name, t.columns]));
  const problems: string[] = [];
  for (const name of sourceTables.keys()) {
    if (!target.some((t) => t.name === name)) problems.push(`table ${name} is missing in PostgreSQL`);
  }
  const plan = new Map<string, string[]>();
  for (const table of target) {
    const columns = sourceTables.get(table.name);
    if (!columns) {
      problems.push(`table ${table.name} is missing in SQLite`);
      continue;
    }
    const wanted = table.columns.map((c) => c.name);
    for (const c of wanted) if (!columns.includes(c)) problems.push(`column ${table.name}.${c} is missing in SQLite`);
    for (const c of columns) {
      if (!wanted.includes(c) && !SQLITE_ONLY_COLUMNS.has(c)) {
        problems.push(`column ${table.name}.${c} is missing in PostgreSQL`);
      }
    }
    plan.set(table.name, wanted);
  }
  if (problems.length > 0) {
    throw new Error(`the two databases do not have the same schema: ${problems.join('; ')}`);
  }
  return plan;
}

/** Copies every table of the SQLite file at `sqlitePath` into the PostgreSQL database at `databaseUrl`. */
export async function copyToPostgres(options: CopyOptions): Promise<CopySummary> {
  const started = performance.now();
  const source = await openSqliteSource(options.sqlitePath);
  try {
    // The target's schema: this server's migrations, applied now if they are not yet.
    const storage = createPostgresStorage({ url: options.databaseUrl, poolSize: 1 });
    try {
      const status = await storage.schemaStatus();
      if (status.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(status));
      await storage.migrate();
    } finally {
      await storage.close();
    }
    const baseline = await rowsAfterMigrations();

    const client = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: 'kim-server copy-to-postgres',
      options: '-c TimeZone=UTC',
    });
    await client.connect();
    try {
      await client.query('BEGIN');
      const tables = await targetTables(client);
      const plan = columnPlan(source, tables);

      // Nobody else writes while the copy runs, and the emptiness seen below stays true until the commit.
      await client.query(`LOCK TABLE ${tables.map((t) => quoteIdent(t.name)).join(', ')} IN EXCLUSIVE MODE`);
      const filled: string[] = [];
      for (const table of tables) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table.name)}`);
        const n = rows[0]!.n;
        if (n > (baseline.get(table.name) ?? 0)) filled.push(`${table.name} (${n} rows)`);
      }
      if (filled.length > 0) {
        throw new CopyRefusedError(
          `the PostgreSQL database is not empty: ${filled.join(', ')}. Copy into a new database ` +
            '(createdb, then kim-server copy-to-postgres); nothing was written.',
        );
      }

      const order = copyOrder(
        tables.map((t) => t.name),
        await targetForeignKeys(client),
      );
      // Keys no table order satisfies are dropped for the copy and added back (and so checked) before the commit.
      const restore: string[] = [];
      for (const key of order.deferred) {
        const { rows } = await client.query<{ definition: string }>(
          `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
           WHERE conname = $1 AND conrelid = $2::regclass`,
          [key.name, quoteIdent(key.table)],
        );
        await client.query(`ALTER TABLE ${quoteIdent(key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`);
        restore.push(
          `ALTER TABLE ${quoteIdent(key.table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${rows[0]!.definition}`,
        );
      }

      const copied: CopySummary['tables'] = [];
      for (const name of order.tables) {
        const table = tables.find((t) => t.name === name)!;
        const columns = plan.get(name)!;
        const total = source.count(name);
        // The rows the migrations put in (the source has its own).
        if ((baseline.get(name) ?? 0) > 0) await client.query(`DELETE FROM ${quoteIdent(name)}`);
        const overriding = table.columns.some((c) => c.identityAlways) ? ' OVERRIDING SYSTEM VALUE' : '';
        const head = `INSERT INTO ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')})${overriding} VALUES `;
        const size = Math.max(1, Math.min(options.batchSize ?? 1000, Math.floor(MAX_PARAMETERS / columns.length)));
        let done = 0;
        if (columns.length > 0) {
          for (const batch of source.batches(name, columns, size)) {
            const values: unknown[] = [];
            const tuples = batch.map((row) => {
              const marks = row.map((value) => {
                values.push(value);
                return `$${values.length}`;
              });
              return `(${marks.join(', ')})`;
            });
            await client.query(head + tuples.join(', '), values);
            done += batch.length;
            options.onProgress?.({ table: name, copied: done, total });
          }
        }
        if (done === 0) options.onProgress?.({ table: name, copied: 0, total });
        copied.push({ name, rows: done });
      }

      for (const statement of restore) await client.query(statement);
      // Identity columns number on from the largest copied value.
      for (const table of tables) {
        for (const column of table.columns) {
          if (!column.sequence) continue;
          await client.query(
            `SELECT setval($1, coalesce((SELECT max(${quoteIdent(column.name)}) FROM ${quoteIdent(table.name)}), 0) + 1, false)`,
            [column.sequence],
          );
        }
      }
      for (const { name, rows } of copied) {
        const { rows: counted } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${quoteIdent(name)}`,
        );
        if (counted[0]!.n !== rows) {
          throw new Error(`table ${name}: ${rows} rows copied but ${counted[0]!.n} found; nothing was written`);
        }
      }
      await client.query('COMMIT');
      // Statistics for the planner, which has none for tables filled in one transaction.
      await client.query('ANALYZE');
      const rows = copied.reduce((sum, t) => sum + t.rows, 0);
      return { tables: copied, rows, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      await client.end();
    }
  } finally {
    source.close();
  }
}
