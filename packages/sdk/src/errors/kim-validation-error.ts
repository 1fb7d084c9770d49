import { KimApiError } from './kim-api-error.js';

/**
 * 400 or 422: the server refused the input. `fieldErrors` says which fields and why.
 *
 * @example
 * catch (error) {
 *   if (isKimValidationError(error)) {
 *     for (const { path, message } of error.fieldErrors) form.showError(path, message);
 *   }
 * }
 */
export class KimValidationError extends KimApiError {
  override name = 'KimValidationError';
}
