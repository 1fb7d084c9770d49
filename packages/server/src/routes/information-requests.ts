// Information requests under UU 14/2008: the officials' legal course (extension, decision) and the public register
// GET /v1/information-requests?region= (no name, contact or purpose).
import {
  type AspirationStatus,
  DECISION_ONLY_STATUSES,
  DEFAULT_PAGE_SIZE,
  dueAt,
  InformationObjectionAnswerInput,
  InformationRegisterQuery,
  InformationRequestDecisionInput,
  InformationRequestExtensionInput,
} from '@kim-kit/sdk/schemas';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, notFound, requirePrincipal, writeContext } from '../http/authorize.js';
import { decodeCursor } from '../http/cursor.js';
import { requiredVersion, staleVersion, versionTag } from '../http/if-match.js';
import { NO_STORE, PUBLIC_CACHE, sendJson } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import type { Principal } from '../policy/principal.js';
import { presentRegisterEntry } from '../present/information-request.js';
import type { InformationWriteResult } from '../storage/information-request-store.js';
import type { AspirationRecord } from '../storage/storage.js';
import { informationRequestOf } from './information-request-view.js';
import { officialView } from './official-view.js';
import { pageOf } from './page-of.js';
import type { RouteDeps } from './route-deps.js';

const REQUEST = { id: 'permohonan informasi', en: 'information request' };
const REGISTER_LIST = 'information-register';

const REFUSALS = {
  finished: {
    id: 'Permohonan informasi ini sudah dijawab atau ditolak',
    en: 'This information request has been answered or refused already',
  },
  already_extended: {
    id: 'Jangka waktu permohonan ini sudah pernah diperpanjang; perpanjangan hanya sekali',
    en: 'This request was extended already; it may be extended once only',
  },
  deadline_passed: {
    id: 'Jangka waktu 10 hari kerja sudah lewat; perpanjangan harus diberitahukan sebelumnya',
    en: 'The 10 working days have passed; an extension must be given before they end',
  },
  no_objection: { id: 'Belum ada keberatan atas permohonan ini', en: 'No objection has been filed on this request' },
  already_answered: { id: 'Keberatan ini sudah ditanggapi', en: 'This objection has been answered already' },
} as const;

/** The information request by the aspiration id in the path, for an official who may change it. */
async function target(c: Context<AppEnv>, deps: RouteDeps) {
  requirePrincipal(c);
  const record = await deps.storage.getAspiration(c.req.param('id') ?? '');
  if (record?.kind !== 'information_request') throw notFound(REQUEST);
  return { record, principal: authorize(c, 'aspiration.change_status', record, REQUEST) };
}

async function answer(c: Context<AppEnv>, deps: RouteDeps, principal: Principal, result: InformationWriteResult) {
  if (result.outcome === 'not_found') throw notFound(REQUEST);
  if (result.outcome === 'stale') {
    throw staleVersion(await officialView(c, deps, principal, result.record), result.record.version);
  }
  if (result.outcome === 'refused') {
    throw new HttpProblem(409, 'invalid_transition', { detail: REFUSALS[result.reason] });
  }
  return sendJson(c, await officialView(c, deps, principal, result.record), NO_STORE, 200, {
    ETag: versionTag(result.record.version),
  });
}

export function informationRequestRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/v1/information-requests', async (c) => {
    const query = parseQuery(InformationRegisterQuery, c.req.url);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.storage.informationRequests.listRegister({
      region: query.region,
      limit: limit + 1,
      after: query.cursor === undefined ? undefined : decodeCursor(REGISTER_LIST, query.cursor),
    });
    const page = pageOf(rows, limit, REGISTER_LIST, (r) => ({ value: r.submittedAt, id: r.id }), presentRegisterEntry);
    return sendJson(c, page, PUBLIC_CACHE);
  });

  // Behind `/v1/admin/*`'s authentication (adminRoutes registers it first).
  app.post('/v1/admin/aspirations/:id/information-request/extension', async (c) => {
    const input = parseWith(InformationRequestExtensionInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Perpanjangan tidak valid', en: 'The extension is not valid' },
    });
    const { record, principal } = await target(c, deps);
    const isDayOff = deps.deadlines.calendar.isDayOff;
    const result = await deps.storage.informationRequests.extend(writeContext(c), record.id, {
      days: input.days,
      reason: input.reason,
      expectedVersion: requiredVersion(c),
      extendedDue: (previous, regionCode) => dueAt(previous, input.days, regionCode, isDayOff),
    });
    return answer(c, deps, principal, result);
  });

  app.post('/v1/admin/aspirations/:id/information-request/objection-answer', async (c) => {
    const input = parseWith(InformationObjectionAnswerInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Tanggapan atas keberatan tidak valid', en: 'The answer to the objection is not valid' },
    });
    const { record, principal } = await target(c, deps);
    const result = await deps.storage.informationRequests.answerObjection(writeContext(c), record.id, {
      answer: input.answer,
      expectedVersion: requiredVersion(c),
    });
    return answer(c, deps, principal, result);
  });

  app.post('/v1/admin/aspirations/:id/information-request/decision', async (c) => {
    const decision = parseWith(InformationRequestDecisionInput, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Keputusan atas permohonan tidak valid', en: 'The decision is not valid' },
    });
    const { record, principal } = await target(c, deps);
    const result = await deps.storage.informationRequests.decide(writeContext(c), record.id, {
      decision,
      expectedVersion: requiredVersion(c),
    });
    return answer(c, deps, principal, result);
  });
}

/**
 * An information request ends only through its decision, which names the legal ground of a refusal: the plain status
 * change refuses `resolved` and `rejected` for one.
 */
export function refuseUndecidedEnd(record: AspirationRecord, status: AspirationStatus): void {
  if (!DECISION_ONLY_STATUSES[record.kind]?.includes(status)) return;
  throw new HttpProblem(409, 'invalid_transition', {
    detail: {
      id: 'Permohonan informasi dijawab atau ditolak melalui keputusan permohonan (dengan dasar hukum penolakan)',
      en: 'An information request is answered or refused through its decision (naming the legal ground of a refusal)',
    },
  });
}
