// Signed webhooks: an integration (a Dinas bridging to SP4N-LAPOR!, a messaging gateway) subscribes a URL to the
// events of aspirations in a region. Deliveries are signed with the subscription's secret (server docs/webhooks.md).
import * as z from 'zod/mini';
import { Id, RegionCode, Timestamp } from './common.js';
import { cursor, limit } from './queries.js';
import { withMessage } from './validation-messages.js';

/** The events a subscription may receive. */
export const WEBHOOK_EVENTS = ['aspiration.received', 'aspiration.status', 'aspiration.overdue'] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS).check(z.meta({ id: 'WebhookEvent' }));
export type WebhookEvent = z.infer<typeof WebhookEvent>;

export const WEBHOOK_LIMITS = { url: { max: 2000 }, description: { max: 200 } } as const;

/** Hosts that never leave the server's own machine: the only ones a webhook may reach over plain http. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether `value` may receive webhooks: an absolute `https:` URL, or `http:` to the server's own machine
 * (`localhost`, `127.0.0.1`, `[::1]`: development, tests, a bridge on the same host), without user name or password.
 * Events leave the server signed but not encrypted otherwise, so plain http to another host is refused.
 */
export function isWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** Where a subscription's deliveries are POSTed. */
export const WebhookUrl = z.string().check(
  z.trim(),
  z.maxLength(WEBHOOK_LIMITS.url.max),
  withMessage(z.refine(isWebhookUrl), {
    id: 'Gunakan alamat https:// (http:// hanya untuk localhost)',
    en: 'Use an https:// address (http:// only for localhost)',
  }),
  z.meta({ id: 'WebhookUrl', example: 'https://lapor.example.go.id/kim-hook' }),
);

const events = z.array(WebhookEvent).check(
  withMessage(z.minLength(1), { id: 'Pilih setidaknya satu peristiwa', en: 'Choose at least one event' }),
  withMessage(
    z.refine((list: readonly string[]) => new Set(list).size === list.length),
    { id: 'Setiap peristiwa cukup sekali', en: 'Each event only once' },
  ),
);
const description = z.string().check(z.trim(), z.maxLength(WEBHOOK_LIMITS.description.max));

/** A new subscription. A Dinas official subscribes to their region (or a region inside it); an admin to any. */
export const WebhookSubscriptionInput = z
  .strictObject({
    url: WebhookUrl,
    events,
    /** Whose aspirations: a region code; the events of aspirations inside it are sent. */
    regionCode: RegionCode,
    /** What the integration is, for the people who manage it. */
    description: z.optional(description),
  })
  .check(z.meta({ id: 'WebhookSubscriptionInput' }));
export type WebhookSubscriptionInput = z.input<typeof WebhookSubscriptionInput>;

/** A change to a subscription; absent fields stay. `active: false` pauses deliveries (none are queued meanwhile). */
export const WebhookSubscriptionUpdate = z
  .strictObject({
    url: z.optional(WebhookUrl),
    events: z.optional(events),
    description: z.optional(description),
    active: z.optional(z.boolean()),
  })
  .check(z.meta({ id: 'WebhookSubscriptionUpdate' }));
export type WebhookSubscriptionUpdate = z.input<typeof WebhookSubscriptionUpdate>;

/** A subscription as its managers see it: never its secret, which is shown once (creation or rotation). */
export const WebhookSubscription = z
  .object({
    id: Id,
    regionCode: RegionCode,
    url: z.string(),
    events: z.array(WebhookEvent),
    description: z.string(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Send back in `If-Match` to change it. */
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'WebhookSubscription' }));
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

/** A subscription just created or whose secret was just rotated, with the signing secret: shown this once. */
export const WebhookSubscriptionWithSecret = z
  .object({
    ...WebhookSubscription.shape,
    /** The HMAC-SHA256 key of `Kim-Signature` (`whsec_…`). Store it in the receiver; it cannot be shown again. */
    secret: z.string().check(z.minLength(1)),
  })
  .check(z.meta({ id: 'WebhookSubscriptionWithSecret' }));
export type WebhookSubscriptionWithSecret = z.infer<typeof WebhookSubscriptionWithSecret>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;

/** One attempt to deliver an event, in a subscription's delivery log (newest first). */
export const WebhookDeliveryAttempt = z
  .object({
    /** The delivery (the event's `id` and `Kim-Delivery`), the same on every attempt and on a replay. */
    deliveryId: Id,
    event: WebhookEvent,
    /** 1 for the first attempt. */
    attempt: z.number().check(z.int(), z.positive()),
    at: Timestamp,
    /** The receiver's HTTP status; `null` when none came (connection refused, timeout). */
    statusCode: z.nullable(z.number().check(z.int())),
    durationMs: z.number().check(z.int(), z.nonnegative()),
    /** Why it failed; `null` when delivered. */
    error: z.nullable(z.string()),
    /** Where the delivery stands now: `pending` (being sent, or a retry is due), `sent`, `failed` (given up). */
    deliveryStatus: z.enum(WEBHOOK_DELIVERY_STATUSES),
  })
  .check(z.meta({ id: 'WebhookDeliveryAttempt' }));
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttempt>;

/** Paging of the subscriptions and of a delivery log, as it arrives in a URL. */
export const WebhookListQuery = z.strictObject({ limit, cursor });
