// The public options of the client and of each call.

/** A `fetch`-compatible function. The SDK always calls it with a `Request`. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** How failed calls are retried. */
export interface RetryOptions {
  /**
   * Retries after the first attempt. `0` disables retrying.
   * @default 2
   */
  limit?: number;
  /**
   * Delay before the first retry; it doubles on each further retry and is randomised ("full jitter": a random
   * delay between 0 and the computed one) so that many clients do not retry in step.
   * @default 300
   */
  baseDelayMs?: number;
  /**
   * The longest wait between two attempts, also for a `Retry-After` the server asks for.
   * @default 10000
   */
  maxDelayMs?: number;
}

/** Options of {@link createKimClient}. */
export interface KimClientOptions {
  /**
   * Where the API lives; paths such as `v1/news` are appended to it. Absolute, or relative to the page in a browser.
   * @example 'https://kim.pangkalpinangkota.go.id/api'
   */
  baseUrl: string | URL;
  /**
   * The `fetch` to use, for tests, instrumentation or server-side rendering frameworks.
   * @default globalThis.fetch (looked up at call time)
   * @example fetch: (request) => { console.log(request.method, request.url); return fetch(request); }
   */
  fetch?: FetchLike | undefined;
  /**
   * Time budget of a whole call in milliseconds, retries and reading the body included. When it runs out the call
   * rejects with a `KimTimeoutError`. `false` for no limit.
   * @default 30000
   */
  timeoutMs?: number | false | undefined;
  /**
   * Retries of calls that failed for reasons that may pass: network errors, 408, 429, 500, 502, 503 and 504.
   * Only GET requests are retried, and aspiration submissions, which carry an `Idempotency-Key`.
   * A number sets `limit`; `false` disables retrying.
   * @default { limit: 2, baseDelayMs: 300, maxDelayMs: 10000 }
   * @example retry: { limit: 4, baseDelayMs: 500 }
   */
  retry?: RetryOptions | number | false | undefined;
  /**
   * Extra headers sent with every request.
   * @example headers: { 'Accept-Language': 'id' }
   */
  headers?: Record<string, string> | undefined;
  /**
   * Admin token, sent as `Authorization: Bearer <token>` by the `admin.*` calls only.
   * @example token: process.env.KIM_ADMIN_TOKEN
   */
  token?: string | undefined;
  /**
   * Check every response body against the schema, rejecting with a `KimResponseError` when it does not match.
   * Turn off only to save a little CPU with a server you trust.
   * @default true
   */
  validate?: boolean | undefined;
  /**
   * Entries kept in the in-memory ETag cache of GET responses (least recently used first out). A cached URL is
   * requested with `If-None-Match`, and a `304 Not Modified` answer is served from the cache. `0` disables it.
   * @default 100
   */
  cacheSize?: number | undefined;
}

/** Options of a single call. */
export interface RequestOptions {
  /**
   * Cancels the call. The call then rejects with the signal's `reason` (by default a `DOMException` named
   * `AbortError`), unchanged and not wrapped in a `KimError`, as `fetch` does.
   * @example
   * const controller = new AbortController();
   * client.news.list({ region: '19.71' }, { signal: controller.signal });
   * controller.abort();
   */
  signal?: AbortSignal | undefined;
  /**
   * Time budget of this call in milliseconds, retries included; overrides the client's `timeoutMs`.
   * @example { timeoutMs: 5000 }
   */
  timeoutMs?: number | false | undefined;
}

/** Options of `aspirations.submit`. */
export interface SubmitOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` header. Retries of one call always reuse the same key, so the server records the
   * aspiration once. Pass your own to make a resubmission after a crash or reload safe too.
   * @default a new random UUID per call
   */
  idempotencyKey?: string | undefined;
}
