// Tracking codes: what the server issues for an aspiration, and how the code a citizen types is read back.
import * as z from 'zod/mini';
import { withMessage } from './validation-messages.js';

/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so a code read aloud or copied by hand
 * stays unambiguous. The server draws tracking codes from it.
 */
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a tracking code: 10 of the alphabet, 50 random bits. */
export const TRACKING_CODE_LENGTH = 10;

const CANONICAL = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`);

// Spaces of any kind, every Unicode dash (hyphen, en and em dash...), the minus sign, and invisible characters that
// copying from a chat or a PDF brings along (soft hyphen, zero-width space and joiners, word joiner).
const SEPARATORS = /[\s\p{Pd}\u2212\u00ad\u200b-\u200d\u2060]+/gu;

/** Longer input is not a mistyped code; refusing it early keeps the work bounded. */
const MAX_INPUT_LENGTH = 64;

/** A tracking code as the API issues it: 10 characters of {@link TRACKING_CODE_ALPHABET}, e.g. `7K3M9QX2PD`. */
export const TrackingCode = z.string().check(
  withMessage(z.regex(CANONICAL), {
    id: 'Kode lacak terdiri atas 10 huruf dan angka, contoh: 7K3M9-QX2PD',
    en: 'A tracking code has 10 letters and digits, e.g. 7K3M9-QX2PD',
  }),
  z.meta({
    id: 'TrackingCode',
    description: '10 characters of Crockford base32 (no I, L, O or U), as issued; shown as `7K3M9-QX2PD`.',
    example: '7K3M9QX2PD',
  }),
);

/**
 * Reads a tracking code as a person may type or paste it: any case, with spaces or any kind of dash, full-width
 * characters, and Crockford's look-alikes (O read as 0, I and L as 1).
 *
 * @returns the code as the API issues it, or `null` when the input cannot be one
 * @example
 * normalizeTrackingCode(' 7k3m9–qx2pd ') // '7K3M9QX2PD'
 * normalizeTrackingCode('7K3M9-QX2PO')   // '7K3M9QX2P0'
 * normalizeTrackingCode('7K3M9')         // null
 */
export function normalizeTrackingCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const code = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  return CANONICAL.test(code) ? code : null;
}

/**
 * Groups a tracking code in fives for reading aloud or copying by hand: `7K3M9-QX2PD`. Accepts anything
 * {@link normalizeTrackingCode} reads; other text comes back unchanged.
 */
export function formatTrackingCode(code: string): string {
  const canonical = normalizeTrackingCode(code);
  return canonical ? `${canonical.slice(0, 5)}-${canonical.slice(5)}` : code;
}
