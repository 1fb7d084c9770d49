// Throttling of failed attempts (tracking-code lookups, admin tokens): successes cost nothing, failures a token.

import { HttpProblem } from './problem.js';
import type { Limiter } from './rate-limiter.js';

/** Clients blocked right now, at most; the oldest block is forgotten first when a flood of addresses fills it. */
const MAX_BLOCKED = 50_000;

/**
 * Each failure takes a token from the client's bucket in `limiter`; once the bucket is empty the client is blocked
 * until a token is back, and every attempt meanwhile (right or wrong) is refused without being tried. The buckets
 * live wherever the limiter keeps them (shared by processes when it is storage-backed); the short list of blocked
 * clients is per process, so each process lets a blocked client fail once more before it learns of the block.
 */
export class FailureThrottle {
  readonly #limiter: Limiter;
  readonly #now: () => number;
  readonly #blockedUntil = new Map<string, number>();

  constructor(limiter: Limiter, now: () => number = Date.now) {
    this.#limiter = limiter;
    this.#now = now;
  }

  /** Seconds `key` must wait before its next attempt, or 0. */
  blockedFor(key: string): number {
    const until = this.#blockedUntil.get(key);
    if (until === undefined) return 0;
    const wait = until - this.#now();
    if (wait <= 0) {
      this.#blockedUntil.delete(key);
      return 0;
    }
    return Math.ceil(wait / 1000);
  }

  /**
   * Records a failure; returns the seconds `key` is now blocked for, or 0 while it has attempts left. A bucket of
   * `limit` tokens allows `limit` failures; the one after that blocks.
   */
  async failed(key: string): Promise<number> {
    const decision = await this.#limiter.take(key);
    if (decision.allowed) return 0;
    const seconds = Math.max(1, decision.retryAfterSeconds);
    if (this.#blockedUntil.size >= MAX_BLOCKED) this.#forgetExpiredOrOldest();
    this.#blockedUntil.delete(key);
    this.#blockedUntil.set(key, this.#now() + seconds * 1000);
    return seconds;
  }

  /** Drops expired blocks, then the oldest tenth if that was not enough: each sweep pays for many inserts. */
  #forgetExpiredOrOldest(): void {
    const now = this.#now();
    for (const [key, until] of this.#blockedUntil) if (until <= now) this.#blockedUntil.delete(key);
    let excess = this.#blockedUntil.size - MAX_BLOCKED * 0.9;
    for (const key of this.#blockedUntil.keys()) {
      if (excess-- <= 0) break;
      this.#blockedUntil.delete(key);
    }
  }
}

/** The 429 of a blocked client; `what` names the failures in both languages. */
export function tooManyFailures(seconds: number, what: { id: string; en: string }): HttpProblem {
  return new HttpProblem(429, 'rate_limited', {
    detail: {
      id: `Terlalu banyak ${what.id} dari alamat ini; coba lagi dalam ${seconds} detik`,
      en: `Too many ${what.en} from this address; try again in ${seconds} s`,
    },
    headers: { 'Retry-After': String(seconds) },
  });
}
