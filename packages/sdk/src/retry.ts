// How failed calls are retried, as ky options: which calls, how long to wait, and when a server's Retry-After asks
// for longer than the client may wait (the call then ends with the error instead of retrying sooner).
import { HTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import { isKimNetworkError } from './errors/guards.js';
import type { KimClientOptions, RetryOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** Statuses worth another try: the request timed out, was throttled, or the server or a proxy had a bad moment. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Turns the `retry` option into a full policy, refusing values ky would only refuse at the first call. */
export function resolveRetry(retry: KimClientOptions['retry']): RetryPolicy {
  const policy =
    retry === false
      ? { ...DEFAULT_RETRY, limit: 0 }
      : typeof retry === 'number'
        ? { ...DEFAULT_RETRY, limit: retry }
        : { ...DEFAULT_RETRY, ...definedOnly(retry ?? {}) };
  if (!Number.isInteger(policy.limit) || policy.limit < 0) {
    throw new TypeError(`createKimClient: \`retry.limit\` must be a whole number of 0 or more, got ${policy.limit}`);
  }
  return policy;
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** What a call's retries need to know about it. */
export interface RetryContext {
  method: string;
  /** The caller's signal: an aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /** When the call's time budget runs out (`performance.now()` time), or `undefined` without a budget. */
  deadline?: number | undefined;
}

/**
 * ky's retry options for one call: exponential backoff with full jitter, capped at `maxDelayMs`; a `Retry-After`
 * (seconds or an HTTP date) is waited exactly, without jitter. When it asks for longer than `maxDelayMs`, or than
 * what is left of the call's time budget, the call is not retried: it ends with the API error, whose `retryAfter`
 * says when to try again. A network failure from any `fetch` (not only the messages ky recognises) is retried.
 */
export function kyRetry(policy: RetryPolicy, { method, signal, deadline }: RetryContext): KyRetryOptions {
  return {
    limit: policy.limit,
    methods: [method.toLowerCase()],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    delay: (attempt) => policy.baseDelayMs * 2 ** (attempt - 1),
    jitter: true,
    backoffLimit: policy.maxDelayMs,
    maxRetryAfter: policy.maxDelayMs,
    retryOnTimeout: false,
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      if (isKimNetworkError(error)) return true;
      if (error instanceof HTTPError) {
        const seconds = parseRetryAfter(error.response.headers.get('retry-after'));
        if (seconds === undefined) return undefined;
        const wait = seconds * 1000;
        if (wait > policy.maxDelayMs) return false;
        if (deadline !== undefined && wait >= deadline - now()) return false;
      }
      return undefined;
    },
  };
}

export const now = (): number => globalThis.performance?.now() ?? Date.now();
