// The public options of the client and of each call.
import type { AfterResponseHook, BeforeErrorHook, BeforeRequestHook, BeforeRetryHook } from 'ky';

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
   * The longest wait between two attempts. The computed backoff is capped at it. A `Retry-After` is never cut short:
   * when the server asks for a longer wait than this (or than what is left of `timeoutMs`), the call is not retried
   * and rejects at once with the error (`KimRateLimitError` for a 429), whose `retryAfter` gives the seconds asked.
   * @default 10000
   */
  maxDelayMs?: number;
}

/**
 * The bearer token of the calls that need one: a string, or a function called before each such call (it may be
 * async), so that an application can swap session tokens. `undefined` or `''` sends no `Authorization` header.
 */
export type TokenOption = string | (() => string | undefined | Promise<string | undefined>);

/**
 * [ky hooks](https://github.com/sindresorhus/ky#hooks), run on every request of the client, for logging, tracing
 * and authentication. Each hook gets `{ request, options, retryCount }` as in ky; `options.context.call` names the
 * call (`GET /v1/news`). `beforeError` hooks receive the SDK's error (`KimApiError`, `KimNetworkError`,
 * `KimTimeoutError`) and what they return is thrown; `beforeRetry` hooks receive the failure being retried (ky's
 * `HTTPError` for an error status, `KimNetworkError` when no response came).
 *
 * @example
 * hooks: {
 *   beforeRequest: [({ request }) => request.headers.set('traceparent', newTraceparent())],
 *   afterResponse: [({ request, response }) => log(request.method, request.url, response.status)],
 *   beforeRetry: [({ retryCount, error }) => log(`retry ${retryCount}: ${error.message}`)],
 *   beforeError: [({ error }) => { report(error); return error; }],
 * }
 */
export interface KimHooks {
  /** Before a request is sent (once per call, not per retry); may change the request or answer it. */
  beforeRequest?: BeforeRequestHook[];
  /** After each response, before it is checked; may return another `Response`. */
  afterResponse?: AfterResponseHook[];
  /** Before each retry, after the wait. */
  beforeRetry?: BeforeRetryHook[];
  /** Before an error is thrown; gets and returns the SDK's error. */
  beforeError?: BeforeErrorHook[];
}

/** Options of {@link createKimClient}. */
export interface KimClientOptions {
  /**
   * Where the API lives; paths such as `v1/news` are appended to it. An absolute http(s) URL, or in a browser a URL
   * relative to the page (`'/api'`). Checked by `createKimClient`, which throws a `TypeError` saying what is wrong
   * (`'localhost:8787'` has no scheme: write `'http://localhost:8787'`).
   * @example 'https://kim.pangkalpinangkota.go.id/api'
   */
  baseUrl: string | URL;
  /**
   * The `fetch` that ky calls, for tests, instrumentation or server-side rendering frameworks. Anything it throws
   * (other than an abort) is a network failure: retried like one, and reported as `KimNetworkError`.
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
   * Only GET requests are retried, and calls that carry an `Idempotency-Key` (aspiration submissions).
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
   * Token sent as `Authorization: Bearer <token>` by the calls that need one (`admin.*`), never by public calls.
   * A function is called before each of those calls, so a session token can change during the client's life.
   * @example token: process.env.KIM_ADMIN_TOKEN
   * @example token: async () => (await session.current())?.accessToken
   */
  token?: TokenOption | undefined;
  /**
   * ky hooks for logging, tracing and authentication: see {@link KimHooks}.
   */
  hooks?: KimHooks | undefined;
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

/**
 * Options of a write to a record that has a `version` (updates and workflow steps such as `publish`). The write
 * applies only to that version: it is sent as `If-Match: "<version>"`, and when someone else saved first the call
 * rejects with `KimPreconditionFailedError`, whose `current` is the record as it is now.
 */
export interface WriteOptions extends RequestOptions {
  /**
   * The `version` of the record as it was read (every record returned by `get`, `create`, `update` carries it).
   * @example await kim.admin.news.update(article.id, { title }, { version: article.version });
   */
  version: number;
}

/** How far an upload is. */
export interface UploadProgress {
  /** From 0 to 1; 1 only when every byte was sent. 0 throughout for a stream of unknown length. */
  percent: number;
  /** Bytes sent so far. */
  transferredBytes: number;
  /** Bytes to send (for a stream: the bytes sent so far). */
  totalBytes: number;
}

/** Options of `admin.media.upload`. */
export interface UploadOptions extends RequestOptions {
  /**
   * The file's media type: `image/jpeg`, `image/png` or `image/webp`. Needed for a stream; for a `Blob` or `File`
   * its `type` is used, and bytes are recognised by their first bytes.
   * @default the Blob's type, or what the first bytes say
   * @example { contentType: 'image/jpeg' }
   */
  contentType?: string | undefined;
  /**
   * Called as the upload advances. It needs a platform that streams request bodies: Node (any HTTP version) and
   * Chromium-based browsers talking HTTP/2 or HTTP/3 to the API (HTTPS behind a modern proxy). Elsewhere (Firefox,
   * Safari, Chromium over HTTP/1.1) it is called once, when the upload is complete. An error thrown by the
   * callback does not stop the upload; it is reported as an uncaught error.
   * @example onUploadProgress: ({ percent }) => (progressBar.value = percent)
   */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
  /**
   * The KIM group the image is for (a news article's or the group's logo). A KIM operator may upload only for a
   * group they operate, so their uploads must name it; officials and admins may leave it out.
   * @example { groupId: 'grp_0001' }
   */
  groupId?: string | undefined;
}
