import * as z from 'zod/mini';
import { AgencyRef } from './agency-ref.js';
import { PublicAttachment } from './aspiration-attachment.js';
import { PublicAspirationIntake } from './aspiration-intake-ref.js';
import { CategoryRef } from './category.js';
import { Id, RegionCode, Timestamp } from './common.js';
import { FollowUpSecret } from './follow-up-secret.js';
import { InformationRequestView, RegisterNumber } from './information-request.js';
import { TrackingCode } from './tracking-code.js';

export const ASPIRATION_KINDS = ['aspiration', 'complaint', 'information_request'] as const;
export const AspirationKind = z.enum(ASPIRATION_KINDS).check(z.meta({ id: 'AspirationKind' }));
export type AspirationKind = z.infer<typeof AspirationKind>;

export const ASPIRATION_STATUSES = [
  'received',
  'verified',
  'forwarded',
  'in_progress',
  'resolved',
  'rejected',
] as const;
export const AspirationStatus = z.enum(ASPIRATION_STATUSES).check(z.meta({ id: 'AspirationStatus' }));
export type AspirationStatus = z.infer<typeof AspirationStatus>;

/**
 * Which status may follow which. `rejected` needs a public note (the reason).
 * `resolved` and `rejected` are final.
 */
export const ASPIRATION_TRANSITIONS: Readonly<Record<AspirationStatus, readonly AspirationStatus[]>> = {
  received: ['verified', 'rejected'],
  verified: ['forwarded', 'rejected'],
  forwarded: ['in_progress'],
  in_progress: ['resolved'],
  resolved: [],
  rejected: [],
};

/** Length bounds of the free-text fields, shared by the form's counter and the server. */
export const ASPIRATION_LIMITS = {
  title: { min: 10, max: 150 },
  body: { min: 30, max: 5000 },
  name: { max: 100 },
  /** RFC 5321's limit on a forward path: no mailbox is longer. */
  email: { max: 254 },
  note: { max: 1000 },
  internalNote: { max: 2000 },
  /** Aspirations in one bulk status change. */
  bulk: { max: 100 },
} as const;

/** What the server answers to a submission. */
export const AspirationReceipt = z
  .object({
    id: Id,
    trackingCode: TrackingCode,
    status: AspirationStatus,
    submittedAt: Timestamp,
    /** An information request's register number (`PPID/1971/2026/000123`); absent for other kinds. */
    registerNumber: z.optional(RegisterNumber),
    /**
     * The reporter's private follow-up secret, shown once: with the tracking code it lets the reporter add
     * information, answer an official's question, rate the answer and reopen. The server keeps only its hash. A
     * replay of the same submission (same Idempotency-Key) carries the same secret; it is absent only when the
     * server's follow-up key has changed since the submission, so the secret can no longer be derived.
     */
    followUpSecret: z.optional(FollowUpSecret),
  })
  .check(z.meta({ id: 'AspirationReceipt' }));
export type AspirationReceipt = z.infer<typeof AspirationReceipt>;

/**
 * `status`: a status change (and the submission); `agency_response`: the answer of the agency it was forwarded to;
 * `question`: an official's question to the reporter (its note is the question); the reporter's own entries, made
 * with the follow-up secret: `reporter_information` (added information), `reporter_answer` (an answer to a
 * question), `rating` (the answer rated 1-5) and `reopened` (back to `in_progress` after `resolved`). The reporter's
 * texts are for officials (`internalNote`); the tracker shows only that the entry happened. Information requests:
 * `extension` (the deadline extended, the note gives the reason), `objection` (keberatan) and `objection_answer`.
 */
export const ASPIRATION_HISTORY_KINDS = [
  'status',
  'agency_response',
  'question',
  'reporter_information',
  'reporter_answer',
  'rating',
  'reopened',
  'extension',
  'objection',
  'objection_answer',
] as const;
export const AspirationHistoryKind = z.enum(ASPIRATION_HISTORY_KINDS).check(z.meta({ id: 'AspirationHistoryKind' }));
export type AspirationHistoryKind = z.infer<typeof AspirationHistoryKind>;

export const AspirationHistoryEntry = z
  .object({
    kind: AspirationHistoryKind,
    /** The status the aspiration had after this entry. */
    status: AspirationStatus,
    at: Timestamp,
    note: z.nullable(z.string()),
    /** The agency forwarded to (status `forwarded`) or answering (`agency_response`); otherwise `null`. */
    agency: z.nullable(AgencyRef),
  })
  .check(z.meta({ id: 'AspirationHistoryEntry' }));
export type AspirationHistoryEntry = z.infer<typeof AspirationHistoryEntry>;

/** The public view of an aspiration, for whoever holds its tracking code. Never any reporter data. */
export const AspirationTracking = z
  .object({
    trackingCode: TrackingCode,
    kind: AspirationKind,
    status: AspirationStatus,
    regionCode: RegionCode,
    confidential: z.boolean(),
    /** Absent when the aspiration is confidential. */
    title: z.optional(z.string()),
    /** Absent when the aspiration is confidential. */
    category: z.optional(CategoryRef),
    submittedAt: Timestamp,
    updatedAt: Timestamp,
    /** The agency it was last forwarded to: "Diteruskan ke Dinas PUPR"; `null` until it is forwarded. */
    agency: z.nullable(AgencyRef),
    /**
     * When the stage it waits for is due (the first response, then the resolution), in working days of its region;
     * `null` once resolved or rejected. Show it in the region's time zone (`timeZoneOfRegion`).
     */
    dueAt: z.nullable(Timestamp),
    history: z.array(AspirationHistoryEntry),
    /**
     * Until when the reporter may reopen it (`REOPEN_WINDOW_WORKING_DAYS` working days after it was resolved); only
     * while it is resolved.
     */
    reopenUntil: z.optional(Timestamp),
    /** Files an official made public; absent when there are none or the aspiration is confidential. */
    attachments: z.optional(z.array(PublicAttachment)),
    /** Present when a KIM recorded it for a resident: "Dicatat oleh KIM Bacang". */
    intake: z.optional(PublicAspirationIntake),
    /** An information request's register number, extension, decision and objection; absent for other kinds. */
    informationRequest: z.optional(InformationRequestView),
  })
  .check(z.meta({ id: 'AspirationTracking' }));
export type AspirationTracking = z.infer<typeof AspirationTracking>;
