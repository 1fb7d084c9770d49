// What a reporter does with the tracking code and the follow-up secret: add information, answer an official's
// question, rate the answer, reopen a resolved aspiration. The rules live here once, for the server and the widgets.
import * as z from 'zod/mini';
import { AspirationStatus } from './aspiration.js';
import { Timestamp } from './common.js';
import { FollowUpSecretInput } from './follow-up-secret.js';
import { withMessage } from './validation-messages.js';

/** Working days after `resolved` in which the reporter may reopen (counted as every deadline, in the region). */
export const REOPEN_WINDOW_WORKING_DAYS = 10;

/**
 * The status a reopened aspiration returns to: back to the officials' work, as if the answer had not been given
 * (the contract's `in_progress -> resolved` path then applies again).
 */
export const REOPENED_STATUS = 'in_progress' satisfies AspirationStatus;

/** Length bounds of the reporter's texts. */
export const FOLLOW_UP_LIMITS = {
  text: { min: 10, max: 2000 },
  comment: { max: 1000 },
  reason: { min: 10, max: 1000 },
  score: { min: 1, max: 5 },
} as const;

/** `information`: more detail the reporter adds; `answer`: a reply to an official's question. */
export const FOLLOW_UP_KINDS = ['information', 'answer'] as const;
export const FollowUpKind = z.enum(FOLLOW_UP_KINDS).check(z.meta({ id: 'FollowUpKind' }));
export type FollowUpKind = z.infer<typeof FollowUpKind>;

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Added information or an answer to an official's question. Officials read the text; the tracker shows the entry. */
export const FollowUpInput = z
  .object({
    secret: FollowUpSecretInput,
    kind: z._default(FollowUpKind, 'information'),
    text: text(FOLLOW_UP_LIMITS.text.min, FOLLOW_UP_LIMITS.text.max),
  })
  .check(z.meta({ id: 'FollowUpInput' }));
export type FollowUpInput = z.input<typeof FollowUpInput>;

/** The reporter's rating of the answer, once the aspiration is resolved; given once. */
export const RatingInput = z
  .object({
    secret: FollowUpSecretInput,
    score: withMessage(z.int().check(z.gte(FOLLOW_UP_LIMITS.score.min), z.lte(FOLLOW_UP_LIMITS.score.max)), {
      id: 'Pilih nilai 1 sampai 5',
      en: 'Choose a rating from 1 to 5',
    }),
    comment: z.optional(z.string().check(z.trim(), z.maxLength(FOLLOW_UP_LIMITS.comment.max))),
  })
  .check(z.meta({ id: 'RatingInput' }));
export type RatingInput = z.input<typeof RatingInput>;

/** Reopening a resolved aspiration within {@link REOPEN_WINDOW_WORKING_DAYS} working days, with the reason. */
export const ReopenInput = z
  .object({
    secret: FollowUpSecretInput,
    reason: text(FOLLOW_UP_LIMITS.reason.min, FOLLOW_UP_LIMITS.reason.max),
  })
  .check(z.meta({ id: 'ReopenInput' }));
export type ReopenInput = z.input<typeof ReopenInput>;

/** An official's question to the reporter: a history entry whose public note is the question. */
export const QuestionInput = z
  .object({
    question: text(FOLLOW_UP_LIMITS.reason.min, FOLLOW_UP_LIMITS.text.max),
  })
  .check(z.meta({ id: 'QuestionInput' }));
export type QuestionInput = z.input<typeof QuestionInput>;

/** What a follow-up answers: the aspiration's status after it and the time of its history entry. */
export const FollowUpResult = z
  .object({
    status: AspirationStatus,
    at: Timestamp,
  })
  .check(z.meta({ id: 'FollowUpResult' }));
export type FollowUpResult = z.infer<typeof FollowUpResult>;
