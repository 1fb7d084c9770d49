// PostgreSQL 0011, as SQLite's 0011: the reporter's follow-up (issue 15 item 6). Each aspiration keeps the SHA-256
// of its follow-up secret (never the secret), and the reporter's rating of the answer
// (follow-ups, questions, ratings and reopenings are history entries).
import type { Kysely, Migration } from 'kysely';
import { text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const followUp: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('aspirations').addColumn('follow_up_secret_hash', text).execute();
    await db.schema.alterTable('aspirations').addColumn('rating', 'integer').execute();
    await db.schema.alterTable('aspirations').addColumn('rating_comment', text).execute();
    await db.schema.alterTable('aspirations').addColumn('rated_at', timestamptz).execute();
  },
};
