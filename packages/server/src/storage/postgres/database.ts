// Opens a pool of PostgreSQL connections (node-postgres) and wraps it in Kysely.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Tables } from '../tables.js';

export interface PostgresDatabaseOptions {
  /** `postgres://user@host:5432/db`, or a unix socket: `postgresql://user@localhost/db?host=/var/run/postgresql`. */
  url: string;
  /**
   * Connections per process. Every server process holds its own pool, so keep processes × pool under the server's
   * `max_connections` (100 by default).
   * @default 10
   */
  poolSize?: number;
}

export interface OpenedPostgres {
  pool: pg.Pool;
  db: Kysely<Tables>;
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** `2026-11-27 02:30:00.123+00` (the session is in UTC) as `2026-11-27T02:30:00.123Z`, what SQLite stores. */
const parseTimestamp = (text: string) => {
  const date = pg.types.getTypeParser(OID.timestamptz)(text) as Date;
  return date.toISOString();
};

/**
 * Values come back in the shapes the shared queries expect from either engine: timestamps as ISO strings, dates as
 * `YYYY-MM-DD`, bigints as numbers (sequence numbers and millisecond times stay far below 2^53).
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === OID.timestamptz || oid === OID.timestamp) return parseTimestamp;
    if (oid === OID.date) return (text: string) => text;
    if (oid === OID.int8) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Opens the pool lazily: nothing connects until the first query. */
export function openPostgres(options: PostgresDatabaseOptions): OpenedPostgres {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    application_name: 'kim-server',
    // UTC, so timestamps print as +00; a statement that runs this long is a bug or an overloaded server.
    options: '-c TimeZone=UTC -c statement_timeout=30000',
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // Idle connections alone do not keep a command like `kim-server seed` from exiting.
    allowExitOnIdle: true,
  });
  // A connection that breaks (server restart, terminated backend) fails its query and is dropped by the pool; the
  // error it also emits must not crash the process, idle or checked out.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    pool,
    db,
    close: () => db.destroy(),
  };
}
