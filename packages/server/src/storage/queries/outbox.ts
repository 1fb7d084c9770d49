// The notification outbox: events written in the transaction of the change that causes them, fanned out into one
// message per recipient, claimed by a dispatcher, marked sent, retried or failed. See tables.ts (OutboxTable).

import type { Kysely, Transaction } from 'kysely';
import { randomCrockford } from '../../aspirations/tracking-code.js';
import { REPORTER_AUDIENCE } from '../../notifications/submission-confirmation.js';
import type { StorageDialect } from '../dialect.js';
import type { OutboxClaim, OutboxMessage, OutboxTopic } from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { subscribersOf } from './webhooks.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** Outbox ids: `out_` and 16 Crockford characters; the Message-ID of an email is derived from its row's id. */
export const newOutboxId = () => `out_${randomCrockford(16).toLowerCase()}`;

/** What an event row holds, before it is written. */
export interface OutboxEventInput {
  topic: OutboxTopic;
  aspirationId: string;
  regionCode: string;
  language: string;
  payload: Record<string, unknown>;
  at: string;
  /** A fixed id makes the event idempotent (an overdue notice per due date); a fresh one by default. */
  id?: string;
}

/** The row of an event, as both the shared queries and SQLite's submission statement write it. */
export function outboxEventRow(event: OutboxEventInput) {
  return {
    id: event.id ?? newOutboxId(),
    channel: 'event',
    topic: event.topic,
    parent_id: null,
    aspiration_id: event.aspirationId,
    region_code: event.regionCode,
    recipient: null,
    language: event.language,
    payload: JSON.stringify(event.payload),
    status: 'pending',
    due_at: event.at,
    created_at: event.at,
  };
}

