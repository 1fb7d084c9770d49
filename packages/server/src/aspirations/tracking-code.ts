// Tracking codes: 10 characters of Crockford base32 (50 bits) from the system's CSPRNG.
import { randomBytes } from 'node:crypto';

/** Crockford's alphabet: digits and letters without I, L, O and U, so codes read aloud unambiguously. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const TRACKING_CODE_LENGTH = 10;

const CODE_PATTERN = new RegExp(`^[${CROCKFORD_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`);

/** `length` random Crockford characters; 32 divides 256, so masking a byte keeps every character equally likely. */
export function randomCrockford(length: number, bytes: Uint8Array = randomBytes(length)): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD_ALPHABET[(bytes[i] ?? 0) & 31];
  return out;
}

/** A fresh tracking code, e.g. `7K3M9QX2PD`. */
export const newTrackingCode = () => randomCrockford(TRACKING_CODE_LENGTH);

/**
 * Reads a code as a person may type it: any case, with hyphens or spaces, I/L for 1 and O for 0.
 * Returns `null` when it cannot be a tracking code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return CODE_PATTERN.test(code) ? code : null;
}
