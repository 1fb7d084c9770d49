// POST /v1/aspirations/:trackingCode/objection: the requester's objection (keberatan) to an information request,
// with the tracking code and the follow-up secret, within 30 working days of the answer, the refusal or the missed
// deadline (UU 14/2008 art. 35-36). The superior of the PPID answers within 30 working days.
import {
  dueAt,
  INFORMATION_REQUEST_LIMITS,
  InformationObjectionInput,
  normalizeTrackingCode,
  TrackingCode,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { verifyFollowUpSecret } from '../aspirations/follow-up-secret.js';
import type { AppEnv } from '../http/app-env.js';
import { writeContext } from '../http/authorize.js';
import { clientKey } from '../http/client-ip.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import { presentTracking } from '../present/aspiration.js';
import { objectionOpenUntil } from '../present/information-request.js';
import { informationRequestOf } from './information-request-view.js';
import type { RouteDeps } from './route-deps.js';

/**
 * Checks a tracking code and follow-up secret as the requester typed them and gives the aspiration's id; refuses
 * (403, the same for an unknown code and a wrong secret; 429 when throttled) otherwise. The follow-up secret's
 * verifier (aspirations/follow-up-secret.ts) is this.
 */
export type RequesterVerifier = (c: Context<AppEnv>, trackingCode: string, secret: string) => Promise<{ id: string }>;

const NOT_OPEN = {
  id: 'Keberatan hanya dapat diajukan dalam 30 hari kerja setelah jawaban, penolakan, atau lewatnya jangka waktu, dan hanya sekali',
  en: 'An objection may be filed once, within 30 working days after the answer, the refusal or the missed deadline',
};

export function informationObjectionRoutes(app: Hono<AppEnv>, deps: RouteDeps, verify: RequesterVerifier): void {
  app.post('/v1/aspirations/:trackingCode/objection', rateLimit(deps.limiter, deps.clientIp), async (c) => {
    const typed = c.req.param('trackingCode');
    const code =
      normalizeTrackingCode(typed) ??
      parseWith(
        TrackingCode,
        typed,
        { status: 400, detail: { id: 'Kode lacak tidak valid', en: 'Invalid tracking code' } },
        'trackingCode',
      );
    const input = parseWith(InformationObjectionInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Keberatan belum lengkap atau tidak valid', en: 'The objection is not valid' },
    });
    const { id } = await verify(c, code, input.secret);
    const record = await deps.storage.getAspiration(id);
    const request = record && (await deps.storage.informationRequests.get(id));
    if (!record || !request) {
      throw new HttpProblem(409, 'invalid_transition', {
        detail: {
          id: 'Keberatan hanya untuk permohonan informasi',
          en: 'Objections are for information requests only',
        },
      });
    }
    const ctx = writeContext(c);
    const isDayOff = deps.deadlines.calendar.isDayOff;
    if (objectionOpenUntil(record, request, isDayOff, ctx.at) === null) {
      throw new HttpProblem(409, 'invalid_transition', { detail: NOT_OPEN });
    }
    const result = await deps.storage.informationRequests.object(ctx, id, {
      reason: input.reason,
      text: input.text,
      dueAt: dueAt(ctx.at, INFORMATION_REQUEST_LIMITS.objectionResponseDays, record.regionCode, isDayOff),
    });
    if (result.outcome !== 'changed') throw new HttpProblem(409, 'invalid_transition', { detail: NOT_OPEN });
    const view = presentTracking(result.record, deps.publicUrl(c));
    const informationRequest = await informationRequestOf(deps, result.record, 'public');
    return sendJson(c, { ...view, informationRequest }, NO_STORE, 201);
  });
}

/** The follow-up secret's verifier (r6), throttled per client like the tracker. */
export const followUpVerifier =
  (deps: RouteDeps): RequesterVerifier =>
  (c, trackingCode, secret) =>
    verifyFollowUpSecret(
      { storage: deps.storage, throttle: deps.followUpThrottle, client: clientKey(deps.clientIp(c)) },
      trackingCode,
      secret,
    );
