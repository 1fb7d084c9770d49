// PostgreSQL 0009, as SQLite's 0009: the notification outbox, and on aspirations the reporter's opt-in to status
// emails and the submission's language. Independent of 0005 (agencies and deadlines).
import type { Kysely, Migration } from 'kysely';
import { jsonb, text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

export const notifications: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('aspirations')
      .addColumn('notify_reporter', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('language', text, (c) => c.notNull().defaultTo('id'))
      .execute();
    await db.schema
      .createTable('outbox')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('channel', text, (c) => c.notNull())
      .addColumn('topic', text, (c) => c.notNull())
      .addColumn('parent_id', text)
      .addColumn('aspiration_id', text)
      .addColumn('region_code', text)
      .addColumn('recipient', text)
      .addColumn('language', text, (c) => c.notNull())
      .addColumn('payload', jsonb, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('due_at', timestamptz, (c) => c.notNull())
      .addColumn('claim', text)
      .addColumn('last_error', text)
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('sent_at', timestamptz)
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'due_at', 'seq']).execute();
    await db.schema.createIndex('outbox_fan_out').unique().on('outbox').columns(['parent_id', 'recipient']).execute();
    await db.schema.createIndex('outbox_aspiration').on('outbox').columns(['aspiration_id', 'seq']).execute();

    // Signed webhooks: subscriptions per region, and the log of every delivery attempt (deliveries are outbox rows).
    await db.schema
      .createTable('webhook_subscriptions')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('region_code', text, (c) => c.notNull())
      .addColumn('url', text, (c) => c.notNull())
      .addColumn('events', jsonb, (c) => c.notNull())
      .addColumn('secret', text, (c) => c.notNull())
      .addColumn('description', text, (c) => c.notNull())
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('webhook_subscriptions_region')
      .on('webhook_subscriptions')
      .columns(['region_code', 'created_at', 'id'])
      .execute();
    await db.schema
      .createTable('webhook_attempts')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('subscription_id', text, (c) => c.notNull().references('webhook_subscriptions.id').onDelete('cascade'))
      .addColumn('outbox_id', text, (c) => c.notNull())
      .addColumn('topic', text, (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('at', timestamptz, (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('error', text)
      .execute();
    await db.schema
      .createIndex('webhook_attempts_subscription')
      .on('webhook_attempts')
      .columns(['subscription_id', 'seq'])
      .execute();
  },
};
