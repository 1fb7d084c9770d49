// ky's errors become the SDK's: nothing of ky's reaches the caller raw.
import { HTTPError, TimeoutError } from 'ky';
import { createApiError } from './create-api-error.js';
import { isKimError } from './guards.js';
import { KimTimeoutError } from './kim-timeout-error.js';

/** What the message of a mapped error names: the call and its time budget. */
export interface CallLabel {
  /** Method and path, e.g. `GET /v1/news`. */
  call: string;
  timeoutMs: number | false;
  /** Reads the record a 412 problem carries as `current` (checked against the call's schema). */
  current?: ((value: unknown) => unknown) | undefined;
}

/**
 * The SDK's error for what ky threw: an HTTP error status becomes the matching `KimApiError`, running out of time a
 * `KimTimeoutError`. SDK errors, the reason of an aborted call and errors thrown by hooks pass unchanged.
 */
export function fromKyError(error: unknown, { call, timeoutMs, current }: CallLabel): unknown {
  if (isKimError(error)) return error;
  if (error instanceof HTTPError) return createApiError(error.response, error.data, call, current);
  if (error instanceof TimeoutError) return timeoutError({ call, timeoutMs });
  return error;
}

/** The error of a call that ran out of its time budget. */
export const timeoutError = ({ call, timeoutMs }: CallLabel): KimTimeoutError =>
  new KimTimeoutError(`${call} did not finish within ${timeoutMs} ms`, timeoutMs || 0);
