// Migrations on either engine: Kysely's migrator (which records what ran and, on PostgreSQL, holds an advisory lock
// so several processes can start at once) plus the check that the database is not newer than this server.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { type SchemaStatus, SchemaTooNewError } from './storage.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const MIGRATION_TABLE = 'kysely_migration';

function migrator(db: AnyDb, migrations: Readonly<Record<string, Migration>>): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };
  return new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE });
}

/** Names of the migrations the database records, in the order they ran; empty for a new database. */
async function appliedNames(db: AnyDb): Promise<string[]> {
  try {
    const rows = await db.selectFrom(MIGRATION_TABLE).select('name').orderBy('timestamp').orderBy('name').execute();
    return rows.map((r: { name: string }) => r.name);
  } catch (error) {
    // A new database: SQLite says "no such table", PostgreSQL 42P01 "relation ... does not exist".
    if (/no such table|does not exist/i.test((error as Error).message)) return [];
    throw error;
  }
}

export async function schemaStatus(db: AnyDb, migrations: Readonly<Record<string, Migration>>): Promise<SchemaStatus> {
  const known = Object.keys(migrations).sort();
  const applied = await appliedNames(db);
  const appliedSet = new Set(applied);
  return {
    applied: known.filter((name) => appliedSet.has(name)),
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: applied.filter((name) => !(name in migrations)),
  };
}

/** The one-line refusal for a database migrated by a newer server. */
export function tooNewMessage(status: SchemaStatus): string {
  const latest = status.applied[status.applied.length - 1] ?? 'none';
  return (
    `the database schema is newer than this kim-server: it has migration ${status.unknown.join(', ')}, ` +
    `this version knows up to ${latest}; run the newer kim-server, or restore a backup taken before it migrated`
  );
}

/** Brings the schema up to date; throws with the failing migration's error, or SchemaTooNewError. */
export async function migrateToLatest(db: AnyDb, migrations: Readonly<Record<string, Migration>>): Promise<void> {
  const status = await schemaStatus(db, migrations);
  if (status.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(status));
  if (status.pending.length === 0) return;
  const { error } = await migrator(db, migrations).migrateToLatest();
  if (error) {
    // Another process may have migrated past us between the check and the lock.
    const after = await schemaStatus(db, migrations);
    if (after.unknown.length > 0) throw new SchemaTooNewError(tooNewMessage(after));
    throw error;
  }
}
