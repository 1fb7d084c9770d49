import { KimApiError } from './kim-api-error.js';

/** 401 or 403: the admin token is missing, wrong, or not allowed to do this. */
export class KimAuthError extends KimApiError {
  override name = 'KimAuthError';
}
