// The one place where the SDK talks HTTP: ky does the transport, retries and time budget; this file maps
// everything that can go wrong to the SDK's errors and serves conditional GETs from the ETag cache.
import ky, { isHTTPError, isTimeoutError, type RetryOptions as KyRetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { createApiError } from './errors/create-api-error.js';
import { isKimError } from './errors/guards.js';
import { KimNetworkError } from './errors/kim-network-error.js';
import { KimResponseError, type ResponseIssue } from './errors/kim-response-error.js';
import { KimTimeoutError } from './errors/kim-timeout-error.js';
import { EtagCache } from './etag-cache.js';
import type { FetchLike, KimClientOptions, RequestOptions, RetryOptions } from './options.js';

/** One API call, as the resources describe it. */
export interface Call<T> {
  method: 'GET' | 'POST';
  /** Path below the base URL, segments already encoded, e.g. `v1/news/abc`. */
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  body?: unknown;
  /** Schema of the success body. */
  schema: z.ZodMiniType<T>;
  /** Send the admin token. */
  auth?: boolean;
  /** Makes a POST safe to retry. */
  idempotencyKey?: string | undefined;
}

/** Sends a call and resolves with its validated body. */
export type Send = <T>(call: Call<T>, options?: RequestOptions) => Promise<T>;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY: Required<RetryOptions> = { limit: 2, baseDelayMs: 300, maxDelayMs: 10_000 };
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];
const MAX_ISSUES = 200;

function resolveRetry(retry: KimClientOptions['retry']): Required<RetryOptions> {
  if (retry === false) return { ...DEFAULT_RETRY, limit: 0 };
  if (typeof retry === 'number') return { ...DEFAULT_RETRY, limit: retry };
  return { ...DEFAULT_RETRY, ...retry };
}

function kyRetry({ limit, baseDelayMs, maxDelayMs }: Required<RetryOptions>): KyRetryOptions {
  return {
    limit,
    // Which calls may retry is decided per call (limit 0 otherwise), so every method we use is listed here.
    methods: ['get', 'post'],
    statusCodes: RETRY_STATUS_CODES,
    afterStatusCodes: [429, 503],
    maxRetryAfter: maxDelayMs,
    backoffLimit: maxDelayMs,
    delay: (attempt) => baseDelayMs * 2 ** (attempt - 1),
    jitter: true,
    // Network failures reach ky already wrapped (see `transport`), which ky would not recognise by itself.
    shouldRetry: ({ error }) => (error instanceof KimNetworkError ? true : undefined),
  };
}

const issuePath = (path: PropertyKey[]) => path.map(String).join('.');

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_format') return `expected ${issue.format}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code.replaceAll('_', ' ');
}

/** Builds the `send` function that every resource of one client shares. */
export function createSender(options: KimClientOptions): Send {
  const baseUrl = String(options.baseUrl);
  const retry = resolveRetry(options.retry);
  const cache = new EtagCache(options.cacheSize ?? 100);
  const validate = options.validate ?? true;
  const userFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  // A failing fetch becomes a KimNetworkError here, unless it failed because the call was aborted or timed out.
  const transport: FetchLike = async (input, init) => {
    try {
      return await userFetch(input, init);
    } catch (error) {
      if (input.signal?.aborted) throw error;
      throw new KimNetworkError(
        `Network error on ${input.method} ${input.url}: ${(error as Error)?.message ?? error}`,
        {
          cause: error,
        },
      );
    }
  };

  return async <T>(call: Call<T>, { signal, timeoutMs: callTimeout }: RequestOptions = {}): Promise<T> => {
    signal?.throwIfAborted();
    const label = `${call.method} /${call.path}`;
    const timeoutMs = callTimeout ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const canRetry = call.method === 'GET' || call.idempotencyKey !== undefined;
    const useCache = call.method === 'GET';

    const headers = new Headers(options.headers);
    headers.set('accept', 'application/json');
    if (call.auth && options.token) headers.set('authorization', `Bearer ${options.token}`);
    if (call.idempotencyKey !== undefined) headers.set('idempotency-key', call.idempotencyKey);

    let url = '';
    let response: Response;
    let text: string;
    try {
      const pending = ky(call.path, {
        prefix: baseUrl,
        method: call.method,
        headers,
        json: call.body,
        searchParams: call.query,
        signal,
        // ky always hands fetch a Request.
        fetch: (input, init) => transport(input as Request, init),
        timeout: false,
        totalTimeout: timeoutMs,
        retry: kyRetry(canRetry ? retry : { ...retry, limit: 0 }),
        throwHttpErrors: (status) => status !== 304,
        hooks: {
          beforeRequest: [
            ({ request }) => {
              url = request.url;
              const cached = useCache ? cache.get(url) : undefined;
              if (cached) request.headers.set('if-none-match', cached.etag);
            },
          ],
        },
      });
      response = await pending;
      text = await pending.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (isKimError(error)) throw error;
      if (isTimeoutError(error)) {
        throw new KimTimeoutError(`${label} did not finish within ${timeoutMs} ms`, timeoutMs || 0, { cause: error });
      }
      if (isHTTPError(error)) throw createApiError(error.response, error.data, label);
      throw error;
    }

    const requestId = response.headers.get('x-request-id') ?? undefined;
    const fail = (message: string, issues: ResponseIssue[], cause?: unknown) =>
      new KimResponseError(`${label}: ${message}`, { issues, status: response.status, requestId }, { cause });

    if (response.status === 304) {
      const cached = cache.get(url);
      if (!cached)
        throw fail('304 Not Modified for a URL that is not cached', [{ path: '', message: 'unexpected 304' }]);
      text = cached.body;
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const type = response.headers.get('content-type') || 'no content type';
      const what = text.trim() === '' ? 'empty body' : type;
      throw fail(`the response body is not JSON (${what})`, [{ path: '', message: 'not JSON' }], error);
    }

    let data = json as T;
    if (validate) {
      const result = call.schema.safeParse(json);
      if (!result.success) {
        const issues = result.error.issues
          .slice(0, MAX_ISSUES)
          .map((issue) => ({ path: issuePath(issue.path), message: describeIssue(issue) }));
        const first = issues[0];
        throw fail(`the response does not match the schema at ${first?.path || '(root)'}: ${first?.message}`, issues);
      }
      data = result.data;
    }

    const etag = response.headers.get('etag');
    if (useCache && response.status === 200 && etag) cache.set(url, { etag, body: text });
    return data;
  };
}
