// Decides what a failed submission means for the citizen: wait and retry, fix a field, or read an error.
import {
  type FieldError,
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

// The SDK's guards recognise its errors across bundles; the name check also covers test fakes and hand-made
// clients that mimic them, as the shared `errorMessage` does.
const named = (error: unknown, ...names: string[]) => names.includes((error as Error | undefined)?.name ?? '');

/** Classifies an error thrown by `client.aspirations.submit`. */
export function classifySubmissionFailure(error: unknown): SubmissionFailure {
  if (
    isKimNetworkError(error) ||
    isKimTimeoutError(error) ||
    isKimRateLimitError(error) ||
    named(error, 'KimNetworkError', 'KimTimeoutError', 'KimRateLimitError')
  ) {
    return 'queue';
  }
  if (isKimValidationError(error) || named(error, 'KimValidationError')) return 'fields';
  if (isKimApiError(error) || named(error, 'KimApiError', 'KimAuthError', 'KimNotFoundError')) {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' && (status >= 500 || status === 408) ? 'queue' : 'refused';
  }
  // A fetch that threw something the SDK did not wrap, or the page aborting the call on unload: the request may
  // not have arrived, and a replay with the same key is harmless if it did.
  if (error instanceof TypeError || (error instanceof DOMException && error.name === 'AbortError')) return 'queue';
  return 'refused';
}

/** The field errors a refusal carries (empty when it names no field). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const errors = (error as { fieldErrors?: unknown } | undefined)?.fieldErrors;
  return Array.isArray(errors) ? errors : [];
}
