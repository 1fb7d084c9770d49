// Batched upserts, the same SQL on both engines (`INSERT ... ON CONFLICT (id) DO UPDATE SET c = excluded.c`).
import type { ExpressionBuilder } from 'kysely';

/**
 * Rows per multi-row INSERT: about 20 parameters a row stays far below SQLite's 32,766 and PostgreSQL's 65,535
 * bound parameters, and a few hundred rows a statement is where the round trips stop mattering.
 */
export const WRITE_BATCH = 250;

/** `SET c = excluded.c` for each column: the row being inserted replaces the stored one. */
export function excludedColumns<C extends string>(columns: readonly C[]) {
  // biome-ignore lint/suspicious/noExplicitAny: the builder's table type is whichever table the upsert targets
  return (eb: ExpressionBuilder<any, any>) =>
    Object.fromEntries(columns.map((column) => [column, eb.ref(`excluded.${column}`)])) as Record<C, never>;
}
