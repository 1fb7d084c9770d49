import { parseRetryAfter } from '../retry-after.js';
import { type FieldError, Problem } from '../schemas/problem.js';
import { KimApiError, type KimApiErrorInit } from './kim-api-error.js';
import { KimAuthError } from './kim-auth-error.js';
import { KimConflictError } from './kim-conflict-error.js';
import { KimForbiddenError } from './kim-forbidden-error.js';
import { KimNotFoundError } from './kim-not-found-error.js';
import { KimPreconditionFailedError } from './kim-precondition-failed-error.js';
import { KimRateLimitError } from './kim-rate-limit-error.js';
import { KimValidationError } from './kim-validation-error.js';

// Titles and codes for error responses whose body is not a problem document (proxies, load balancers, crashes).
const fallbacks: Record<number, [title: string, code: string]> = {
  400: ['Bad Request', 'bad_request'],
  401: ['Unauthorized', 'unauthorized'],
  403: ['Forbidden', 'forbidden'],
  404: ['Not Found', 'not_found'],
  405: ['Method Not Allowed', 'method_not_allowed'],
  408: ['Request Timeout', 'request_timeout'],
  409: ['Conflict', 'conflict'],
  412: ['Precondition Failed', 'precondition_failed'],
  413: ['Content Too Large', 'payload_too_large'],
  415: ['Unsupported Media Type', 'unsupported_media_type'],
  422: ['Unprocessable Content', 'validation_failed'],
  429: ['Too Many Requests', 'rate_limited'],
  500: ['Internal Server Error', 'internal_error'],
  502: ['Bad Gateway', 'bad_gateway'],
  503: ['Service Unavailable', 'service_unavailable'],
  504: ['Gateway Timeout', 'gateway_timeout'],
};

// The subclass of each status with a class of its own; every other error status is a plain KimApiError.
const classes: Record<number, new (init: KimApiErrorInit) => KimApiError> = {
  400: KimValidationError,
  401: KimAuthError,
  403: KimForbiddenError,
  404: KimNotFoundError,
  409: KimConflictError,
  412: KimPreconditionFailedError,
  422: KimValidationError,
  429: KimRateLimitError,
};

/**
 * Turns an HTTP error response into the matching {@link KimApiError} subclass: the one place that maps a status and
 * a problem body to an error.
 *
 * @param response the response (its body may already be consumed: only status and headers are read)
 * @param body the parsed JSON body, the text of a non-JSON body, or `undefined` when it was empty or unreadable
 * @param call method and path, for the message, e.g. `GET /v1/news/abc`
 * @param readCurrent reads the record of a 412 problem (its `current` member); without it the member is kept as sent
 */
export function createApiError(
  response: Response,
  body: unknown,
  call?: string,
  readCurrent?: (value: unknown) => unknown,
): KimApiError {
  const { status, headers } = response;
  const parsed = Problem.safeParse(body);
  const problem = parsed.success ? parsed.data : undefined;
  const [fallbackTitle, fallbackCode] = fallbacks[status] ?? [
    response.statusText || `HTTP ${status}`,
    status >= 500 ? 'server_error' : 'http_error',
  ];
  const contentType = headers.get('content-type')?.split(';')[0] || 'no content type';
  const init: KimApiErrorInit = {
    status,
    code: problem?.code ?? fallbackCode,
    title: problem?.title ?? fallbackTitle,
    detail: problem
      ? problem.detail
      : `The server answered ${status} without a problem document (${body === undefined ? 'empty or unreadable body' : contentType})`,
    requestId: problem?.requestId ?? headers.get('x-request-id') ?? undefined,
    fieldErrors: problem?.errors ?? ([] as FieldError[]),
    problem,
    retryAfter: parseRetryAfter(headers.get('retry-after')),
    call,
  };
  if (status === 412) {
    const current = problem?.current;
    init.current = readCurrent && current !== undefined ? readCurrent(current) : current;
  }
  return new (classes[status] ?? KimApiError)(init);
}
