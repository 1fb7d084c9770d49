// SQLite 0007, as PostgreSQL's 0007: a citizen's files and place on an aspiration (issue 15).
// - aspiration_attachments: each file uploaded before the submission (aspiration_id NULL until a submission claims
//   it; unclaimed rows expire), its re-encoded bytes (private: only officials in scope read them) and `public`;
// - aspirations get the optional location: address or landmark text and a device position with its accuracy.
import { type Kysely, type Migration, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const attachments: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('aspirations').addColumn('location_text', 'text').execute();
    for (const column of ['latitude', 'longitude', 'location_accuracy']) {
      await db.schema.alterTable('aspirations').addColumn(column, 'real').execute();
    }
    await db.schema
      .createTable('aspiration_attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('aspiration_id', 'text', (c) => c.references('aspirations.id').onDelete('cascade'))
      .addColumn('position', 'integer')
      .addColumn('idempotency_key', 'text', (c) => c.unique())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer')
      .addColumn('height', 'integer')
      .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('bytes', 'blob', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('aspiration_attachments_aspiration')
      .on('aspiration_attachments')
      .columns(['aspiration_id', 'position'])
      .execute();
    await db.schema
      .createIndex('aspiration_attachments_expiry')
      .on('aspiration_attachments')
      .column('expires_at')
      .where(sql.ref('aspiration_id'), 'is', null)
      .execute();
  },
};
