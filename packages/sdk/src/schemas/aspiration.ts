import * as z from 'zod/mini';
import { AgencyRef } from './agency-ref.js';
import { AspirationLocationInput, ATTACHMENT_LIMITS, PublicAttachment, UploadId } from './aspiration-attachment.js';
import { PublicAspirationIntake } from './aspiration-intake-ref.js';
import { CategoryRef } from './category.js';
import { Id, RegionCode, Slug, Timestamp, VillageCode } from './common.js';
import { FollowUpSecret } from './follow-up-secret.js';
import {
  INFORMATION_REQUEST_CHECKS,
  InformationRequestInput,
  InformationRequestView,
  RegisterNumber,
} from './information-request.js';
import { TrackingCode } from './tracking-code.js';
import { withMessage } from './validation-messages.js';

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

/** Trimmed text within bounds. */
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Indonesian phone numbers as people write them: 0812-3456-7890, +62 812 3456 7890. */
export const PhoneNumber = z.string().check(
  z.trim(),
  withMessage(z.regex(/^(\+62|62|0)[\d\s-]{7,16}$/), {
    id: 'Nomor telepon Indonesia tidak valid, contoh: 0812-3456-7890',
    en: 'Invalid Indonesian phone number, e.g. 0812-3456-7890',
  }),
);

/** Who submits: optional, and never shown publicly (UU 27/2022 on personal data). */
export const Reporter = z
  .object({
    name: z.optional(text(1, ASPIRATION_LIMITS.name.max)),
    email: z.optional(z.email().check(z.maxLength(ASPIRATION_LIMITS.email.max))),
    phone: z.optional(PhoneNumber),
  })
  .check(z.meta({ id: 'Reporter' }));
export type Reporter = z.infer<typeof Reporter>;

/** What a citizen submits. */
export const AspirationInput = z
  .object({
    kind: AspirationKind,
    title: text(ASPIRATION_LIMITS.title.min, ASPIRATION_LIMITS.title.max),
    body: text(ASPIRATION_LIMITS.body.min, ASPIRATION_LIMITS.body.max),
    categoryId: Slug,
    /** The village the aspiration is about. */
    regionCode: VillageCode,
    reporter: z.optional(Reporter),
    /** Hide the reporter's identity from everyone but the administrators. */
    anonymous: z._default(z.boolean(), false),
    /** Hide the content from the public tracking view; only the status stays visible. */
    confidential: z._default(z.boolean(), false),
    /**
     * Email the reporter (`reporter.email`) on each status change, with the public note and a link to the tracker.
     * Opt-in: off unless asked for.
     */
    notify: z._default(z.boolean(), false),
    /** The language of the form, that of the reporter's emails. Without it, the request's Accept-Language decides. */
    language: z.optional(z.enum(['id', 'en'])),
    /** Explicit consent to the processing of the data given, per the privacy notice. */
    consent: withMessage(z.literal(true), {
      id: 'Persetujuan atas pemberitahuan privasi wajib diberikan',
      en: 'Consent to the privacy notice is required',
    }),
    /**
     * Files uploaded first (`POST /v1/aspiration-uploads`), by their upload ids: at most three, each once. They stay
     * private to the officials in scope unless one of them makes a file public.
     */
    attachments: z.optional(
      z.array(UploadId).check(
        withMessage(z.maxLength(ATTACHMENT_LIMITS.files), {
          id: 'Lampiran paling banyak 3 berkas',
          en: 'At most 3 attachments',
        }),
        withMessage(
          z.refine((ids: string[]) => new Set(ids).size === ids.length),
          { id: 'Lampiran yang sama disebut dua kali', en: 'The same attachment is named twice' },
        ),
      ),
    ),
    /** Where it is about; shown to officials only. */
    location: z.optional(AspirationLocationInput),
    /** Anti-spam field: leave empty. A submission that fills it is accepted and discarded. */
    website: z.optional(z.string().check(z.maxLength(500))),
    /** Required with kind `information_request` (then also a name, a contact and not anonymous), absent otherwise. */
    informationRequest: z.optional(InformationRequestInput),
  })
  .check(
    ...INFORMATION_REQUEST_CHECKS,
    withMessage(
      z.refine<{ notify: boolean; reporter?: { email?: string | undefined } | undefined }>(
        (input) => !input.notify || input.reporter?.email !== undefined,
        { path: ['reporter', 'email'] },
      ),
      { id: 'Isi alamat email untuk menerima pemberitahuan', en: 'Give an email address to receive notifications' },
    ),
    z.meta({ id: 'AspirationInput' }),
  );
export type AspirationInput = z.input<typeof AspirationInput>;
export type AspirationInputParsed = z.output<typeof AspirationInput>;

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
