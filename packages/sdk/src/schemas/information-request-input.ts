// What an information request adds to a submission, and the checks it adds to `AspirationInput` (UU 14/2008 art.
// 22(2)). Apart from the request's views (information-request.ts) so that a page that only tracks does not carry it.
import * as z from 'zod/mini';
import { INFORMATION_REQUEST_LIMITS, InformationDelivery, InformationFormat } from './information-request.js';
import { withMessage } from './validation-messages.js';

/** Trimmed text within bounds. */
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** What an information request adds to a submission (`AspirationInput.informationRequest`). */
export const InformationRequestInput = z
  .object({
    /** Why the requester wants the information (tujuan penggunaan informasi, art. 22(2)). */
    purpose: text(INFORMATION_REQUEST_LIMITS.purpose.min, INFORMATION_REQUEST_LIMITS.purpose.max),
    /** The information asked for (rincian informasi yang dibutuhkan). */
    informationRequested: text(
      INFORMATION_REQUEST_LIMITS.informationRequested.min,
      INFORMATION_REQUEST_LIMITS.informationRequested.max,
    ),
    format: InformationFormat,
    delivery: InformationDelivery,
  })
  .check(z.meta({ id: 'InformationRequestInput' }));
export type InformationRequestInput = z.infer<typeof InformationRequestInput>;

/** The part of a submission the information-request rules read. */
interface SubmissionShape {
  kind: string;
  anonymous?: boolean | undefined;
  reporter?: { name?: string | undefined; email?: string | undefined; phone?: string | undefined } | undefined;
  informationRequest?: unknown;
}

const isRequest = (v: SubmissionShape) => v.kind === 'information_request';

/**
 * The checks an information request adds to `AspirationInput`: the details, a name and a contact, never anonymous
 * (UU 14/2008 art. 22(2): the requester gives name, address and contact). Each names the field it is about.
 */
export const INFORMATION_REQUEST_CHECKS = [
  withMessage(
    z.refine<SubmissionShape>((v) => isRequest(v) === (v.informationRequest !== undefined), {
      path: ['informationRequest'],
    }),
    {
      id: 'Permohonan informasi wajib menyebut informasi yang diminta, tujuan, format dan cara penyampaian',
      en: 'An information request needs the information requested, its purpose, format and delivery (only then)',
    },
  ),
  withMessage(
    z.refine<SubmissionShape>((v) => !isRequest(v) || v.anonymous !== true, { path: ['anonymous'] }),
    { id: 'Permohonan informasi tidak dapat diajukan secara anonim', en: 'An information request cannot be anonymous' },
  ),
  withMessage(
    z.refine<SubmissionShape>((v) => !isRequest(v) || Boolean(v.reporter?.name), { path: ['reporter', 'name'] }),
    { id: 'Pemohon informasi wajib mengisi nama', en: 'An information request needs the requester’s name' },
  ),
  withMessage(
    z.refine<SubmissionShape>((v) => !isRequest(v) || Boolean(v.reporter?.email || v.reporter?.phone), {
      path: ['reporter', 'email'],
    }),
    {
      id: 'Pemohon informasi wajib mengisi email atau nomor telepon',
      en: 'An information request needs an email address or a phone number',
    },
  ),
] as const;
