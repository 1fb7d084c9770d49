// The reporter's follow-up secret: shown once on the receipt, it proves that whoever follows an aspiration up is the
// person who submitted it (the tracking code alone is public enough to be shared).
import * as z from 'zod/mini';
import { TRACKING_CODE_ALPHABET } from './tracking-code.js';
import { withMessage } from './validation-messages.js';

/** Characters in a follow-up secret: 20 of Crockford's base32, 100 random bits. */
export const FOLLOW_UP_SECRET_LENGTH = 20;

const CANONICAL = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{${FOLLOW_UP_SECRET_LENGTH}}$`);

// As for tracking codes: spaces, every Unicode dash and invisible characters a copy brings along.
const SEPARATORS = /[\s\p{Pd}\u2212\u00ad\u200b-\u200d\u2060]+/gu;

/**
 * Reads a follow-up secret as a person may type or paste it: any case, grouped with spaces or dashes, Crockford's
 * look-alikes (O read as 0, I and L as 1).
 *
 * @returns the secret as the API issues it, or `null` when the input cannot be one
 * @example
 * normalizeFollowUpSecret('k7qd-9xmp-2hrt-v4cw-8nze') // 'K7QD9XMP2HRTV4CW8NZE'
 */
export function normalizeFollowUpSecret(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const secret = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  return CANONICAL.test(secret) ? secret : null;
}

/** Groups a secret in fours for reading aloud: `K7QD-9XMP-2HRT-V4CW-8NZE`; other text comes back unchanged. */
export function formatFollowUpSecret(secret: string): string {
  const canonical = normalizeFollowUpSecret(secret);
  return canonical ? (canonical.match(/.{4}/g) ?? []).join('-') : secret;
}

/** A follow-up secret as issued, grouped in fours (`K7QD-9XMP-2HRT-V4CW-8NZE`). */
export const FollowUpSecret = z.string().check(
  z.meta({
    id: 'FollowUpSecret',
    description:
      '20 characters of Crockford base32 (100 random bits), grouped in fours; shown once, on the receipt. Send it ' +
      'back as issued or as typed: case, spaces and dashes do not matter.',
    example: 'K7QD-9XMP-2HRT-V4CW-8NZE',
  }),
);

/** A follow-up secret as a person sends it back: anything {@link normalizeFollowUpSecret} reads. */
export const FollowUpSecretInput = z.string().check(
  withMessage(
    z.refine((value: string) => normalizeFollowUpSecret(value) !== null),
    {
      id: 'Kode rahasia terdiri atas 20 huruf dan angka, contoh: K7QD-9XMP-2HRT-V4CW-8NZE',
      en: 'A follow-up secret has 20 letters and digits, e.g. K7QD-9XMP-2HRT-V4CW-8NZE',
    },
  ),
);
