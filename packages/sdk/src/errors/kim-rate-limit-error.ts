import { KimApiError } from './kim-api-error.js';

/**
 * 429: too many requests. Thrown once the retries (if any) are used up, or at once when the server's `Retry-After`
 * asks for a longer wait than the client allows; `retryAfter` says how many seconds to wait.
 */
export class KimRateLimitError extends KimApiError {
  override name = 'KimRateLimitError';
}
