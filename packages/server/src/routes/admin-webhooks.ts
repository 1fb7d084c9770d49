// /v1/admin/webhooks: signed-webhook subscriptions of integrations. Admins manage any, Dinas officials those of their
// region; operators none. The secret is shown once (creation, rotation); If-Match on every change; all audited.
import {
  DEFAULT_PAGE_SIZE,
  WebhookListQuery,
  WebhookSubscriptionInput,
  WebhookSubscriptionUpdate,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, forbidden, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import { newWebhookSecret } from '../notifications/webhook-signature.js';
import { can } from '../policy/policy.js';
import type { VersionedWrite, WebhookAttemptRecord, WebhookSubscriptionRecord } from '../storage/storage.js';
import type { RouteDeps } from './route-deps.js';
import { managedRegions } from './users.js';

const WEBHOOK = { id: 'langganan webhook', en: 'webhook subscription' };
const DELIVERY = { id: 'pengiriman', en: 'delivery' };

/** The contract's view of a subscription (never its secret). */
const present = (s: WebhookSubscriptionRecord) => ({
  id: s.id,
  regionCode: s.regionCode,
  url: s.url,
  events: s.events,
  description: s.description,
  active: s.active,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  version: s.version,
});

const presentAttempt = (a: WebhookAttemptRecord) => ({
  deliveryId: a.deliveryId,
  event: a.topic,
  attempt: a.attempt,
  at: a.at,
  statusCode: a.statusCode,
  durationMs: a.durationMs,
  error: a.error,
  deliveryStatus: a.deliveryStatus,
});

/** The position in a list keyed by a row number, from a cursor of that list (400 for anything else). */
function seqOf(list: string, cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const { value } = decodeCursor(list, cursor);
  if (!/^[1-9][0-9]{0,15}$/.test(value)) {
    throw new HttpProblem(400, 'validation_failed', {
      detail: 'Invalid query parameters',
      errors: [{ path: 'cursor', message: 'Invalid cursor: pass back a nextCursor from this list unchanged' }],
    });
  }
  return Number(value);
}

function pageBySeq<T>(rows: { seq: number; record: T }[], limit: number, list: string, show: (r: T) => unknown) {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    data: shown.map((r) => show(r.record)),
    nextCursor: more && last ? encodeCursor(list, { value: String(last.seq), id: '' }) : null,
  };
}

export function adminWebhookRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const send = (
    c: Context<AppEnv>,
    s: WebhookSubscriptionRecord,
    extra: { secret?: string } = {},
    status: 200 | 201 = 200,
  ) => sendJson(c, { ...present(s), ...extra }, NO_STORE, status, { ETag: versionTag(s.version) });

  /** A subscription the person manages, or 404 (the same as a missing one: others' integrations stay unknown). */
  async function managed(c: Context<AppEnv>): Promise<WebhookSubscriptionRecord> {
    const principal = requirePrincipal(c);
    const subscription = await deps.storage.getWebhookSubscription(c.req.param('id') ?? '');
    if (!subscription || !can(principal, 'webhook.manage', { regionCode: subscription.regionCode })) {
      throw notFound(WEBHOOK);
    }
    return subscription;
  }

  function answer(c: Context<AppEnv>, result: VersionedWrite<WebhookSubscriptionRecord>, secret?: string): Response {
    switch (result.outcome) {
      case 'written':
        return send(c, result.record, secret === undefined ? {} : { secret });
      case 'stale':
      case 'invalid_transition':
        throw staleVersion(present(result.current), result.current.version);
      default:
        throw notFound(WEBHOOK);
    }
  }

  app.get('/v1/admin/webhooks', async (c) => {
    const regions = managedRegions(requirePrincipal(c));
    if (regions !== 'all' && regions.length === 0) throw forbidden();
    const query = parseQuery(WebhookListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listWebhookSubscriptionPage({
      regions,
      limit: limit + 1,
      afterSeq: seqOf('webhooks', query.cursor),
    });
    return sendJson(c, pageBySeq(rows, limit, 'webhooks', present), NO_STORE);
  });

  app.post('/v1/admin/webhooks', async (c) => {
    requirePrincipal(c);
    const input = parseWith(WebhookSubscriptionInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Isian webhook tidak valid', en: 'The webhook subscription is not valid' },
    });
    authorize(c, 'webhook.manage', { regionCode: input.regionCode });
    if (!(await deps.storage.getRegion(input.regionCode))) {
      throw new HttpProblem(422, 'validation_failed', {
        detail: { id: 'Isian webhook tidak valid', en: 'The webhook subscription is not valid' },
        errors: (lang) => [
          { path: 'regionCode', message: lang === 'id' ? 'Wilayah ini tidak dikenal' : 'Not a known region' },
        ],
      });
    }
    const secret = newWebhookSecret();
    const record = await deps.storage.createWebhookSubscription(writeContext(c), {
      id: newId('whk'),
      regionCode: input.regionCode,
      url: input.url,
      events: input.events,
      secret,
      description: input.description ?? '',
    });
    return send(c, record, { secret }, 201);
  });

  app.get('/v1/admin/webhooks/:id', async (c) => send(c, await managed(c)));

  app.patch('/v1/admin/webhooks/:id', async (c) => {
    const current = await managed(c);
    const version = requiredVersion(c);
    const patch = parseWith(WebhookSubscriptionUpdate, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Perubahan webhook tidak valid', en: 'The change to the webhook subscription is not valid' },
    });
    return answer(c, await deps.storage.updateWebhookSubscription(writeContext(c), current.id, version, patch));
  });

  app.delete('/v1/admin/webhooks/:id', async (c) => {
    const current = await managed(c);
    if (!(await deps.storage.deleteWebhookSubscription(writeContext(c), current.id))) throw notFound(WEBHOOK);
    return c.body(null, 204, { 'Cache-Control': NO_STORE });
  });

  app.post('/v1/admin/webhooks/:id/rotate-secret', async (c) => {
    const current = await managed(c);
    const version = requiredVersion(c);
    const secret = newWebhookSecret();
    return answer(c, await deps.storage.rotateWebhookSecret(writeContext(c), current.id, version, secret), secret);
  });

  app.get('/v1/admin/webhooks/:id/deliveries', async (c) => {
    const current = await managed(c);
    const query = parseQuery(WebhookListQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.listWebhookAttemptPage(
      current.id,
      limit + 1,
      seqOf('webhook-deliveries', query.cursor),
    );
    return sendJson(c, pageBySeq(rows, limit, 'webhook-deliveries', presentAttempt), NO_STORE);
  });

  app.post('/v1/admin/webhooks/:id/deliveries/:deliveryId/replay', async (c) => {
    const current = await managed(c);
    if (!current.active) {
      throw new HttpProblem(409, 'conflict', {
        detail: {
          id: 'Langganan ini nonaktif; aktifkan dulu sebelum mengirim ulang',
          en: 'This subscription is disabled; enable it before replaying a delivery',
        },
      });
    }
    const replayed = await deps.storage.replayWebhookDelivery(writeContext(c), current.id, c.req.param('deliveryId'));
    if (!replayed) throw notFound(DELIVERY);
    return c.body(null, 204, { 'Cache-Control': NO_STORE });
  });
}
