// When and how long to wait before trying a call again.
import type { KimClientOptions, RetryOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** Statuses worth another try: the request timed out, was throttled, or the server or a proxy had a bad moment. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/** Turns the `retry` option into a full policy. */
export function resolveRetry(retry: KimClientOptions['retry']): RetryPolicy {
  if (retry === false) return { ...DEFAULT_RETRY, limit: 0 };
  if (typeof retry === 'number') return { ...DEFAULT_RETRY, limit: retry };
  return { ...DEFAULT_RETRY, ...retry };
}

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first retry): what `Retry-After` asks for when
 * the response has it, else exponential backoff with full jitter; never more than `maxDelayMs`.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  response?: Response,
  random: () => number = Math.random,
): number {
  const retryAfter = parseRetryAfter(response?.headers.get('retry-after'));
  const delay = retryAfter === undefined ? random() * policy.baseDelayMs * 2 ** (attempt - 1) : retryAfter * 1000;
  return Math.max(0, Math.min(policy.maxDelayMs, delay));
}
