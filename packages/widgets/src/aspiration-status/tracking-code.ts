// Tracking codes as citizens type them, turned into the form the API issues.

/** Length of a tracking code: 10 Crockford base32 characters (50 bits). */
export const TRACKING_CODE_LENGTH = 10;

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

/**
 * Upper-cases, drops spaces and dashes, and applies Crockford's decoding aliases (I and L read as 1, O as 0),
 * so `abcd-efgh 1o` and `ABCDEFGH10` are the same code. Returns the cleaned text even when it is not a valid code.
 */
export function normalizeTrackingCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[\s\-‐-―]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Whether an already normalised code has the shape the API issues. */
export function isTrackingCode(code: string): boolean {
  return code.length === TRACKING_CODE_LENGTH && CROCKFORD.test(code);
}

/** Groups a code in fives for reading aloud or copying by hand: `ABCDE-FGHJK`. */
export function formatTrackingCode(code: string): string {
  return isTrackingCode(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}
