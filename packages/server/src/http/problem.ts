// RFC 9457 problem details: the only shape an error ever leaves the server in.
import type { FieldError, Problem, ProblemCode } from '@kim-kit/sdk/schemas';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  invalid_json: 'Malformed JSON body',
  validation_failed: 'Validation failed',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  idempotency_conflict: 'Idempotency key reused with a different request',
  invalid_transition: 'Status change not allowed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  internal_error: 'Internal server error',
  storage_unavailable: 'Storage unavailable',
};

/** The media type of every error body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemInit {
  detail?: string;
  errors?: FieldError[];
  /** Extra response headers (Allow, Retry-After, WWW-Authenticate...). */
  headers?: Record<string, string>;
}

/** Thrown anywhere in a request; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: ProblemCode, init: ProblemInit = {}) {
    super(init.detail ?? TITLES[code]);
    this.status = status;
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
  }
}

/** The problem's `type`: a path on this server that documents the code. */
export const problemType = (code: ProblemCode) => `/problems/${code}`;

export const problemTitle = (code: ProblemCode) => TITLES[code];

/** The body of a problem response. */
export function problemBody(problem: HttpProblem, instance: string, requestId: string): Problem {
  const body: Problem = {
    type: problemType(problem.code),
    title: TITLES[problem.code],
    status: problem.status,
    code: problem.code,
    instance,
    requestId,
  };
  if (problem.detail !== undefined) body.detail = problem.detail;
  if (problem.errors !== undefined) body.errors = problem.errors;
  return body;
}

/** A complete problem response. Errors are never cached. */
export function problemResponse(problem: HttpProblem, instance: string, requestId: string): Response {
  const headers = new Headers(problem.headers);
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE);
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(problemBody(problem, instance, requestId)), {
    status: problem.status,
    headers,
  });
}

/** Every problem code with its title, for the documentation pages. */
export const PROBLEM_TITLES: Readonly<Record<ProblemCode, string>> = TITLES;
