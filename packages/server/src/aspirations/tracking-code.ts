// Tracking codes: 10 characters of Crockford base32 (50 bits) from the system's CSPRNG.
import { randomFillSync } from 'node:crypto';

/** Crockford's alphabet: digits and letters without I, L, O and U, so codes read aloud unambiguously. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const TRACKING_CODE_LENGTH = 10;

const CODE_PATTERN = new RegExp(`^[${CROCKFORD_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`);

// Every submission draws a few random bytes (an id and a tracking code). Taking them from a pool the CSPRNG refills a
// kilobyte at a time costs a fraction of one CSPRNG call per draw; each byte is handed out once.
const pool = new Uint8Array(1024);
let poolUsed = pool.length;

/** `length` fresh bytes from the system's CSPRNG (via the pool); read them before the next call. */
function randomBytesFromPool(length: number): Uint8Array {
  if (length > pool.length) return randomFillSync(new Uint8Array(length));
  if (poolUsed + length > pool.length) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  poolUsed += length;
  return pool.subarray(poolUsed - length, poolUsed);
}

/** `length` random Crockford characters; 32 divides 256, so masking a byte keeps every character equally likely. */
export function randomCrockford(length: number, bytes: Uint8Array = randomBytesFromPool(length)): string {
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
