import { KimAuthError } from './kim-auth-error.js';

/**
 * 403: the token is valid but may not do this (another group's data, a role without the right). A subclass of
 * {@link KimAuthError}, so code that handles every authorization failure keeps working; test for this one first
 * when a 403 needs other handling than signing in again.
 */
export class KimForbiddenError extends KimAuthError {
  override name = 'KimForbiddenError';
}
