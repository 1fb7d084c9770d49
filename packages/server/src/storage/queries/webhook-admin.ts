// Managing webhook subscriptions over HTTP: pages of subscriptions by region, versioned changes, secret rotation and
// pages of a delivery log. The subscriptions' table and the dispatcher's side are in webhooks.ts.
import type { Kysely, Transaction } from 'kysely';
import type {
  AuditEvent,
  OutboxTopic,
  VersionedWrite,
  WebhookAttemptRecord,
  WebhookSubscriptionPatch,
  WebhookSubscriptionRecord,
} from '../storage.js';
import type { Tables } from '../tables.js';
import { appendAudit } from './audit.js';
import { changedFields, versionedWrite } from './versioned-write.js';
import { getWebhookSubscription } from './webhooks.js';

type Db = Kysely<Tables> | Transaction<Tables>;

/** A page of subscriptions whose region lies inside one of `regions` (code prefixes) or anywhere, oldest first. */
export async function listWebhookSubscriptionPage(
  db: Db,
  filter: { regions: readonly string[] | 'all'; limit: number; afterSeq?: number },
): Promise<{ seq: number; record: WebhookSubscriptionRecord }[]> {
  const { regions } = filter;
  if (regions !== 'all' && regions.length === 0) return [];
  let query = db.selectFrom('webhook_subscriptions').select(['id', 'seq']);
  if (regions !== 'all') {
    query = query.where((eb) =>
      eb.or(regions.flatMap((p) => [eb('region_code', '=', p), eb('region_code', 'like', `${p}.%`)])),
    );
  }
  if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
  const rows = await query.orderBy('seq').limit(filter.limit).execute();
  const page: { seq: number; record: WebhookSubscriptionRecord }[] = [];
  for (const row of rows) {
    const record = await getWebhookSubscription(db, row.id);
    if (record) page.push({ seq: Number(row.seq), record });
  }
  return page;
}

/** Changes a subscription still at `version` (audited as `webhook.update` with the names of the changed fields). */
export async function updateWebhookSubscription(
  trx: Kysely<Tables>,
  ctx: Parameters<typeof appendAudit>[1],
  id: string,
  version: number,
  patch: WebhookSubscriptionPatch,
  bool: (value: boolean) => boolean | number,
): Promise<VersionedWrite<WebhookSubscriptionRecord>> {
  const { result, audit } = await versionedWrite(version, {
    read: () => getWebhookSubscription(trx, id),
    write: async (current): Promise<AuditEvent | null> => {
      const changes = changedFields(current, patch);
      const set: Record<string, unknown> = { updated_at: ctx.at, version: current.version + 1 };
      if (patch.url !== undefined) set.url = patch.url;
      if (patch.events !== undefined) set.events = JSON.stringify(patch.events);
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.active !== undefined) set.active = bool(patch.active);
      const updated = await trx
        .updateTable('webhook_subscriptions')
        .set(set)
        .where('id', '=', id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return null;
      return {
        action: 'webhook.update',
        target: { type: 'webhook', id, label: patch.url ?? current.url },
        changes,
        regionCode: current.regionCode,
      };
    },
  });
  if (audit) await appendAudit(trx, ctx, audit);
  return result;
}

/** Replaces the signing secret of a subscription still at `version` (audited as `webhook.rotate_secret`). */
export async function rotateWebhookSecret(
  trx: Kysely<Tables>,
  ctx: Parameters<typeof appendAudit>[1],
  id: string,
  version: number,
  secret: string,
): Promise<VersionedWrite<WebhookSubscriptionRecord>> {
  const { result, audit } = await versionedWrite(version, {
    read: () => getWebhookSubscription(trx, id),
    write: async (current): Promise<AuditEvent | null> => {
      const updated = await trx
        .updateTable('webhook_subscriptions')
        .set({ secret, updated_at: ctx.at, version: current.version + 1 })
        .where('id', '=', id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return null;
      return {
        action: 'webhook.rotate_secret',
        target: { type: 'webhook', id, label: current.url },
        changes: ['secret'],
        regionCode: current.regionCode,
      };
    },
  });
  if (audit) await appendAudit(trx, ctx, audit);
  return result;
}

/** A page of a subscription's delivery log, newest attempt first, before the attempt numbered `beforeSeq`. */
export async function listWebhookAttemptPage(
  db: Db,
  subscriptionId: string,
  limit: number,
  beforeSeq?: number,
): Promise<{ seq: number; record: WebhookAttemptRecord }[]> {
  let query = db
    .selectFrom('webhook_attempts')
    .innerJoin('outbox', 'outbox.id', 'webhook_attempts.outbox_id')
    .select([
      'webhook_attempts.seq',
      'webhook_attempts.outbox_id',
      'webhook_attempts.topic',
      'webhook_attempts.attempt',
      'webhook_attempts.at',
      'webhook_attempts.status_code',
      'webhook_attempts.duration_ms',
      'webhook_attempts.error',
      'outbox.status as delivery_status',
    ])
    .where('webhook_attempts.subscription_id', '=', subscriptionId);
  if (beforeSeq !== undefined) query = query.where('webhook_attempts.seq', '<', beforeSeq);
  const rows = await query.orderBy('webhook_attempts.seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    record: {
      deliveryId: r.outbox_id,
      topic: r.topic as OutboxTopic,
      attempt: Number(r.attempt),
      at: r.at,
      statusCode: r.status_code === null ? null : Number(r.status_code),
      durationMs: Number(r.duration_ms),
      error: r.error,
      deliveryStatus: r.delivery_status as WebhookAttemptRecord['deliveryStatus'],
    },
  }));
}
