import { KimError } from './kim-error.js';

/** A problem found in a response body, e.g. `{ path: 'data.2.publishedAt', message: 'expected string' }`. */
export interface ResponseIssue {
  /** Dotted path inside the body; empty for the body as a whole. */
  path: string;
  message: string;
}

/**
 * The server answered with a success status but the body is unusable: not JSON, or JSON that breaks the contract.
 * Distinct from {@link KimApiError}: the HTTP exchange succeeded, the content did not.
 */
export class KimResponseError extends KimError {
  override name = 'KimResponseError';
  /** Where the body first broke the schema, e.g. `data.2.publishedAt`; empty when the body is not JSON at all. */
  readonly path: string;
  /** Every problem found (the first few hundred at most). */
  readonly issues: ResponseIssue[];
  /** HTTP status of the response. */
  readonly status: number;
  /** The server's request id (`X-Request-Id`), when sent. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    init: { issues: ResponseIssue[]; status: number; requestId?: string | undefined },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.issues = init.issues;
    this.path = init.issues[0]?.path ?? '';
    this.status = init.status;
    this.requestId = init.requestId;
  }
}
