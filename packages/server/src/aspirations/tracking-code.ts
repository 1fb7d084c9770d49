// Issuing tracking codes: the contract says what a code is (alphabet, length); drawing fresh ones from the system's
// CSPRNG is the server's job.
import { randomFillSync } from 'node:crypto';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from '@kim-kit/sdk/schemas';

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

/**
 * `length` characters of the tracking-code alphabet from `bytes`; 32 divides 256, so masking a byte keeps every
 * character equally likely.
 */
export function randomCrockford(length: number, bytes: Uint8Array = randomBytesFromPool(length)): string {
  let out = '';
  for (let i = 0; i < length; i++) out += TRACKING_CODE_ALPHABET[(bytes[i] ?? 0) & 31];
  return out;
}

/** A fresh tracking code, e.g. `7K3M9QX2PD`. */
export const newTrackingCode = () => randomCrockford(TRACKING_CODE_LENGTH);
