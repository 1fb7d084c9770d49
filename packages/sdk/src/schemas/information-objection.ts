// The requester's objection (keberatan) as sent with the tracking code and the follow-up secret. Apart from the
// information request's views so that a page that only submits and tracks does not carry it.
import * as z from 'zod/mini';
import { INFORMATION_REQUEST_LIMITS, ObjectionReason } from './information-request.js';

/**
 * A requester's objection (keberatan, UU 14/2008 art. 35-36), filed with the tracking code and the follow-up secret
 * within 30 working days of the answer, the refusal or the missed deadline.
 */
export const InformationObjectionInput = z
  .object({
    /** The follow-up secret the receipt showed once. */
    secret: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    reason: ObjectionReason,
    text: z
      .string()
      .check(
        z.trim(),
        z.minLength(INFORMATION_REQUEST_LIMITS.reason.min),
        z.maxLength(INFORMATION_REQUEST_LIMITS.reason.max),
      ),
  })
  .check(z.meta({ id: 'InformationObjectionInput' }));
export type InformationObjectionInput = z.infer<typeof InformationObjectionInput>;
