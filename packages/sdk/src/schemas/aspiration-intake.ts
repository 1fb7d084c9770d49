// Aspirations a KIM operator records for a resident without internet (issue 15 item 8): what the operator sends,
// what the server answers (the slip's data), and how an aspiration says it came through a KIM.
import * as z from 'zod/mini';
import { UserRef } from './account.js';
import { AspirationStatus } from './aspiration.js';
import { AspirationInput, Reporter } from './aspiration-input.js';
import { IntakeGroup } from './aspiration-intake-ref.js';
import { Id, Timestamp, VillageCode } from './common.js';
import { TrackingCode } from './tracking-code.js';
import { withMessage } from './validation-messages.js';

/** The statement the operator reads aloud before recording; the resident's "yes" is what `verbalConsent` affirms. */
export const VERBAL_CONSENT_STATEMENT = {
  id:
    'Warga telah menyetujui secara lisan bahwa laporan ini, beserta nama dan kontak yang diberikan, dicatat oleh KIM ' +
    'dan diteruskan kepada pemerintah daerah untuk ditindaklanjuti. Kontak warga hanya dapat dilihat oleh petugas ' +
    'pemerintah daerah yang berwenang.',
  en:
    'The resident has agreed verbally that this report, with the name and contact given, is recorded by the KIM and ' +
    'passed to the local government for follow-up. Only the authorised government officials can see the contact.',
} as const;

const { consent: _consent, website: _website, ...citizenFields } = AspirationInput.shape;

/**
 * What a KIM operator (or an official at a service desk) sends for a resident: the public form's fields, the KIM
 * that takes it, and the affirmation that the resident consented verbally. Send an `Idempotency-Key`, as the form
 * does: a retry after a lost answer never records it twice.
 */
export const AspirationIntakeInput = z
  .object({
    ...citizenFields,
    /** The KIM taking the aspiration: one the operator operates (403 otherwise). */
    groupId: Id,
    /** The operator affirms that the resident agreed verbally to {@link VERBAL_CONSENT_STATEMENT}. */
    verbalConsent: withMessage(z.literal(true), {
      id: 'Pastikan warga telah menyetujui secara lisan sebelum laporan dicatat',
      en: 'Confirm that the resident agreed verbally before recording the report',
    }),
  })
  .check(z.meta({ id: 'AspirationIntakeInput' }));
export type AspirationIntakeInput = z.input<typeof AspirationIntakeInput>;
export type AspirationIntakeInputParsed = z.output<typeof AspirationIntakeInput>;

/** How an aspiration recorded by a KIM came in, as officials see it: "Dicatat oleh KIM Bacang". */
export const AspirationIntake = z
  .object({
    channel: z.literal('kim'),
    group: IntakeGroup,
    /** The resident consented by word of mouth, as the operator affirmed. */
    consent: z.literal('verbal'),
    /** The operator who recorded it; `null` when a bootstrap token did. */
    recordedBy: z.nullable(UserRef),
  })
  .check(z.meta({ id: 'AspirationIntake' }));
export type AspirationIntake = z.infer<typeof AspirationIntake>;

/**
 * The answer to a recording: what the slip needs, and the resident's contact as the operator typed it. This is the
 * only time an operator sees that contact: afterwards it is shown to officials in scope alone.
 */
export const AspirationIntakeReceipt = z
  .object({
    id: Id,
    trackingCode: TrackingCode,
    status: AspirationStatus,
    submittedAt: Timestamp,
    regionCode: VillageCode,
    intake: AspirationIntake,
    /** As sent in this request; `null` when the resident gave none. */
    reporter: z.nullable(Reporter),
  })
  .check(z.meta({ id: 'AspirationIntakeReceipt' }));
export type AspirationIntakeReceipt = z.infer<typeof AspirationIntakeReceipt>;
