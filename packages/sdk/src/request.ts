// The one place where the SDK talks HTTP, through ky: builds the request from a resource's `Call`, keeps the time
// budget, retries, serves conditional GETs from the ETag cache, validates the body, and maps every failure to the
// SDK's errors. Resources describe calls; nothing else knows about ky.
import ky, { type BeforeErrorHook } from 'ky';
import type * as z from 'zod/mini';
import { raceAbort } from './abort.js';
import { resolveBaseUrl } from './base-url.js';
import { type CallLabel, fromKyError, timeoutError } from './errors/from-ky-error.js';
import { KimNetworkError } from './errors/kim-network-error.js';
import { KimResponseError, type ResponseIssue } from './errors/kim-response-error.js';
import { EtagCache } from './etag-cache.js';
import type { FetchLike, KimClientOptions, RequestOptions, TokenOption } from './options.js';
import { kyRetry, now, resolveRetry } from './retry.js';

/** The methods a call may use. Only GET, and calls with an `Idempotency-Key`, are retried. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A request body sent as it is, for uploads: a `File` or `Blob` (its type becomes the `Content-Type`), `FormData`
 * (multipart), bytes (`ArrayBuffer`, a typed array, a Node `Buffer`), a stream, or text.
 */
export type RawBody = Blob | FormData | URLSearchParams | ArrayBuffer | ArrayBufferView | ReadableStream | string;

/** One API call, as the resources describe it. */
export interface Call<T> {
  method: HttpMethod;
  /** Path segments below the base URL, not yet encoded, e.g. `['v1', 'news', idOrSlug]`. */
  path: string[];
  /** Query parameters; `undefined` ones are left out. */
  query?: Record<string, string | number | boolean | undefined> | undefined;
  /** A body sent as JSON (`Content-Type: application/json`). */
  json?: unknown;
  /** A body sent as it is (an upload); give its `Content-Type` in `headers` unless the body carries one. */
  body?: RawBody | undefined;
  /** Headers of this call, e.g. `{ 'If-Match': etag }`; an `undefined` value removes a client-wide header. */
  headers?: Record<string, string | undefined> | undefined;
  /** Schema of the success body; a 204 No Content answer is checked as `undefined` (e.g. `z.undefined()`). */
  schema: z.ZodMiniType<T>;
  /** Send the client's token as `Authorization: Bearer …`. */
  auth?: boolean;
  /** Sent as the `Idempotency-Key` header; makes the call safe to retry. */
  idempotencyKey?: string | undefined;
  /**
   * The version of the record the write applies to, sent as `If-Match: "<version>"`. When the key is present, even
   * as `undefined`, the call needs it: a missing or invalid version rejects with a `TypeError` before anything is
   * sent.
   */
  version?: number | undefined;
  /** The schema of the record a 412 problem carries as `current`; it becomes `KimPreconditionFailedError.current`. */
  current?: z.ZodMiniType | undefined;
  /** How the success body is read before `schema` checks it: JSON (the default), text, or a `Blob`. */
  responseType?: 'json' | 'text' | 'blob' | undefined;
}

/** A call's validated body with the status and headers of its response, e.g. to read the `ETag` of a record. */
export interface CallResult<T> {
  data: T;
  /** HTTP status; 304 when the body came from the ETag cache. */
  status: number;
  /** Response headers; for a 304, with the `ETag` of the cached body. */
  headers: Headers;
}

/** Sends calls. Every resource of one client shares one. */
export interface Send {
  /** Sends a call and resolves with its validated body. */
  <T>(call: Call<T>, options?: RequestOptions): Promise<T>;
  /** Sends a call and resolves with its validated body, status and response headers. */
  withResponse<T>(call: Call<T>, options?: RequestOptions): Promise<CallResult<T>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** The longest timer browsers and Node keep (about 24.8 days); ky refuses longer budgets. */
const MAX_TIMEOUT_MS = 2_147_483_647;
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

function resolveTimeout(value: number | false | undefined): number | false {
  if (value === false) return false;
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new TypeError(`\`timeoutMs\` must be a number of milliseconds or false, got ${String(value)}`);
  }
  return Math.min(value, MAX_TIMEOUT_MS);
}

async function resolveToken(token: TokenOption | undefined): Promise<string | undefined> {
  const value = typeof token === 'function' ? await token() : token;
  return value || undefined;
}

/**
 * The `fetch` given to ky. Whatever the caller's `fetch` throws, other than an abort, is a network failure; and a
 * `fetch` that ignores the request's signal is still given up when the call is aborted or runs out of time.
 */
function networkFetch(fetchImpl: FetchLike): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    // ky always passes a Request.
    const request = input as Request;
    try {
      return await raceAbort(fetchImpl(request, init), request.signal);
    } catch (error) {
      if (request.signal.aborted) throw error;
      throw new KimNetworkError(`Network error on ${request.method} ${request.url}: ${describeFailure(error)}`, {
        cause: error,
      });
    }
  };
}

/** The label a call carries in ky's `context`, for hooks and for the messages of its errors. */
const labelOf = (context: unknown): CallLabel | undefined =>
  typeof (context as Partial<CallLabel> | undefined)?.call === 'string' ? (context as CallLabel) : undefined;

/** Maps ky's errors to the SDK's before any `beforeError` hook of the application sees them. */
const toKimErrorHook: BeforeErrorHook = ({ error, options }) => {
  const label = labelOf(options.context);
  const mapped = label ? fromKyError(error, label) : error;
  return mapped instanceof Error ? mapped : error;
};

/** The `If-Match` value of a record's version. */
function ifMatch(version: unknown, call: string): string {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new TypeError(`${call}: pass the record's \`version\` (a whole number from 1), got ${String(version)}`);
  }
  return `"${version}"`;
}

