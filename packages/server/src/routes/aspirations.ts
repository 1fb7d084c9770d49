// POST /v1/aspirations and GET /v1/aspirations/:trackingCode
import { AspirationInput, normalizeTrackingCode, TrackingCode } from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import { DecoyReceipts } from '../aspirations/decoy-receipts.js';
import { ReferenceChecker } from '../aspirations/reference-checker.js';
import { submitAspiration } from '../aspirations/submit-aspiration.js';
import type { AppEnv } from '../http/app-env.js';
import { clientKey } from '../http/client-ip.js';
import { tooManyFailures } from '../http/failure-throttle.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { preferredLanguage } from '../http/language.js';
import { HttpProblem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import { presentTracking } from '../present/aspiration.js';
import { reopenUntil, resolvedAt } from './follow-ups.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import { informationRequestOf } from './information-request-view.js';
import type { RouteDeps } from './route-deps.js';

const INVALID_TRACKING_CODE = { id: 'Kode lacak tidak valid', en: 'Invalid tracking code' };

export function aspirationRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const references = new ReferenceChecker(deps.storage);
  const decoys = new DecoyReceipts();

  app.post('/v1/aspirations', rateLimit(deps.limiter, deps.clientIp), async (c) => {
    const key = idempotencyKeyOf(c);
    const body = await readJson(c, deps.bodyLimit);
    const input = parseWith(AspirationInput, body, {
      status: 422,
      detail: { id: 'Aspirasi belum lengkap atau tidak valid', en: 'The aspiration is not valid' },
    });
    const source = { requestId: c.get('requestId') ?? null, clientAddress: deps.clientIp(c) };
    const language = preferredLanguage(c.req.header('accept-language'));
    const { receipt, replayed } = await submitAspiration({
      storage: deps.storage,
      references,
      decoys,
      input,
      idempotencyKey: key,
      source,
      deadlines: deps.deadlines,
      requestLanguage: language,
      secrets: deps.followUpSecrets,
    });
    const headers: Record<string, string> = { Location: `/v1/aspirations/${receipt.trackingCode}` };
    if (replayed) headers['Idempotent-Replayed'] = 'true';
    return sendJson(c, receipt, NO_STORE, replayed ? 200 : 201, headers);
  });

  app.get('/v1/aspirations/:trackingCode', async (c) => {
    // Codes carry 50 bits, but a lookup is cheap: without this, one client could try thousands a second.
    const client = clientKey(deps.clientIp(c));
    const wait = deps.lookupThrottle?.blockedFor(client) ?? 0;
    if (wait > 0)
      throw tooManyFailures(wait, { id: 'pencarian kode lacak yang gagal', en: 'failed tracking-code lookups' });
    const typed = c.req.param('trackingCode');
    const code =
      normalizeTrackingCode(typed) ??
      parseWith(TrackingCode, typed, { status: 400, detail: INVALID_TRACKING_CODE }, 'trackingCode');
    const record = await deps.storage.getAspirationByTrackingCode(code);
    if (!record) {
      await deps.lookupThrottle?.failed(client);
      throw new HttpProblem(404, 'not_found', { detail: 'No aspiration with this tracking code' });
    }
    const view = presentTracking(record, deps.publicUrl(c));
    const resolved = record.status === 'resolved' ? resolvedAt(record) : undefined;
    if (resolved !== undefined) view.reopenUntil = reopenUntil(resolved, record.regionCode, deps);
    const request = await informationRequestOf(deps, record, 'public');
    return sendJson(c, request ? { ...view, informationRequest: request } : view, NO_STORE);
  });
}
