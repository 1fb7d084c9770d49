// The reporter's follow-up with the tracking code and the follow-up secret (POST /v1/aspirations/:code/follow-ups,
// /rating, /reopen), and an official's question to the reporter (POST /v1/admin/aspirations/:id/questions).
import {
  type AspirationKind,
  dueAt,
  FollowUpInput,
  type FollowUpResult,
  QuestionInput,
  RatingInput,
  REOPEN_WINDOW_WORKING_DAYS,
  ReopenInput,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import { type FollowUpVerification, verifyFollowUpSecret } from '../aspirations/follow-up-secret.js';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { clientKey } from '../http/client-ip.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { readJson } from '../http/read-json.js';
import { parseWith } from '../http/validate.js';
import type { AspirationRecord, FollowUpTarget, FollowUpWriteResult, WriteContext } from '../storage/storage.js';
import { officialView } from './official-view.js';
import type { RouteDeps } from './route-deps.js';

const ASPIRATION = { id: 'aspirasi', en: 'aspiration' };

/** When the reporter's window to reopen closes: 10 working days after it was resolved, in its region. */
export function reopenUntil(resolvedAt: string, regionCode: string, deps: Pick<RouteDeps, 'deadlines'>): string {
  return dueAt(resolvedAt, REOPEN_WINDOW_WORKING_DAYS, regionCode, deps.deadlines.calendar.isDayOff);
}

/** When it was last resolved, by its history. */
export const resolvedAt = (record: AspirationRecord): string | undefined =>
  record.history.findLast((entry) => entry.kind === 'status' && entry.status === 'resolved')?.at;

/** The reporter as the audit log names them: no account, only the proof of the secret. */
function reporterContext(c: Context<AppEnv>): WriteContext {
  return { ...writeContext(c), actor: { type: 'reporter', id: null, name: null } };
}

/** Reads the body, then checks the code and the secret (a malformed code gets the same 403 as a wrong secret). */
async function verified<T extends { secret: string }>(
  c: Context<AppEnv>,
  deps: RouteDeps,
  parse: (body: unknown) => T,
): Promise<{ input: T; target: FollowUpTarget }> {
  const input = parse(await readJson(c, deps.bodyLimit));
  const check: FollowUpVerification = {
    storage: deps.storage,
    throttle: deps.followUpThrottle,
    client: clientKey(deps.clientIp(c)),
  };
  return { input, target: await verifyFollowUpSecret(check, c.req.param('trackingCode') ?? '', input.secret) };
}

const refused = (detail: { id: string; en: string }) => new HttpProblem(409, 'invalid_transition', { detail });

function answer(c: Context<AppEnv>, result: FollowUpWriteResult, detail: { id: string; en: string }) {
  if (result.outcome === 'refused') throw refused(detail);
  const body: FollowUpResult = { status: result.status, at: result.at };
  return sendJson(c, body, NO_STORE, 201);
}

const invalid = (id: string, en: string) => ({ status: 422 as const, detail: { id, en } });

export function followUpRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limited = rateLimit(deps.limiter, deps.clientIp);

  app.post('/v1/aspirations/:trackingCode/follow-ups', limited, async (c) => {
    const { input, target } = await verified(c, deps, (body) =>
      parseWith(FollowUpInput, body, invalid('Tindak lanjut tidak valid', 'The follow-up is not valid')),
    );
    const kind = input.kind === 'answer' ? 'reporter_answer' : 'reporter_information';
    const result = await deps.storage.addReporterEntry(reporterContext(c), target.id, kind, input.text);
    return answer(c, result, {
      id: 'Aspirasi ini sudah selesai atau ditolak; informasi tidak dapat ditambahkan lagi',
      en: 'This aspiration is resolved or rejected; information can no longer be added',
    });
  });

  app.post('/v1/aspirations/:trackingCode/rating', limited, async (c) => {
    const { input, target } = await verified(c, deps, (body) =>
      parseWith(RatingInput, body, invalid('Penilaian tidak valid', 'The rating is not valid')),
    );
    const comment = input.comment === undefined || input.comment === '' ? null : input.comment;
    const result = await deps.storage.rateAspiration(reporterContext(c), target.id, input.score, comment);
    return answer(c, result, {
      id: 'Penilaian hanya dapat diberikan sekali, setelah aspirasi selesai',
      en: 'A rating can be given once, after the aspiration is resolved',
    });
  });

  app.post('/v1/aspirations/:trackingCode/reopen', limited, async (c) => {
    const { input, target } = await verified(c, deps, (body) =>
      parseWith(ReopenInput, body, invalid('Permintaan membuka kembali tidak valid', 'The reopening is not valid')),
    );
    const closed = {
      id: `Aspirasi hanya dapat dibuka kembali dalam ${REOPEN_WINDOW_WORKING_DAYS} hari kerja setelah selesai`,
      en: `An aspiration can be reopened only within ${REOPEN_WINDOW_WORKING_DAYS} working days after it was resolved`,
    };
    if (target.status !== 'resolved' || target.resolvedAt === null) throw refused(closed);
    const ctx = reporterContext(c);
    if (Date.parse(ctx.at) > Date.parse(reopenUntil(target.resolvedAt, target.regionCode, deps))) throw refused(closed);
    const deadline = (kind: AspirationKind, regionCode: string) =>
      deps.deadlines.of(kind, 'in_progress', ctx.at, regionCode);
    return answer(c, await deps.storage.reopenAspiration(ctx, target.id, input.reason, deadline), closed);
  });

  app.post('/v1/admin/aspirations/:id/questions', async (c) => {
    requirePrincipal(c);
    const input = parseWith(
      QuestionInput,
      await readJson(c, deps.bodyLimit),
      invalid('Pertanyaan untuk pelapor tidak valid', 'The question to the reporter is not valid'),
    );
    const current = await deps.storage.getAspiration(c.req.param('id'));
    if (!current) throw notFound(ASPIRATION);
    const principal = authorize(c, 'aspiration.change_status', current, ASPIRATION);
    const result = await deps.storage.askReporter(writeContext(c), current.id, input.question, requiredVersion(c));
    if (result.outcome === 'not_found') throw notFound(ASPIRATION);
    if (result.outcome === 'stale') {
      throw staleVersion(await officialView(c, deps, principal, result.record), result.record.version);
    }
    if (result.outcome === 'invalid_transition') {
      throw refused({
        id: 'Aspirasi ini sudah selesai atau ditolak; pertanyaan tidak dapat diajukan',
        en: 'This aspiration is resolved or rejected; no question can be asked',
      });
    }
    return sendJson(c, await officialView(c, deps, principal, result.record), NO_STORE, 201, {
      ETag: versionTag(result.record.version),
    });
  });
}
