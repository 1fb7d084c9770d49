// What officials send on an information request's legal course (UU 14/2008): the extension, the decision (answer or
// written refusal with its legal ground) and the answer to an objection. Apart from the public part
// (information-request.ts) so that a public page's bundle carries none of it.
import * as z from 'zod/mini';
import { INFORMATION_REQUEST_LIMITS, RefusalGround } from './information-request.js';
import { withMessage } from './validation-messages.js';

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const reason = () => text(INFORMATION_REQUEST_LIMITS.reason.min, INFORMATION_REQUEST_LIMITS.reason.max);

/** An official extends the deadline of an information request: once, by 1 to 7 working days, with a public reason. */
export const InformationRequestExtensionInput = z
  .object({
    days: z.number().check(
      z.int(),
      withMessage(z.gte(INFORMATION_REQUEST_LIMITS.extensionDays.min), {
        id: 'Perpanjangan 1 sampai 7 hari kerja',
        en: 'An extension is 1 to 7 working days',
      }),
      withMessage(z.lte(INFORMATION_REQUEST_LIMITS.extensionDays.max), {
        id: 'Perpanjangan paling lama 7 hari kerja (Pasal 22 ayat (8) UU 14/2008)',
        en: 'An extension is at most 7 working days (UU 14/2008 art. 22(8))',
      }),
    ),
    /** Shown to the requester on the tracker. */
    reason: reason(),
  })
  .check(z.meta({ id: 'InformationRequestExtensionInput' }));
export type InformationRequestExtensionInput = z.infer<typeof InformationRequestExtensionInput>;

/**
 * An official decides an information request: `resolved` with the answer (the information, or where and how it is
 * given), or `rejected`, a written refusal that names its legal ground and explains it.
 */
export const InformationRequestDecisionInput = z
  .discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('resolved'), answer: text(1, INFORMATION_REQUEST_LIMITS.answer.max) }),
    z.object({ outcome: z.literal('rejected'), ground: RefusalGround, reason: reason() }),
  ])
  .check(z.meta({ id: 'InformationRequestDecisionInput' }));
export type InformationRequestDecisionInput = z.infer<typeof InformationRequestDecisionInput>;

/** The answer of the superior of the PPID to an objection (within 30 working days, art. 36(2)). */
export const InformationObjectionAnswerInput = z
  .object({ answer: text(1, INFORMATION_REQUEST_LIMITS.answer.max) })
  .check(z.meta({ id: 'InformationObjectionAnswerInput' }));
export type InformationObjectionAnswerInput = z.infer<typeof InformationObjectionAnswerInput>;
