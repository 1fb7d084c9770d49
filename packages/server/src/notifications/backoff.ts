// When a failed delivery is tried again: exponential backoff with jitter, up to a number of attempts.

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the message is marked failed. @default 8 */
  maxAttempts: number;
  /** Delay after the first failure, in milliseconds; doubled after each further one. @default 30000 */
  baseDelayMs: number;
  /** Longest delay, in milliseconds. @default 6 hours */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3_600_000 };

/**
 * The delay before attempt `attempts + 1`, or `null` when `attempts` were the last allowed. "Equal jitter": half the
 * exponential delay is fixed, the other half random, so messages that failed together (an SMTP server down) do not
 * all come back at the same moment, and none comes back sooner than half its delay.
 */
export function retryDelay(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
