// PostgreSQL 0003, as SQLite's 0003: accounts (users, memberships), sessions, personal API tokens, invitations, the
// append-only audit log, and aspirations for officials (version, internal notes and actors, inbox indexes, search).
import { type Kysely, type Migration, sql } from 'kysely';
import { createAspirationInboxIndexes } from '../../aspiration-inbox-indexes.js';
import { backfillAspirationSearchText } from '../../backfill-search-text.js';
import { jsonb, text, timestamptz } from './column-types.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const LEVELS = [
  ['province_code', 2],
  ['regency_code', 5],
  ['district_code', 8],
] as const;

export const accounts: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('users')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('email', text, (c) => c.notNull())
      .addColumn('email_key', text, (c) => c.notNull().unique())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('password_hash', text)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('updated_at', timestamptz, (c) => c.notNull())
      .addColumn('last_sign_in_at', timestamptz)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('search_text', text, (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('users_name').on('users').columns(['name', 'id']).execute();
    await db.schema.createIndex('users_status').on('users').columns(['status', 'name', 'id']).execute();

    await db.schema
      .createTable('memberships')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', text, (c) => c.notNull())
      .addColumn('scope', text, (c) => c.notNull())
      .addColumn('group_id', text, (c) => c.references('groups.id').onDelete('cascade'))
      .execute();
    await db.schema
      .createIndex('memberships_user')
      .unique()
      .on('memberships')
      .columns(['user_id', 'role', 'scope'])
      .execute();
    await db.schema.createIndex('memberships_scope').on('memberships').columns(['role', 'scope', 'user_id']).execute();
    await db.schema.createIndex('memberships_group').on('memberships').column('group_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('token_hash', text, (c) => c.notNull().unique())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('last_used_at', timestamptz, (c) => c.notNull())
      .addColumn('idle_expires_at', timestamptz, (c) => c.notNull())
      .addColumn('expires_at', timestamptz, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_idle_expires').on('sessions').column('idle_expires_at').execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('token_hash', text, (c) => c.notNull().unique())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('prefix', text, (c) => c.notNull())
      .addColumn('role', text, (c) => c.notNull())
      .addColumn('scope', text, (c) => c.notNull())
      .addColumn('group_id', text, (c) => c.references('groups.id').onDelete('cascade'))
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('expires_at', timestamptz, (c) => c.notNull())
      .addColumn('last_used_at', timestamptz)
      .addColumn('revoked_at', timestamptz)
      .execute();
    await db.schema
      .createIndex('api_tokens_user')
      .on('api_tokens')
      .columns(['user_id', 'created_at desc', 'id desc'])
      .execute();
    await db.schema
      .createIndex('api_tokens_created')
      .on('api_tokens')
      .columns(['created_at desc', 'id desc'])
      .execute();
    await db.schema.createIndex('api_tokens_group').on('api_tokens').column('group_id').execute();

    await db.schema
      .createTable('invitations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('token_hash', text, (c) => c.notNull().unique())
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('created_at', timestamptz, (c) => c.notNull())
      .addColumn('expires_at', timestamptz, (c) => c.notNull())
      .addColumn('used_at', timestamptz)
      .execute();
    await db.schema.createIndex('invitations_user').on('invitations').column('user_id').execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
      .addColumn('at', timestamptz, (c) => c.notNull())
      .addColumn('actor_type', text, (c) => c.notNull())
      .addColumn('actor_id', text)
      .addColumn('actor_name', text)
      .addColumn('actor_token_id', text)
      .addColumn('action', text, (c) => c.notNull())
      .addColumn('target_type', text, (c) => c.notNull())
      .addColumn('target_id', text, (c) => c.notNull())
      .addColumn('target_label', text)
      .addColumn('changes', jsonb, (c) => c.notNull())
      .addColumn('region_code', text)
      .addColumn('province_code', text, (c) => c.generatedAlwaysAs(sql`substr(region_code, 1, 2)`).stored())
      .addColumn('regency_code', text, (c) => c.generatedAlwaysAs(sql`substr(region_code, 1, 5)`).stored())
      .addColumn('request_id', text)
      .addColumn('client_address', text)
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at desc', 'seq desc']).execute();
    for (const [name, columns] of [
      ['audit_log_actor', ['actor_id']],
      ['audit_log_target', ['target_type', 'target_id']],
      ['audit_log_action', ['action']],
      ['audit_log_province', ['province_code']],
      ['audit_log_regency', ['regency_code']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('audit_log')
        .columns([...columns, 'at desc', 'seq desc'])
        .execute();
    }
    // Append-only for every role, TRUNCATE included. SQLSTATE 23000 (integrity constraint violation), which the
    // storage reports as a conflict like SQLite's RAISE(ABORT).
    await sql
      .raw(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '23000'; END $$`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`)
      .execute(db);

    await db.schema
      .alterTable('aspirations')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('aspirations')
      .addColumn('search_text', text, (c) => c.notNull().defaultTo(''))
      .execute();
    for (const [column, length] of LEVELS) {
      await db.schema
        .alterTable('aspirations')
        .addColumn(column, text, (c) => c.generatedAlwaysAs(sql.raw(`substr(region_code, 1, ${length})`)).stored())
        .execute();
    }
    await db.schema.alterTable('aspiration_history').addColumn('internal_note', text).execute();
    await db.schema
      .alterTable('aspiration_history')
      .addColumn('actor_id', text, (c) => c.references('users.id'))
      .execute();
    await createAspirationInboxIndexes(db);
    await backfillAspirationSearchText(db);
  },
};
