import { KimApiError, type KimApiErrorInit } from './kim-api-error.js';

/** 429: too many requests. Thrown once the retries (if any) are used up. */
export class KimRateLimitError extends KimApiError {
  override name = 'KimRateLimitError';
  /** Seconds to wait before trying again, from the `Retry-After` header; `undefined` when absent. */
  readonly retryAfter: number | undefined;

  constructor(init: KimApiErrorInit & { retryAfter?: number | undefined }, options?: ErrorOptions) {
    super(init, options);
    this.retryAfter = init.retryAfter;
  }
}