/** Writes an event inside the caller's transaction; an event whose fixed id exists already is not written again. */
export async function enqueueEvent(trx: Db, event: OutboxEventInput): Promise<void> {
  await trx
    .insertInto('outbox')
    .values(outboxEventRow(event))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * The overdue notice of an aspiration whose due date (a `YYYY-MM-DD` in the region's calendar) has passed: an event
 * the officials of the region hear of, once per aspiration and due date (its id is derived from both, so a scan that
 * runs every hour writes it once; a new due date, after an extension, gets a notice of its own). For the deadline
 * scan of issue 15 item 4, which calls it inside its transaction once the due-date column exists.
 */
export async function enqueueOverdueNotice(
  trx: Db,
  aspiration: { id: string; trackingCode: string; regionCode: string; dueDate: string },
  at: string,
): Promise<void> {
  await enqueueEvent(trx, {
    id: `out_overdue_${aspiration.id}_${aspiration.dueDate}`,
    topic: 'aspiration.overdue',
    aspirationId: aspiration.id,
    regionCode: aspiration.regionCode,
    language: 'id',
    payload: { trackingCode: aspiration.trackingCode, dueDate: aspiration.dueDate },
    at,
  });
}

type OutboxRow = Awaited<ReturnType<ReturnType<typeof selectOutbox>['executeTakeFirstOrThrow']>>;

const selectOutbox = (db: Db) => db.selectFrom('outbox').selectAll();

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    channel: row.channel as OutboxMessage['channel'],
    topic: row.topic as OutboxTopic,
    parentId: row.parent_id,
    aspirationId: row.aspiration_id,
    regionCode: row.region_code,
    recipient: row.recipient,
    language: row.language === 'en' ? 'en' : 'id',
    payload: fromJson(row.payload),
    status: row.status as OutboxMessage['status'],
    attempts: Number(row.attempts),
    dueAt: row.due_at,
    claim: row.claim,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** The query of the claim's look-up, exported so tests can read its plan: due pending rows, soonest first. */
export function outboxDueQuery(db: Db, channels: readonly string[], now: string, limit: number) {
  return db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('due_at', '<=', now)
    .where('channel', 'in', channels.length > 0 ? [...channels] : ['-'])
    .orderBy('due_at')
    .orderBy('seq')
    .limit(limit);
}

/**
 * Claims due pending rows for one dispatcher: each gets the claim's token, one more attempt and a `due_at` at the end
 * of the lease, so no other dispatcher takes it while it is being sent, and a dispatcher that dies mid-send leaves it
 * to be claimed again once the lease ends. PostgreSQL skips rows another transaction is claiming (FOR UPDATE SKIP
 * LOCKED), so several processes share the work; SQLite's IMMEDIATE transaction serialises claims.
 */
export async function claimOutbox(trx: Db, dialect: StorageDialect, claim: OutboxClaim): Promise<OutboxMessage[]> {
  let due = outboxDueQuery(trx, claim.channels, claim.now, claim.limit);
  if (dialect.engine === 'postgres') due = due.forUpdate().skipLocked();
  const ids = (await due.execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('outbox')
    .set((eb) => ({ claim: claim.token, due_at: claim.leaseEnd, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
  return rows.map(toMessage).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** Marks a claimed row sent; false when the claim was lost (its lease ended and another dispatcher took it). */
export async function markOutboxSent(db: Db, id: string, token: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('id', '=', id)
    .where('claim', '=', token)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** After a failed attempt: due again at `retryAt`, or `failed` for good when `retryAt` is null. */
export async function markOutboxAttemptFailed(
  db: Db,
  id: string,
  token: string,
  error: string,
  retryAt: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: retryAt === null ? 'failed' : 'pending', due_at: retryAt ?? at, last_error: error.slice(0, 1000) })
    .where('id', '=', id)
    .where('claim', '=', token)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The region-code prefixes whose Dinas officials oversee `code`: `19`, `19.71`, `19.71.01`, `19.71.01.1004`. */
export function overseeingScopes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Active Dinas officials whose region holds `regionCode`, by email (one row per person). */
async function officialsOf(db: Db, regionCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select('users.email')
    .distinct()
    .where('users.status', '=', 'active')
    .where('memberships.role', '=', 'dinas')
    .where('memberships.scope', 'in', overseeingScopes(regionCode))
    .orderBy('users.email')
    .execute();
  return rows.map((r) => r.email);
}

/**
 * Turns a claimed event into its messages and marks it sent, in one transaction (so a crash leaves either the event
 * pending or its messages written, never both or neither): officials of the region for a new or overdue aspiration;
 * the reporter for a new aspiration (the confirmation) and for a status change, when they opted in and gave an email. The messages' payloads carry only what
 * their recipient may read: never the internal note, never the reporter's data to officials.
 */
export async function fanOutOutboxEvent(
  trx: Db,
  event: OutboxMessage,
  token: string,
  at: string,
): Promise<number | undefined> {
  const recipients: { to: string; language: string; payload: Record<string, unknown> }[] = [];
  const aspiration =
    event.aspirationId === null
      ? undefined
      : await trx
          .selectFrom('aspirations')
          .innerJoin('categories', 'categories.id', 'aspirations.category_id')
          .select([
            'aspirations.tracking_code',
            'aspirations.title',
            'aspirations.confidential',
            'aspirations.reporter_email',
            'aspirations.notify_reporter',
            'aspirations.language',
            'categories.name as category_name',
          ])
          .where('aspirations.id', '=', event.aspirationId)
          .executeTakeFirst();
  if (aspiration && event.topic === 'aspiration.status') {
    if (aspiration.notify_reporter && aspiration.reporter_email !== null) {
      recipients.push({ to: aspiration.reporter_email, language: aspiration.language, payload: event.payload });
    }
  } else if (aspiration && event.regionCode !== null) {
    // Officials read the aspiration in the console; the email names it without the reporter, and without its title
    // when it is confidential (not every official in scope may read those).
    const payload = {
      ...event.payload,
      trackingCode: aspiration.tracking_code,
      category: aspiration.category_name,
      title: aspiration.confidential ? null : aspiration.title,
    };
    for (const to of await officialsOf(trx, event.regionCode)) recipients.push({ to, language: 'id', payload });
  }
  // The reporter who opted in gets a confirmation of the submission (with the follow-up secret, derived when sent).
  if (aspiration && event.topic === 'aspiration.received' && aspiration.notify_reporter && aspiration.reporter_email) {
    const payload = { ...event.payload, audience: REPORTER_AUDIENCE };
    recipients.push({ to: aspiration.reporter_email, language: aspiration.language, payload });
  }
  const rows: { channel: string; to: string; language: string; payload: Record<string, unknown> }[] = recipients.map(
    (r) => ({ channel: 'email', ...r }),
  );
  // Integrations subscribed in the region get the event itself: the tracking code, status and public note, never
  // anyone's personal data.
  if (event.regionCode !== null) {
    const payload = { ...event.payload, regionCode: event.regionCode };
    for (const id of await subscribersOf(trx, overseeingScopes(event.regionCode), event.topic)) {
      rows.push({ channel: 'webhook', to: id, language: 'id', payload });
    }
  }
  const marked = await markOutboxSent(trx, event.id, token, at);
  if (!marked) return undefined;
  if (rows.length > 0) {
    await trx
      .insertInto('outbox')
      .values(
        rows.map((r) => ({
          id: newOutboxId(),
          channel: r.channel,
          topic: event.topic,
          parent_id: event.id,
          aspiration_id: event.aspirationId,
          region_code: event.regionCode,
          recipient: r.to,
          language: r.language === 'en' ? 'en' : 'id',
          payload: JSON.stringify(r.payload),
          status: 'pending',
          due_at: at,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['parent_id', 'recipient']).doNothing())
      .execute();
  }
  return rows.length;
}

/** Outbox rows, oldest first: those of one aspiration, or all. For tests and the operators' diagnosis. */
export async function listOutbox(db: Db, filter: { aspirationId?: string } = {}): Promise<OutboxMessage[]> {
  let query = selectOutbox(db);
  if (filter.aspirationId !== undefined) query = query.where('aspiration_id', '=', filter.aspirationId);
  return (await query.orderBy('seq').execute()).map(toMessage);
}
