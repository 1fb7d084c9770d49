// PostgreSQL 0008: perangkat daerah (agencies) per regency or city, forwarding to one, the agency's answers in the
// history, and each aspiration's due date in working days (stored, so the overdue queue is an index range).
import { type Kysely, type Migration, sql } from 'kysely';
import { text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const agenciesDeadlines: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('agencies')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('region_code', text, (c) => c.notNull())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('short_name', text, (c) => c.notNull())
      .addColumn('email', text)
      .addColumn('phone', text)
      .addColumn('archived_at', timestamptz)
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agencies_region_name').on('agencies').columns(['region_code', 'name', 'id']).execute();
    await sql`CREATE UNIQUE INDEX agencies_region_short_name ON agencies (region_code, short_name)`.execute(db);
    await db.schema
      .alterTable('aspirations')
      .addColumn('agency_id', text, (c) => c.references('agencies.id'))
      .addColumn('due_stage', text)
      .addColumn('due_at', timestamptz)
      .execute();
    await db.schema
      .createIndex('aspirations_agency')
      .on('aspirations')
      .columns(['agency_id', 'submitted_at desc', 'id desc'])
      .execute();
    await db.schema.createIndex('aspirations_due').on('aspirations').columns(['due_at', 'id']).execute();
    await db.schema
      .alterTable('aspiration_history')
      .addColumn('kind', text, (c) => c.notNull().defaultTo('status'))
      .addColumn('agency_id', text, (c) => c.references('agencies.id'))
      .execute();
    await db.schema.createIndex('aspiration_history_agency').on('aspiration_history').column('agency_id').execute();
  },
};
