// Decides what a failed submission means for the citizen: wait and retry, fix a field, or read an error.
import {
  isKimApiError,
  isKimNetworkError,
  isKimRateLimitError,
  isKimTimeoutError,
  isKimValidationError,
} from '@kim-kit/sdk';

/**
 * - `queue`: it may pass (offline, timeout, 5xx, 408, 429); keep it in the outbox and retry with the same key.
 * - `fields`: the server refused the content (400/422); show what is wrong, do not retry as is.
 * - `refused`: any other answer (409 idempotency conflict, 413, 403...): retrying the same request cannot help.
 */
export type SubmissionFailure = 'queue' | 'fields' | 'refused';

/** Classifies an error thrown by `client.aspirations.submit`. */
export function classifySubmissionFailure(error: unknown): SubmissionFailure {
  if (isKimNetworkError(error) || isKimTimeoutError(error) || isKimRateLimitError(error)) return 'queue';
  if (isKimValidationError(error)) return 'fields';
  if (isKimApiError(error)) return error.status >= 500 || error.status === 408 ? 'queue' : 'refused';
  // A fetch that threw something the SDK did not wrap, or the page aborting the call on unload: the request may
  // not have arrived, and a replay with the same key is harmless if it did.
  if (error instanceof TypeError || (error instanceof DOMException && error.name === 'AbortError')) return 'queue';
  return 'refused';
}
