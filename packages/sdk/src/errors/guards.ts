// Type guards that recognise SDK errors from another realm or another copy of the SDK, where `instanceof` fails.
import { KimApiError } from './kim-api-error.js';
import { KimAuthError } from './kim-auth-error.js';
import { KimConflictError } from './kim-conflict-error.js';
import { KimError, kimErrorBrand } from './kim-error.js';
import { KimForbiddenError } from './kim-forbidden-error.js';
import { KimNetworkError } from './kim-network-error.js';
import { KimNotFoundError } from './kim-not-found-error.js';
import { KimPreconditionFailedError } from './kim-precondition-failed-error.js';
import { KimRateLimitError } from './kim-rate-limit-error.js';
import { KimResponseError } from './kim-response-error.js';
import { KimTimeoutError } from './kim-timeout-error.js';
import { KimValidationError } from './kim-validation-error.js';

const isBranded = (value: unknown): value is { name: unknown } =>
  typeof value === 'object' && value !== null && (value as { [kimErrorBrand]?: unknown })[kimErrorBrand] === true;

// biome-ignore lint/suspicious/noExplicitAny: constructor signatures differ per class
const guard = <T>(type: abstract new (...args: any[]) => T, names: string[]) => {
  return (value: unknown): value is T =>
    value instanceof type || (isBranded(value) && names.includes(value.name as string));
};

/** `true` for any error thrown by the SDK, from this or another realm. */
export const isKimError = (value: unknown): value is KimError => value instanceof KimError || isBranded(value);

/** `true` for an HTTP error status from the API (any {@link KimApiError} subclass included). */
export const isKimApiError = guard(KimApiError, [
  'KimApiError',
  'KimNotFoundError',
  'KimValidationError',
  'KimRateLimitError',
  'KimAuthError',
  'KimForbiddenError',
  'KimConflictError',
  'KimPreconditionFailedError',
]);
/** `true` for a 404 ({@link KimNotFoundError}). */
export const isKimNotFoundError = guard(KimNotFoundError, ['KimNotFoundError']);
/** `true` for a 400 or 422 ({@link KimValidationError}). */
export const isKimValidationError = guard(KimValidationError, ['KimValidationError']);
/** `true` for a 429 ({@link KimRateLimitError}). */
export const isKimRateLimitError = guard(KimRateLimitError, ['KimRateLimitError']);
/** `true` for a 401 or 403 ({@link KimAuthError}, {@link KimForbiddenError} included). */
export const isKimAuthError = guard(KimAuthError, ['KimAuthError', 'KimForbiddenError']);
/** `true` for a 403 ({@link KimForbiddenError}): signed in, but not allowed to do this. */
export const isKimForbiddenError = guard(KimForbiddenError, ['KimForbiddenError']);
/** `true` for a 409 or 412 ({@link KimConflictError}, {@link KimPreconditionFailedError} included). */
export const isKimConflictError = guard(KimConflictError, ['KimConflictError', 'KimPreconditionFailedError']);
const isPreconditionFailed = guard(KimPreconditionFailedError, ['KimPreconditionFailedError']);
/**
 * `true` for a 412 ({@link KimPreconditionFailedError}): someone else saved the record since its `version` was
 * read. `T` names the record type of `current`, which the SDK has checked against the schema of the call's record.
 * @example if (isKimPreconditionFailedError<NewsAdminView>(error)) showBothVersions(mine, error.current);
 */
export const isKimPreconditionFailedError = <T = unknown>(value: unknown): value is KimPreconditionFailedError<T> =>
  isPreconditionFailed(value);
/** `true` when no response arrived ({@link KimNetworkError}). */
export const isKimNetworkError = guard(KimNetworkError, ['KimNetworkError']);
/** `true` when the call ran out of time ({@link KimTimeoutError}). */
export const isKimTimeoutError = guard(KimTimeoutError, ['KimTimeoutError']);
/** `true` when a success response had an unusable body ({@link KimResponseError}). */
export const isKimResponseError = guard(KimResponseError, ['KimResponseError']);
