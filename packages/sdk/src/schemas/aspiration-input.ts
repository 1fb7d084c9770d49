// What a citizen submits: the aspiration, who submits it (optional, never public) and, for an information request,
// what is asked. Apart from the views (aspiration.ts) so that a page that only tracks does not carry the form's rules.
import * as z from 'zod/mini';
import { ASPIRATION_LIMITS, AspirationKind } from './aspiration.js';
import { AspirationLocationInput, ATTACHMENT_LIMITS, UploadId } from './aspiration-attachment.js';
import { Slug, VillageCode } from './common.js';
import { INFORMATION_REQUEST_CHECKS, InformationRequestInput } from './information-request-input.js';
import { withMessage } from './validation-messages.js';

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
