// Migration 0010 on both engines: information requests under UU 14/2008 (issue 15 item 5).
// - information_requests: one row per aspiration of kind information_request: its register number (unique), what
//   was asked and how it is to be delivered, the one extension, and the decision (answer, or refusal and its ground);
// - information_request_counters: the last register sequence per regency or city and year, taken with an UPSERT
//   that holds the row's lock (PostgreSQL) or the write lock (SQLite) until the submission commits;
// - information_objections: the requester's objection (keberatan) and the answer of the superior of the PPID.
import type { Expression, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: a column type as Kysely's schema builder takes it
type ColumnType = 'text' | 'integer' | Expression<any>;

export async function createInformationRequestTables(
  db: AnyDb,
  types: { text: ColumnType; timestamp: ColumnType },
): Promise<void> {
  const { text, timestamp } = types;
  await db.schema
    .createTable('information_requests')
    .addColumn('aspiration_id', text, (c) => c.primaryKey().references('aspirations.id').onDelete('cascade'))
    .addColumn('register_number', text, (c) => c.notNull().unique())
    .addColumn('purpose', text, (c) => c.notNull())
    .addColumn('information_requested', text, (c) => c.notNull())
    .addColumn('format', text, (c) => c.notNull())
    .addColumn('delivery', text, (c) => c.notNull())
    .addColumn('extended_at', timestamp)
    .addColumn('extension_days', 'integer')
    .addColumn('extension_reason', text)
    .addColumn('due_before_extension', timestamp)
    .addColumn('decided_at', timestamp)
    .addColumn('outcome', text)
    .addColumn('decision_text', text)
    .addColumn('refusal_ground', text)
    .execute();
  await db.schema
    .createTable('information_request_counters')
    .addColumn('region', text, (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('information_request_counters_pk', ['region', 'year'])
    .execute();
  await db.schema
    .createTable('information_objections')
    .addColumn('aspiration_id', text, (c) => c.primaryKey().references('information_requests.aspiration_id'))
    .addColumn('reason', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('submitted_at', timestamp, (c) => c.notNull())
    .addColumn('due_at', timestamp, (c) => c.notNull())
    .addColumn('answer', text)
    .addColumn('answered_at', timestamp)
    .addColumn('answered_by', text, (c) => c.references('users.id'))
    .execute();
}

export interface InformationRequestTable {
  aspiration_id: string;
  register_number: string;
  purpose: string;
  information_requested: string;
  format: string;
  delivery: string;
  extended_at: string | null;
  extension_days: number | null;
  extension_reason: string | null;
  due_before_extension: string | null;
  decided_at: string | null;
  /** `resolved` (answered) or `rejected` (refused in writing). */
  outcome: string | null;
  /** The answer, or the explanation of the refusal. */
  decision_text: string | null;
  refusal_ground: string | null;
}

export interface InformationRequestCounterTable {
  /** The regency or city part of the register number (`1971`). */
  region: string;
  year: number;
  last: number;
}

export interface InformationObjectionTable {
  aspiration_id: string;
  reason: string;
  text: string;
  submitted_at: string;
  due_at: string;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
}
