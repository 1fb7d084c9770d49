// What an information request adds to the tracker and the officials' record, and when its objection window is open.
import {
  type DayOffTest,
  dueAt,
  INFORMATION_REQUEST_LIMITS,
  type InformationRegisterEntry,
  type InformationRequestView,
} from '@kim-kit/sdk/schemas';
import type { InformationRegisterRow, InformationRequestRecord } from '../storage/information-request-store.js';
import type { AspirationRecord } from '../storage/storage.js';

/**
 * Until when the requester may object: 30 working days after the answer or refusal, or after the deadline passed
 * unanswered (UU 14/2008 art. 35(1), 36(1)); `null` before that, once objected, and after the window closed.
 */
export function objectionOpenUntil(
  aspiration: AspirationRecord,
  request: InformationRequestRecord,
  isDayOff: DayOffTest,
  now: string,
): string | null {
  if (request.objection) return null;
  const from =
    request.decision?.at ?? (aspiration.deadline && aspiration.deadline.dueAt < now ? aspiration.deadline.dueAt : null);
  if (from === null) return null;
  const until = dueAt(from, INFORMATION_REQUEST_LIMITS.objectionWindowDays, aspiration.regionCode, isDayOff);
  return now <= until ? until : null;
}

/**
 * The request's part of a view. `official`: the purpose too. The public tracker of a confidential request leaves out
 * what was asked and every text (the answer can repeat it); the register number, dates and legal ground stay.
 */
export function presentInformationRequest(
  aspiration: AspirationRecord,
  request: InformationRequestRecord,
  audience: 'public' | 'official',
  isDayOff: DayOffTest,
  now: string = new Date().toISOString(),
): InformationRequestView {
  const hideText = audience === 'public' && aspiration.confidential;
  const view: InformationRequestView = {
    registerNumber: request.registerNumber,
    format: request.format,
    delivery: request.delivery,
    extension: request.extension && {
      at: request.extension.at,
      days: request.extension.days,
      reason: hideText ? '' : request.extension.reason,
      previousDueAt: request.extension.previousDueAt,
      dueAt: dueAt(request.extension.previousDueAt, request.extension.days, aspiration.regionCode, isDayOff),
    },
    decision: request.decision && { ...request.decision, text: hideText ? '' : request.decision.text },
    objection: request.objection && {
      ...request.objection,
      text: hideText ? '' : request.objection.text,
      answer: hideText ? null : request.objection.answer,
    },
    objectionOpenUntil: objectionOpenUntil(aspiration, request, isDayOff, now),
  };
  if (!hideText) view.informationRequested = request.informationRequested;
  if (audience === 'official') view.purpose = request.purpose;
  return view;
}

/** A line of the public register. */
export const presentRegisterEntry = (row: InformationRegisterRow): InformationRegisterEntry => ({
  registerNumber: row.registerNumber,
  regionCode: row.regionCode,
  submittedAt: row.submittedAt,
  ...(row.informationRequested !== null && { informationRequested: row.informationRequested }),
  status: row.status,
  dueAt: row.dueAt,
  extended: row.extended,
  outcome: row.outcome,
  ground: row.ground,
  decidedAt: row.decidedAt,
  objected: row.objected,
});
