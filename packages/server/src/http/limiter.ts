// The seam between limits and their storage: an in-process token bucket today (`RateLimiter`), one shared by several
// processes through the database tomorrow. Anything with `take(key)` fits.
import type { RateLimitDecision } from './rate-limiter.js';

export interface Limiter {
  /** Takes one token from `key`'s bucket if there is one, and says what is left. */
  take(key: string): RateLimitDecision | Promise<RateLimitDecision>;
}
