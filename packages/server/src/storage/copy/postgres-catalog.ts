// What the copy needs to know of the PostgreSQL schema, read from its catalog: tables, the columns a copy writes,
// foreign keys and the sequences behind identity columns.
import type pg from 'pg';
import type { ForeignKey } from './copy-order.js';

export interface TargetColumn {
  name: string;
  /** The type as SQL spells it (`text`, `timestamp with time zone`, `jsonb`), for casts. */
  type: string;
  /** `GENERATED ALWAYS AS IDENTITY`: an insert that gives the value must say `OVERRIDING SYSTEM VALUE`. */
  identityAlways: boolean;
  /** The sequence that numbers the column (identity or serial), to advance past the copied values. */
  sequence: string | null;
}

export interface TargetTable {
  name: string;
  /** Columns a copy writes: every column but generated ones (PostgreSQL computes those itself). */
  columns: TargetColumn[];
}

/** Tables of the connection's current schema, without Kysely's bookkeeping of migrations. */
export async function targetTables(client: pg.ClientBase): Promise<TargetTable[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'kysely\\_%'
     ORDER BY c.relname`,
  );
  const columns = await client.query<{
    table: string;
    name: string;
    type: string;
    generated: boolean;
    identity: string;
    sequence: string | null;
  }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       a.attgenerated <> '' AS generated, a.attidentity AS identity,
       pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
  );
  return tables.rows.map(({ name }) => ({
    name,
    columns: columns.rows
      .filter((c) => c.table === name && !c.generated)
      .map((c) => ({ name: c.name, type: c.type, identityAlways: c.identity === 'a', sequence: c.sequence })),
  }));
}

/** Foreign keys between tables of the current schema. */
export async function targetForeignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT con.conname AS name, t.relname AS table, r.relname AS references
     FROM pg_constraint con
     JOIN pg_class t ON t.oid = con.conrelid
     JOIN pg_class r ON r.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE con.contype = 'f' AND n.nspname = current_schema()
     ORDER BY con.conname`,
  );
  return rows;
}

/** `"name"`: an identifier quoted for SQL text. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
