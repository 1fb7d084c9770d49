// SQLite 0012, as PostgreSQL's 0012: aspirations recorded by a KIM operator for a resident (issue 15 item 8).
// aspiration_intakes: one row per such aspiration, written in the submission's transaction: the channel, the KIM
// that took it, how the resident consented, and the operator who typed it (the audit entry names them too).
import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const kimIntake: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('aspiration_intakes')
      .addColumn('aspiration_id', 'text', (c) => c.primaryKey().references('aspirations.id').onDelete('cascade'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('consent', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
      .execute();
    await db.schema.createIndex('aspiration_intakes_group').on('aspiration_intakes').column('group_id').execute();
  },
};
