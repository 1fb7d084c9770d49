// PostgreSQL column types of the schema, so the migrations read like SQLite's.
import { sql } from 'kysely';

/**
 * Text compared byte by byte, as SQLite does: lists sort the same on both engines whatever the cluster's locale,
 * and a btree on such a column serves `>`/`<` ranges and keyset cursors.
 */
export const text = sql`text collate "C"`;
export const timestamptz = sql`timestamptz`;
export const date = sql`date`;
export const jsonb = sql`jsonb`;
