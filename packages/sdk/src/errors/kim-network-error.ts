import { KimError } from './kim-error.js';

/** The request never got a response: offline, DNS failure, connection refused or reset, CORS refusal. */
export class KimNetworkError extends KimError {
  override name = 'KimNetworkError';
}
