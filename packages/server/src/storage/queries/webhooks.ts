// Signed-webhook subscriptions and their delivery log; deliveries themselves are outbox rows (channel `webhook`).
import type { Kysely, Transaction } from 'kysely';
import type {
  NewWebhookSubscription,
  OutboxTopic,
  WebhookAttemptRecord,
  WebhookSubscriptionRecord,
  WriteContext,
} from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { appendAudit } from './audit.js';

type Db = Kysely<Tables> | Transaction<Tables>;

const COLUMNS = [
  'id',
  'region_code',
  'url',
  'events',
  'description',
  'active',
  'created_at',
  'updated_at',
  'version',
] as const;

function toSubscription(row: {
  id: string;
  region_code: string;
  url: string;
  events: string[] | string;
  description: string;
  active: boolean | number;
  created_at: string;
  updated_at: string;
  version: number;
}): WebhookSubscriptionRecord {
  return {
    id: row.id,
    regionCode: row.region_code,
    url: row.url,
    events: fromJson(row.events) as OutboxTopic[],
    description: row.description,
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export async function createWebhookSubscription(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  subscription: NewWebhookSubscription,
  active: boolean | number,
): Promise<WebhookSubscriptionRecord> {
  const row = await trx
    .insertInto('webhook_subscriptions')
    .values({
      id: subscription.id,
      region_code: subscription.regionCode,
      url: subscription.url,
      events: JSON.stringify(subscription.events),
      secret: subscription.secret,
      description: subscription.description,
      active,
      created_at: ctx.at,
      updated_at: ctx.at,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx, {
    action: 'webhook.create',
    target: { type: 'webhook', id: subscription.id, label: subscription.url },
    changes: ['url', 'events', 'description', 'regionCode'],
    regionCode: subscription.regionCode,
  });
  return toSubscription(row);
}

export async function getWebhookSubscription(db: Db, id: string) {
  const row = await db.selectFrom('webhook_subscriptions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toSubscription(row);
}

export async function webhookSecret(db: Db, id: string) {
  const row = await db.selectFrom('webhook_subscriptions').select('secret').where('id', '=', id).executeTakeFirst();
  return row?.secret;
}

export async function listWebhookSubscriptions(db: Db, regions: readonly string[] | 'all') {
  if (regions !== 'all' && regions.length === 0) return [];
  let query = db.selectFrom('webhook_subscriptions').select(COLUMNS);
  if (regions !== 'all') query = query.where('region_code', 'in', [...regions]);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(toSubscription);
}

/** The active subscriptions to a topic whose region holds `scopes` (a region code and its parents). */
export async function subscribersOf(db: Db, scopes: readonly string[], topic: string): Promise<string[]> {
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'events', 'active'])
    .where('region_code', 'in', [...scopes])
    .orderBy('id')
    .execute();
  return rows.filter((r) => Boolean(r.active) && fromJson(r.events).includes(topic)).map((r) => r.id);
}

export async function deleteWebhookSubscription(trx: Kysely<Tables>, ctx: WriteContext, id: string) {
  const row = await trx
    .deleteFrom('webhook_subscriptions')
    .where('id', '=', id)
    .returning(['url', 'region_code'])
    .executeTakeFirst();
  if (!row) return false;
  // Deliveries not yet made have nobody to go to.
  await trx
    .updateTable('outbox')
    .set({ status: 'failed', last_error: 'Subscription deleted' })
    .where('channel', '=', 'webhook')
    .where('recipient', '=', id)
    .where('status', '=', 'pending')
    .execute();
  await appendAudit(trx, ctx, {
    action: 'webhook.delete',
    target: { type: 'webhook', id, label: row.url },
    changes: [],
    regionCode: row.region_code,
  });
  return true;
}

export async function recordWebhookAttempt(
  db: Db,
  a: Parameters<import('../storage.js').Storage['recordWebhookAttempt']>[0],
) {
  await db
    .insertInto('webhook_attempts')
    .values({
      subscription_id: a.subscriptionId,
      outbox_id: a.outboxId,
      topic: a.topic,
      attempt: a.attempt,
      at: a.at,
      status_code: a.statusCode,
      duration_ms: a.durationMs,
      error: a.error === null ? null : a.error.slice(0, 500),
    })
    .execute();
}

/** The query of a subscription's delivery log, newest first, exported so tests can read its plan. */
export const webhookAttemptsQuery = (db: Db, subscriptionId: string, limit: number) =>
  db
    .selectFrom('webhook_attempts')
    .innerJoin('outbox', 'outbox.id', 'webhook_attempts.outbox_id')
    .select([
      'webhook_attempts.outbox_id',
      'webhook_attempts.topic',
      'webhook_attempts.attempt',
      'webhook_attempts.at',
      'webhook_attempts.status_code',
      'webhook_attempts.duration_ms',
      'webhook_attempts.error',
      'outbox.status as delivery_status',
    ])
    .where('webhook_attempts.subscription_id', '=', subscriptionId)
    .orderBy('webhook_attempts.seq', 'desc')
    .limit(limit);

export async function listWebhookAttempts(db: Db, subscriptionId: string, limit: number) {
  const rows = await webhookAttemptsQuery(db, subscriptionId, limit).execute();
  return rows.map(
    (r): WebhookAttemptRecord => ({
      deliveryId: r.outbox_id,
      topic: r.topic as OutboxTopic,
      attempt: Number(r.attempt),
      at: r.at,
      statusCode: r.status_code === null ? null : Number(r.status_code),
      durationMs: Number(r.duration_ms),
      error: r.error,
      deliveryStatus: r.delivery_status as WebhookAttemptRecord['deliveryStatus'],
    }),
  );
}

export async function replayWebhookDelivery(
  trx: Kysely<Tables>,
  ctx: WriteContext,
  subscriptionId: string,
  deliveryId: string,
) {
  const row = await trx
    .updateTable('outbox')
    .set({ status: 'pending', due_at: ctx.at, attempts: 0, claim: null, last_error: null, sent_at: null })
    .where('id', '=', deliveryId)
    .where('channel', '=', 'webhook')
    .where('recipient', '=', subscriptionId)
    .returning(['region_code'])
    .executeTakeFirst();
  if (!row) return false;
  const subscription = await getWebhookSubscription(trx, subscriptionId);
  await appendAudit(trx, ctx, {
    action: 'webhook.replay',
    target: { type: 'webhook', id: subscriptionId, label: subscription?.url ?? null },
    changes: ['delivery'],
    regionCode: subscription?.regionCode ?? row.region_code,
  });
  return true;
}
