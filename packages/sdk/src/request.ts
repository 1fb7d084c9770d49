// The one place where the SDK talks HTTP: builds the request, retries, keeps the time budget, serves conditional
// GETs from the ETag cache, and maps everything that can go wrong to the SDK's errors.
import type * as z from 'zod/mini';
import { raceAbort, sleep } from './abort.js';
import { createApiError } from './errors/create-api-error.js';
import { KimNetworkError } from './errors/kim-network-error.js';
import { KimResponseError, type ResponseIssue } from './errors/kim-response-error.js';
import { KimTimeoutError } from './errors/kim-timeout-error.js';
import { EtagCache } from './etag-cache.js';
import type { FetchLike, KimClientOptions, RequestOptions } from './options.js';
import { isRetryableStatus, resolveRetry, retryDelay } from './retry.js';

/** One API call, as the resources describe it. */
export interface Call<T> {
  method: 'GET' | 'POST';
  /** Path segments below the base URL, not yet encoded, e.g. `['v1', 'news', idOrSlug]`. */
  path: string[];
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
const MAX_ISSUES = 200;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_format') return `expected ${issue.format}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code.replaceAll('_', ' ');
}

/** `fetch failed (ECONNREFUSED)`: Node hides the useful part in the cause. */
function describeFailure(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { code?: unknown; message?: unknown } };
  const detail = cause?.code ?? cause?.message;
  return `${message ?? String(error)}${typeof detail === 'string' ? ` (${detail})` : ''}`;
}

function encodeSegment(segment: string): string {
  // '.' and '..' would be resolved away by the URL parser, sending the call to another endpoint.
  if (typeof segment !== 'string' || segment === '' || segment === '.' || segment === '..') {
    throw new TypeError(`Invalid path segment: ${JSON.stringify(segment)}`);
  }
  return encodeURIComponent(segment);
}

/** Reads an error body for the error: JSON when it says so and parses, else text, else `undefined`. */
async function readErrorBody(response: Response, signal: AbortSignal): Promise<unknown> {
  try {
    const text = await raceAbort(response.text(), signal);
    if (!text) return undefined;
    return /[/+]json\b/i.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
  } catch {
    signal.throwIfAborted();
    return undefined;
  }
}

/** Builds the `send` function that every resource of one client shares. */
export function createSender(options: KimClientOptions): Send {
  const base = new URL(String(options.baseUrl).replace(/\/*$/, '/'), globalThis.location?.href);
  const retry = resolveRetry(options.retry);
  const cache = new EtagCache(options.cacheSize ?? 100);
  const validate = options.validate ?? true;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async <T>(call: Call<T>, { signal, timeoutMs: callTimeout }: RequestOptions = {}): Promise<T> => {
    signal?.throwIfAborted();
    const path = call.path.map(encodeSegment).join('/');
    const label = `${call.method} /${path}`;
    const url = new URL(path, base);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.append(name, String(value));
    }
    const key = url.href;
    const timeoutMs = callTimeout ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const limit = call.method === 'GET' || call.idempotencyKey !== undefined ? retry.limit : 0;
    const isGet = call.method === 'GET';
    const cached = isGet ? cache.get(key) : undefined;

    const headers = new Headers(options.headers);
    headers.set('accept', 'application/json');
    if (call.auth && options.token) headers.set('authorization', `Bearer ${options.token}`);
    if (call.idempotencyKey !== undefined) headers.set('idempotency-key', call.idempotencyKey);
    if (cached) headers.set('if-none-match', cached.etag);
    let body: string | undefined;
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers.set('content-type', 'application/json');
    }

    // One signal for the whole call, retries included: aborted by the caller or by the time budget.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeoutMs === false
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException(`${label} timed out`, 'TimeoutError'));
          }, timeoutMs);

    let response: Response;
    let text: string;
    try {
      for (let attempt = 0; ; attempt++) {
        let failure: KimNetworkError;
        try {
          const request = new Request(url, { method: call.method, headers, body, signal: controller.signal });
          response = await raceAbort(fetchImpl(request), controller.signal);
          if (response.ok || response.status === 304) {
            text = await raceAbort(response.text(), controller.signal);
            break;
          }
        } catch (error) {
          if (controller.signal.aborted) throw error;
          failure = new KimNetworkError(`Network error on ${call.method} ${key}: ${describeFailure(error)}`, {
            cause: error,
          });
          if (attempt >= limit) throw failure;
          await sleep(retryDelay(attempt + 1, retry), controller.signal);
          continue;
        }
        if (attempt >= limit || !isRetryableStatus(response.status)) {
          throw createApiError(response, await readErrorBody(response, controller.signal), label);
        }
        response.body?.cancel().catch(() => {});
        await sleep(retryDelay(attempt + 1, retry, response), controller.signal);
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new KimTimeoutError(`${label} did not finish within ${timeoutMs} ms`, timeoutMs || 0);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    const requestId = response.headers.get('x-request-id') ?? undefined;
    const fail = (message: string, issues: ResponseIssue[], cause?: unknown) =>
      new KimResponseError(`${label}: ${message}`, { issues, status: response.status, requestId }, { cause });

    if (response.status === 304) {
      if (!cached)
        throw fail('304 Not Modified for a URL that is not cached', [{ path: '', message: 'unexpected 304' }]);
      text = cached.body;
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const what = text.trim() === '' ? 'empty body' : response.headers.get('content-type') || 'no content type';
      throw fail(`the response body is not JSON (${what})`, [{ path: '', message: 'not JSON' }], error);
    }

    let data = json as T;
    if (validate) {
      const result = call.schema.safeParse(json);
      if (!result.success) {
        const issues = result.error.issues
          .slice(0, MAX_ISSUES)
          .map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) }));
        const first = issues[0];
        throw fail(`the response does not match the schema at ${first?.path || '(root)'}: ${first?.message}`, issues);
      }
      data = result.data;
    }

    const etag = response.headers.get('etag');
    if (isGet && response.status === 200 && etag) cache.set(key, { etag, body: text });
    return data;
  };
}
