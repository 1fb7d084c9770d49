// What officials see of aspirations and how they change them. Kept apart from the public schemas so a page that
// only submits and tracks never bundles these.
import * as z from 'zod/mini';
import { UserRef } from './account.js';
import { AgencyRef } from './agency-ref.js';
import { ASPIRATION_LIMITS, AspirationHistoryKind, AspirationKind, AspirationStatus } from './aspiration.js';
import { AspirationLocation } from './aspiration-attachment.js';
import { AspirationAttachment } from './aspiration-attachment-admin.js';
import { Reporter } from './aspiration-input.js';
import { AspirationIntake } from './aspiration-intake.js';
import { CategoryRef } from './category.js';
import { Id, Timestamp, VillageCode } from './common.js';
import { InformationRequestView } from './information-request.js';
import { TrackingCode } from './tracking-code.js';
import { withMessage } from './validation-messages.js';

/** Trimmed text within bounds. */
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** A history entry as officials see it: with the internal note and who made the change. */
export const AspirationAdminHistoryEntry = z
  .object({
    kind: AspirationHistoryKind,
    status: AspirationStatus,
    at: Timestamp,
    /** The agency forwarded to or answering; otherwise `null`. */
    agency: z.nullable(AgencyRef),
    /** Shown to the public on the tracker. */
    note: z.nullable(z.string()),
    /** Seen by officials only. */
    internalNote: z.nullable(z.string()),
    /** `null` for the citizen's submission and for changes by the bootstrap token. */
    actor: z.nullable(UserRef),
  })
  .check(z.meta({ id: 'AspirationAdminHistoryEntry' }));
export type AspirationAdminHistoryEntry = z.infer<typeof AspirationAdminHistoryEntry>;

/**
 * The whole aspiration, as officials see it. The reporter's personal data is there only for the roles that may see
 * it (admins and Dinas officials in scope); otherwise `reporter` is `null` and `personalDataHidden` is `true`.
 */
export const AspirationAdminView = z
  .object({
    id: Id,
    trackingCode: TrackingCode,
    kind: AspirationKind,
    status: AspirationStatus,
    title: z.string(),
    body: z.string(),
    category: CategoryRef,
    regionCode: VillageCode,
    anonymous: z.boolean(),
    confidential: z.boolean(),
    reporter: z.nullable(Reporter),
    personalDataHidden: z.boolean(),
    submittedAt: Timestamp,
    updatedAt: Timestamp,
    /** The agency it was last forwarded to, or `null`. */
    agency: z.nullable(AgencyRef),
    /** The stage it waits for: the first response, then the resolution; `null` once resolved or rejected. */
    dueStage: z.nullable(z.enum(['response', 'resolution'])),
    /** When that stage is due, in working days of its region (docs/running.md of kim-server). */
    dueAt: z.nullable(Timestamp),
    /** Past its due date and not finished. */
    overdue: z.boolean(),
    history: z.array(AspirationAdminHistoryEntry),
    /** Where it is about, as the citizen gave it; `null` when they gave nothing. The position: officials in scope only. */
    location: z.optional(z.nullable(AspirationLocation)),
    /** The citizen's files: present for officials in scope (admins, Dinas), absent for KIM operators. */
    attachments: z.optional(z.array(AspirationAttachment)),
    /** Present when a KIM recorded it for a resident: which KIM, the verbal consent, and the operator. */
    intake: z.optional(AspirationIntake),
    /** An information request's register number, details, extension, decision and objection; absent otherwise. */
    informationRequest: z.optional(InformationRequestView),
    /** Send it back in `If-Match` to change the status without overwriting someone else's change. */
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'AspirationAdminView' }));
export type AspirationAdminView = z.infer<typeof AspirationAdminView>;

const statusChangeFields = {
  status: AspirationStatus,
  /** The agency to forward to: required for `forwarded`, an active agency of the aspiration's regency or city. */
  agencyId: z.optional(Id),
  /** Shown to the citizen on the tracker. */
  note: z.optional(z.nullable(text(1, ASPIRATION_LIMITS.note.max))),
  /** For officials only. */
  internalNote: z.optional(z.nullable(text(1, ASPIRATION_LIMITS.internalNote.max))),
};

const rejectionNeedsNote = withMessage(
  z.refine<{ status: AspirationStatus; note?: string | null | undefined }>(
    (v) => v.status !== 'rejected' || (v.note != null && v.note.length > 0),
    { path: ['note'] },
  ),
  { id: 'Penolakan wajib disertai alasan', en: 'A rejection needs a note giving the reason' },
);

const forwardingNeedsAgency = withMessage(
  z.refine<{ status: AspirationStatus; agencyId?: string | undefined }>(
    (v) => (v.status === 'forwarded') === (v.agencyId !== undefined),
    { path: ['agencyId'] },
  ),
  {
    id: 'Pilih perangkat daerah tujuan penerusan (hanya untuk status diteruskan)',
    en: 'Name the agency to forward to (only with the status forwarded)',
  },
);

/** An official's status change. A rejection needs a public note (the reason); forwarding names the agency. */
export const AspirationStatusChange = z
  .object(statusChangeFields)
  .check(rejectionNeedsNote, forwardingNeedsAgency, z.meta({ id: 'AspirationStatusChange' }));
export type AspirationStatusChange = z.infer<typeof AspirationStatusChange>;

/** The same change for many aspirations at once; each is checked and changed on its own. */
export const AspirationBulkStatusChange = z
  .object({ ...statusChangeFields, ids: z.array(Id).check(z.minLength(1), z.maxLength(ASPIRATION_LIMITS.bulk.max)) })
  .check(rejectionNeedsNote, forwardingNeedsAgency, z.meta({ id: 'AspirationBulkStatusChange' }));
export type AspirationBulkStatusChange = z.infer<typeof AspirationBulkStatusChange>;

export const AspirationBulkResult = z
  .object({
    results: z.array(
      z.object({
        id: Id,
        /** `agency_mismatch`: the agency does not serve this aspiration's regency or city. */
        outcome: z.enum(['changed', 'not_found', 'invalid_transition', 'agency_mismatch']),
        /** The status it had, for `invalid_transition`. */
        from: z.optional(AspirationStatus),
      }),
    ),
  })
  .check(z.meta({ id: 'AspirationBulkResult' }));
export type AspirationBulkResult = z.infer<typeof AspirationBulkResult>;
