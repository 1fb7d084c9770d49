// What the reporter may do next with the follow-up secret, read from the public tracking view: the same conditions
// the server checks (it has the last word; a 409 says when the view was out of date).
import type { AspirationTracking } from '@kim-kit/sdk';
import { isFinalStatus } from './timeline.js';

/** The reporter's steps, in the order the panel offers them. */
export type FollowUpAction = 'information' | 'answer' | 'rating' | 'reopen' | 'objection';

export interface FollowUpOptions {
  /** Added information: while the aspiration is still worked on. */
  information: boolean;
  /** The official's latest question with no answer after it; `text` is null when the tracker withholds notes. */
  question: { at: string; text: string | null } | undefined;
  /** Rating: resolved and not rated since it was (last) resolved. */
  rating: boolean;
  /** The score given since it was last resolved (undefined when not rated or not read from the note). */
  rated: { score: number | undefined } | undefined;
  /** Until when it may be reopened, while that is in the future. */
  reopenUntil: string | undefined;
  /** Resolved, but the reopening window has closed (`until` when the view gave it). */
  reopenClosed: { until: string | undefined } | undefined;
  /** Until when an information request's objection may be filed, while none is and that is in the future. */
  objectionUntil: string | undefined;
}

const future = (iso: string | null | undefined, now: number): iso is string =>
  typeof iso === 'string' && Date.parse(iso) > now;

export function followUpOptions(tracking: AspirationTracking, now: number = Date.now()): FollowUpOptions {
  const history = [...tracking.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const open = !isFinalStatus(tracking.status);
  const lastQuestion = history.findLastIndex((e) => e.kind === 'question');
  const answered = lastQuestion >= 0 && history.slice(lastQuestion + 1).some((e) => e.kind === 'reporter_answer');
  const question =
    open && lastQuestion >= 0 && !answered
      ? { at: history[lastQuestion]!.at, text: tracking.confidential ? null : history[lastQuestion]!.note }
      : undefined;
  const resolved = tracking.status === 'resolved';
  const resolvedAt = history.findLastIndex((e) => e.kind === 'status' && e.status === 'resolved');
  const rating = resolved ? history.slice(resolvedAt + 1).findLast((e) => e.kind === 'rating') : undefined;
  const score = Number(rating?.note?.match(/^([1-5])\s*\/\s*5$/)?.[1]) || undefined;
  const reopenOpen = resolved && future(tracking.reopenUntil, now);
  const request = tracking.informationRequest;
  return {
    information: open,
    question,
    rating: resolved && !rating,
    rated: rating ? { score } : undefined,
    reopenUntil: reopenOpen ? tracking.reopenUntil : undefined,
    reopenClosed: resolved && !reopenOpen ? { until: tracking.reopenUntil } : undefined,
    objectionUntil:
      request && !request.objection && future(request.objectionOpenUntil, now) ? request.objectionOpenUntil : undefined,
  };
}

/** Whether the panel has anything to offer or say (a rejected report that is not an information request has not). */
export function hasFollowUp(options: FollowUpOptions): boolean {
  return Boolean(
    options.information ||
      options.question ||
      options.rating ||
      options.rated ||
      options.reopenUntil ||
      options.reopenClosed ||
      options.objectionUntil,
  );
}

/** Whether any step needs the secret (then the panel shows its field). */
export function needsSecret(options: FollowUpOptions): boolean {
  return Boolean(
    options.information || options.question || options.rating || options.reopenUntil || options.objectionUntil,
  );
}
