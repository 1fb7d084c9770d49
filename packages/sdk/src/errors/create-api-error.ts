import { parseRetryAfter } from '../retry-after.js';
import { type FieldError, Problem } from '../schemas/problem.js';
import { KimApiError, type KimApiErrorInit } from './kim-api-error.js';
import { KimAuthError } from './kim-auth-error.js';
import { KimNotFoundError } from './kim-not-found-error.js';
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
  413: ['Content Too Large', 'payload_too_large'],
  415: ['Unsupported Media Type', 'unsupported_media_type'],
  422: ['Unprocessable Content', 'validation_failed'],
  429: ['Too Many Requests', 'rate_limited'],
  500: ['Internal Server Error', 'internal_error'],
  502: ['Bad Gateway', 'bad_gateway'],
  503: ['Service Unavailable', 'service_unavailable'],
  504: ['Gateway Timeout', 'gateway_timeout'],
};

/**
 * Turns an HTTP error response into the matching {@link KimApiError} subclass.
 *
 * @param response the response (its body may already be consumed: only status and headers are read)
 * @param body the parsed JSON body, the text of a non-JSON body, or `undefined` when it was empty or unreadable
 * @param call method and path, for the message, e.g. `GET /v1/news/abc`
 */
export function createApiError(response: Response, body: unknown, call?: string): KimApiError {
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
    call,
  };
  if (status === 404) return new KimNotFoundError(init);
  if (status === 400 || status === 422) return new KimValidationError(init);
  if (status === 401 || status === 403) return new KimAuthError(init);
  if (status === 429)
    return new KimRateLimitError({ ...init, retryAfter: parseRetryAfter(headers.get('retry-after')) });
  return new KimApiError(init);
}