/** Builds the `send` function that every resource of one client shares. */
export function createSender(options: KimClientOptions): Send {
  const base = resolveBaseUrl(options.baseUrl);
  const policy = resolveRetry(options.retry);
  const clientTimeout = resolveTimeout(options.timeoutMs);
  const cache = new EtagCache(options.cacheSize ?? 100);
  const validate = options.validate ?? true;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const hooks = options.hooks ?? {};
  const api = ky.create({
    // Checked here (an invalid header name throws at once) and lower-cased, as the calls' own headers are.
    headers: Object.fromEntries(new Headers(options.headers)),
    // One budget for the whole call (`totalTimeout`, retries included), none per attempt.
    timeout: false,
    // A 304 answers a conditional GET from the cache.
    throwHttpErrors: (status) => status !== 304,
    fetch: networkFetch(fetchImpl),
    hooks: {
      beforeRequest: [...(hooks.beforeRequest ?? [])],
      afterResponse: [...(hooks.afterResponse ?? [])],
      beforeRetry: [...(hooks.beforeRetry ?? [])],
      beforeError: [toKimErrorHook, ...(hooks.beforeError ?? [])],
    },
  });

  async function withResponse<T>(
    call: Call<T>,
    { signal, timeoutMs: callTimeout }: RequestOptions = {},
  ): Promise<CallResult<T>> {
    signal?.throwIfAborted();
    const path = call.path.map(encodeSegment).join('/');
    const label: CallLabel = {
      call: `${call.method} /${path}`,
      timeoutMs: callTimeout === undefined ? clientTimeout : resolveTimeout(callTimeout),
    };
    const currentSchema = call.current;
    if (currentSchema) {
      // The record in a 412 problem is checked like a response body; one that breaks the schema is left out.
      label.current = (value) => {
        if (!validate) return value;
        const result = currentSchema.safeParse(value);
        return result.success ? result.data : undefined;
      };
    }
    const url = new URL(path, base);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.append(name, String(value));
    }
    if (call.json !== undefined && call.body !== undefined) {
      throw new TypeError(`${label.call}: a call sends either \`json\` or \`body\`, not both`);
    }

    // Lower-case names, so that a call's header replaces (or, as `undefined`, removes) a client-wide one.
    const headers: Record<string, string | undefined> = { accept: 'application/json' };
    for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = value;
    if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
    if ('version' in call) headers['if-match'] = ifMatch(call.version, label.call);
    const isGet = call.method === 'GET';
    // What a call with a token answers depends on who asks: never kept, so a token swap cannot show another
    // person's record from the cache.
    const cacheable = isGet && !call.auth && !call.responseType;
    const cached = cacheable ? cache.get(url.href) : undefined;
    if (cached) headers['if-none-match'] = cached.etag;
    const started = now();
    if (call.auth) {
      // The token function counts against the time budget: one that never answers must not hang the call.
      const budget = label.timeoutMs === false ? undefined : AbortSignal.timeout(label.timeoutMs);
      const waits = [signal, budget].filter((s) => s !== undefined);
      let token: string | undefined;
      try {
        token = await raceAbort(resolveToken(options.token), waits.length > 1 ? AbortSignal.any(waits) : waits[0]);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (budget?.aborted) throw timeoutError(label);
        throw error;
      }
      if (token) headers.authorization = `Bearer ${token}`;
    }

    const { timeoutMs } = label;
    const retryable = isGet || call.idempotencyKey !== undefined;
    let response: Response;
    let text = '';
    let blob: Blob | undefined;
    try {
      const pending = api(url, {
        method: call.method,
        headers,
        json: call.json,
        // Node's Buffer and other typed arrays are bodies as much as BufferSource is.
        body: call.body as BodyInit | undefined,
        signal,
        totalTimeout: timeoutMs === false ? false : Math.max(0, timeoutMs - (now() - started)),
        retry: retryable
          ? kyRetry(policy, {
              method: call.method,
              signal,
              deadline: timeoutMs === false ? undefined : started + timeoutMs,
            })
          : 0,
        context: { ...label },
      });
      response = await pending;
      if (call.responseType === 'blob') blob = await raceAbort(pending.blob(), signal);
      else text = await raceAbort(pending.text(), signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw fromKyError(error, label);
    }

    const requestId = response.headers.get('x-request-id') ?? undefined;
    const fail = (message: string, issues: ResponseIssue[], cause?: unknown) =>
      new KimResponseError(`${label.call}: ${message}`, { issues, status: response.status, requestId }, { cause });

    let responseHeaders = response.headers;
    if (response.status === 304) {
      if (!cached) {
        throw fail('304 Not Modified for a URL that is not cached', [{ path: '', message: 'unexpected 304' }]);
      }
      text = cached.body;
      if (!responseHeaders.has('etag')) {
        responseHeaders = new Headers(responseHeaders);
        responseHeaders.set('etag', cached.etag);
      }
    }

    let json: unknown;
    if (response.status === 204 || response.status === 205) {
      json = undefined;
    } else if (call.responseType === 'blob' || call.responseType === 'text') {
      json = blob ?? text;
    } else {
      try {
        json = JSON.parse(text);
      } catch (error) {
        const what = text.trim() === '' ? 'empty body' : response.headers.get('content-type') || 'no content type';
        throw fail(`the response body is not JSON (${what})`, [{ path: '', message: 'not JSON' }], error);
      }
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
    if (cacheable && response.status === 200 && etag) cache.set(url.href, { etag, body: text });
    return { data, status: response.status, headers: responseHeaders };
  }

  const send = (<T>(call: Call<T>, requestOptions?: RequestOptions) =>
    withResponse(call, requestOptions).then((result) => result.data)) as Send;
  send.withResponse = withResponse;
  return send;
}
