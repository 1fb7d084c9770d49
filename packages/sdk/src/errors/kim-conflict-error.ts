import { KimApiError } from './kim-api-error.js';

/**
 * 409: the request conflicts with the current state of the resource (a status change that is no longer allowed, a
 * slug already taken). `problem` carries the server's problem body, extension members included.
 *
 * @example
 * catch (error) {
 *   if (isKimPreconditionFailedError(error)) await reloadAndMerge(); // someone else saved first (412)
 *   else if (isKimConflictError(error)) showMessage(error.detail);
 * }
 */
export class KimConflictError extends KimApiError {
  override name = 'KimConflictError';
}
