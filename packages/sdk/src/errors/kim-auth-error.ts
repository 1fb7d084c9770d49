import { KimApiError } from './kim-api-error.js';

/**
 * 401 or 403: the token is missing, wrong or expired, or (403, {@link KimForbiddenError}) not allowed to do this.
 */
export class KimAuthError extends KimApiError {
  override name = 'KimAuthError';
}
