// SQLite 0011: the reporter's follow-up (issue 15 item 6). Each aspiration keeps the SHA-256 of its follow-up secret
// (never the secret) and the reporter's rating of the answer; follow-ups, questions, ratings and reopenings are
// history entries (their kinds are in the contract).
import { type Kysely, type Migration, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const followUp: Migration = {
  async up(db: AnyDb) {
    await sql`ALTER TABLE aspirations ADD COLUMN follow_up_secret_hash TEXT`.execute(db);
    await sql`ALTER TABLE aspirations ADD COLUMN rating INTEGER`.execute(db);
    await sql`ALTER TABLE aspirations ADD COLUMN rating_comment TEXT`.execute(db);
    await sql`ALTER TABLE aspirations ADD COLUMN rated_at TEXT`.execute(db);
  },
};
