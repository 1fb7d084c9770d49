import type { FieldError, Problem } from '../schemas/problem.js';
import { KimError } from './kim-error.js';

/** What {@link KimApiError} and its subclasses are built from. */
export interface KimApiErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** Machine-readable problem code, e.g. `not_found` (see `PROBLEM_CODES`). */
  code: string;
  /** Short human-readable summary. */
  title: string;
  /** Longer explanation of this occurrence, when the server gave one. */
  detail?: string | undefined;
  /** The server's request id (`X-Request-Id`), to quote when reporting a problem. */
  requestId?: string | undefined;
  /** One entry per invalid field, e.g. `{ path: 'reporter.email', message: '...' }`. */
  fieldErrors?: FieldError[] | undefined;
  /** The RFC 9457 problem body, when the server sent one. */
  problem?: Problem | undefined;
  /** Seconds to wait before trying again, from the `Retry-After` header. */
  retryAfter?: number | undefined;
  /** Method and path of the call, e.g. `GET /v1/news/abc`, for the message. */
  call?: string | undefined;
  /** For a 412: the record as it is now on the server (the problem's `current` member). */
  current?: unknown;
}

/**
 * The API answered with an HTTP error status. Bodies that are not RFC 9457 problems (an HTML 502 page from a proxy,
 * truncated JSON) still produce a `KimApiError`, titled after the status.
 *
 * @example
 * try {
 *   await client.news.get('no-such-article');
 * } catch (error) {
 *   if (isKimApiError(error)) console.log(error.status, error.code, error.requestId);
 * }
 */
export class KimApiError extends KimError {
  override name = 'KimApiError';
  /** HTTP status of the response. */
  readonly status: number;
  /** Machine-readable problem code, e.g. `not_found`, `validation_failed`, `rate_limited`. */
  readonly code: string;
  /** Short human-readable summary from the problem body, or the status text. */
  readonly title: string;
  /** Longer explanation, when given. */
  readonly detail: string | undefined;
  /** The server's request id (`X-Request-Id`). */
  readonly requestId: string | undefined;
  /** One entry per invalid field; empty when the error is not about fields. */
  readonly fieldErrors: FieldError[];
  /** The problem body as received, or `undefined` when the body was not a problem document. */
  readonly problem: Problem | undefined;
  /**
   * Seconds the server asked to wait before trying again (`Retry-After`, e.g. on a 429 or 503), or `undefined`.
   * The SDK never retries sooner: when the wait is longer than the client's `retry.maxDelayMs` or than what is left
   * of its time budget, the call ends with this error instead.
   */
  readonly retryAfter: number | undefined;

  constructor(init: KimApiErrorInit, options?: ErrorOptions) {
    const where = init.call ? `${init.status}, ${init.call}` : String(init.status);
    super(`${init.title}${init.detail ? `: ${init.detail}` : ''} (${where})`, options);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? [];
    this.problem = init.problem;
    this.retryAfter = init.retryAfter;
  }
}
