import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import {
  WebhookDeliveryAttempt,
  WebhookSubscription,
  type WebhookSubscriptionInput,
  type WebhookSubscriptionUpdate,
  WebhookSubscriptionWithSecret,
} from '../schemas/webhook.js';
import { NoContent, pagedList, recordWrite } from './admin-calls.js';

/** Paging of `admin.webhooks.list` and `admin.webhooks.deliveries`. */
export interface AdminWebhookListParams {
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  /** Start at this page (a `nextCursor` from an earlier page). */
  cursor?: string | undefined;
}

/**
 * Signed webhooks for integrations (a bridge to SP4N-LAPOR!, a messaging gateway): admins manage any subscription,
 * Dinas officials those of their region. How a receiver verifies `Kim-Signature` is in the server's
 * docs/webhooks.md.
 */
export interface AdminWebhooksResource {
  /**
   * Lists the subscriptions the person manages, oldest first (never their secrets).
   * @example for await (const hook of kim.admin.webhooks.list()) console.log(hook.url, hook.active);
   */
  list(params?: AdminWebhookListParams, options?: RequestOptions): ListPromise<WebhookSubscription>;
  /** Gets one subscription, with its `version`. */
  get(id: string, options?: RequestOptions): Promise<WebhookSubscription>;
  /**
   * Subscribes a URL to the events of a region. The answer's `secret` is shown this once: store it in the receiver.
   * A URL that is not `https://` (or `http://localhost`) rejects with `KimValidationError`.
   * @example
   * const hook = await kim.admin.webhooks.create({
   *   url: 'https://lapor.example.go.id/kim-hook',
   *   events: ['aspiration.received', 'aspiration.status'],
   *   regionCode: '19.71',
   * });
   * saveSecret(hook.secret);
   */
  create(input: WebhookSubscriptionInput, options?: RequestOptions): Promise<WebhookSubscriptionWithSecret>;
  /**
   * Changes the URL, events or description, or pauses it with `active: false`. Rejects with
   * `KimPreconditionFailedError` (with `current`) when it changed since `version`.
   * @example hook = await kim.admin.webhooks.update(hook.id, { active: false }, { version: hook.version });
   */
  update(id: string, patch: WebhookSubscriptionUpdate, options: WriteOptions): Promise<WebhookSubscription>;
  /** Deletes a subscription and its delivery log. */
  remove(id: string, options?: RequestOptions): Promise<void>;
  /**
   * Replaces the signing secret at once; the new one is in the answer, shown this once.
   * @example const { secret, version } = await kim.admin.webhooks.rotateSecret(hook.id, { version: hook.version });
   */
  rotateSecret(id: string, options: WriteOptions): Promise<WebhookSubscriptionWithSecret>;
  /**
   * The delivery log: every attempt, newest first, with the receiver's status code.
   * @example const { data } = await kim.admin.webhooks.deliveries(hook.id, { limit: 20 });
   */
  deliveries(
    id: string,
    params?: AdminWebhookListParams,
    options?: RequestOptions,
  ): ListPromise<WebhookDeliveryAttempt>;
  /**
   * Sends a delivery again, with the same id (receivers ignore ids they have seen). Rejects with
   * `KimConflictError` while the subscription is paused.
   */
  replay(id: string, deliveryId: string, options?: RequestOptions): Promise<void>;
}

export function adminWebhooksResource(send: Send): AdminWebhooksResource {
  const path = ['v1', 'admin', 'webhooks'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, WebhookSubscription, { ...params }, options),
    get: (id, options) =>
      send({ method: 'GET', path: [...path, id], schema: WebhookSubscription, auth: true }, options),
    create: (input, options) =>
      send({ method: 'POST', path, json: input, schema: WebhookSubscriptionWithSecret, auth: true }, options),
    update: (id, patch, options) =>
      send(
        { ...recordWrite(WebhookSubscription, 'PATCH', [...path, id], options, patch), current: WebhookSubscription },
        options,
      ),
    remove: (id, options) => send({ method: 'DELETE', path: [...path, id], schema: NoContent, auth: true }, options),
    rotateSecret: (id, options) =>
      send(
        {
          ...recordWrite(WebhookSubscriptionWithSecret, 'POST', [...path, id, 'rotate-secret'], options),
          current: WebhookSubscription,
        },
        options,
      ),
    deliveries: (id, params = {}, options) =>
      pagedList(send, [...path, id, 'deliveries'], WebhookDeliveryAttempt, { ...params }, options),
    replay: (id, deliveryId, options) =>
      send(
        { method: 'POST', path: [...path, id, 'deliveries', deliveryId, 'replay'], schema: NoContent, auth: true },
        options,
      ),
  } satisfies AdminWebhooksResource);
}
