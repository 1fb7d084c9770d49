import { KimApiError } from './kim-api-error.js';

/** 404: the region, group, article or aspiration does not exist. */
export class KimNotFoundError extends KimApiError {
  override name = 'KimNotFoundError';
}
