// The reporter's follow-up secret: issued on the receipt, stored only as a hash, checked in constant time.
//
// Why derived, not drawn: a receipt may be lost on the way back (the form's outbox then sends the same submission
// again under its Idempotency-Key), and the replay must show the secret the first answer carried. The database keeps
// only the hash, which cannot give the secret back, so the secret is derived: HMAC-SHA256 of the server's follow-up
// key and the aspiration's id, 100 bits of it in Crockford base32. The replay derives it again and checks it against
// the stored hash before showing it. Keeping an encrypted copy instead would need the same kind of key and a column
// that holds the secret itself. The stored hash, not the key, is what verification checks: a changed key leaves every
// earlier secret valid, and only a replay of a submission made under the old key comes back without its secret.
// A database copied without the key gives away no secret.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatFollowUpSecret, normalizeFollowUpSecret } from '@kim-kit/sdk/schemas';
import { type FailureThrottle, tooManyFailures } from '../http/failure-throttle.js';
import { HttpProblem } from '../http/problem.js';
import type { FollowUpTarget, Storage } from '../storage/storage.js';
import { randomCrockford } from './tracking-code.js';

/** Shortest follow-up key accepted, in characters. */
export const FOLLOW_UP_KEY_MIN_LENGTH = 32;

/** SHA-256 (hex) of a secret in its canonical form: what the database keeps. The secret has 100 random bits. */
export const followUpSecretHash = (canonical: string) => createHash('sha256').update(canonical).digest('hex');

/** Issues the follow-up secrets of aspirations under one server key. */
export class FollowUpSecrets {
  readonly #key: Buffer;

  /**
   * @param key at least 32 characters, the same for every process serving one database; without it, a random
   *   key of this process (a replay served after a restart or by another process then carries no secret).
   */
  constructor(key?: string) {
    if (key !== undefined && key.length < FOLLOW_UP_KEY_MIN_LENGTH) {
      throw new TypeError(`followUpKey: at least ${FOLLOW_UP_KEY_MIN_LENGTH} characters`);
    }
    this.#key = key === undefined ? randomBytes(32) : Buffer.from(key, 'utf8');
  }

  /** The secret of aspiration `id`, grouped for reading (`K7QD-9XMP-2HRT-V4CW-8NZE`), and its hash. */
  issue(id: string): { secret: string; hash: string } {
    const mac = createHmac('sha256', this.#key).update(`kim-follow-up-secret/v1\0${id}`).digest();
    const canonical = randomCrockford(20, mac);
    return { secret: formatFollowUpSecret(canonical), hash: followUpSecretHash(canonical) };
  }

  /** The secret to show again on a replay: only when it still matches what was stored. */
  reissue(id: string, storedHash: string | null | undefined): string | undefined {
    const { secret, hash } = this.issue(id);
    return storedHash && sameHash(hash, storedHash) ? secret : undefined;
  }
}

const sameHash = (a: string, b: string) => {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
};

// The secret's hash stands in for a missing aspiration, so an unknown code costs the same work as a wrong secret.
const NO_HASH = followUpSecretHash('0'.repeat(20));

/** The one refusal for a wrong secret, an unknown tracking code or an aspiration without a secret: no oracle. */
export const wrongFollowUpSecret = () =>
  new HttpProblem(403, 'forbidden', {
    detail: {
      id: 'Kode lacak atau kode rahasia tidak cocok',
      en: 'The tracking code or the follow-up secret does not match',
    },
  });

export interface FollowUpVerification {
  storage: Storage;
  /** Failed checks per client (as the tracker's failed lookups); `null` when off. */
  throttle: FailureThrottle | null;
  /** The client's throttle key (`clientKey(...)`). */
  client: string;
}

/**
 * Checks a tracking code and follow-up secret as a reporter typed them. Refuses with 429 while the client is
 * blocked, and with the same 403 for an unknown code, a wrong secret or an aspiration without one; each refusal
 * takes one of the client's attempts. The comparison is constant-time over the hashes.
 *
 * @returns the aspiration the secret belongs to
 */
export async function verifyFollowUpSecret(
  check: FollowUpVerification,
  trackingCode: string,
  secret: string,
): Promise<FollowUpTarget> {
  const wait = check.throttle?.blockedFor(check.client) ?? 0;
  if (wait > 0) throw tooManyFailures(wait, { id: 'kode rahasia yang salah', en: 'wrong follow-up secrets' });
  const canonical = normalizeFollowUpSecret(secret);
  const target = await check.storage.getFollowUpTarget(trackingCode);
  const given = followUpSecretHash(canonical ?? '');
  const stored = target?.followUpSecretHash ?? NO_HASH;
  const match = sameHash(given, stored);
  if (!target || !target.followUpSecretHash || canonical === null || !match) {
    const blocked = (await check.throttle?.failed(check.client)) ?? 0;
    if (blocked > 0) throw tooManyFailures(blocked, { id: 'kode rahasia yang salah', en: 'wrong follow-up secrets' });
    throw wrongFollowUpSecret();
  }
  return target;
}
