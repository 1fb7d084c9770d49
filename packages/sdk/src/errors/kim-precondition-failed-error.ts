import { KimConflictError } from './kim-conflict-error.js';

/**
 * 412: an `If-Match` precondition failed: the record changed since its `ETag` was read (someone else saved first).
 * Read it again, merge, and retry with the new `ETag`. A subclass of {@link KimConflictError}.
 */
export class KimPreconditionFailedError extends KimConflictError {
  override name = 'KimPreconditionFailedError';
}
