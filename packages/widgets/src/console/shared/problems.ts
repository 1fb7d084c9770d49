// What a failed call means to the person at the console: a message for the error summary, and the field errors the
// server's problem named (`errors[].path`), keyed by path. The SDK's error classes are told apart by name (and the
// problem's fields read structurally), so errors from another copy of the SDK on the page are understood too.
import type { ConsoleCommonStrings } from '../locales/common.js';

/** The parts of the SDK's typed errors this module reads. */
interface FailureShape {
  name?: string;
  status?: number;
  code?: string;
  detail?: string;
  requestId?: string;
  retryAfter?: number;
  fieldErrors?: { path: string; message: string }[];
}

export interface Problems {
  /** The general message (empty when the field errors say it all). */
  message: string;
  /** Field errors by the problem's path, e.g. `title`, `reporter.email`, `items.0.status`. */
  fields: Record<string, string>;
  /** The server's request id, to quote when reporting a problem. */
  requestId?: string;
  /** The failure kind, for a view to choose what to offer (retry, reload, sign in). */
  kind:
    | 'network'
    | 'timeout'
    | 'validation'
    | 'conflict'
    | 'forbidden'
    | 'not-found'
    | 'rate-limited'
    | 'expired'
    | 'other';
}

/** Reads a failed call. `t` are the console's common strings in the person's language. */
export function problemsOf(error: unknown, t: ConsoleCommonStrings): Problems {
  const failure = (error ?? {}) as FailureShape;
  const requestId = failure.requestId;
  const fields: Record<string, string> = {};
  for (const { path, message } of failure.fieldErrors ?? []) if (!(path in fields)) fields[path] = message;
  const base = { fields, ...(requestId ? { requestId } : {}) };
  switch (failure.name) {
    case 'KimNetworkError':
      return { ...base, kind: 'network', message: t.errorNetwork };
    case 'KimTimeoutError':
      return { ...base, kind: 'timeout', message: t.errorTimeout };
    default:
  }
  switch (failure.status) {
    case 400:
    case 422:
      return {
        ...base,
        kind: 'validation',
        message: Object.keys(fields).length ? '' : failure.detail || t.errorValidation,
      };
    case 401:
      return { ...base, kind: 'expired', message: '' };
    case 403:
      return { ...base, kind: 'forbidden', message: t.errorForbidden };
    case 404:
      return { ...base, kind: 'not-found', message: t.errorNotFound };
    case 409:
    case 412:
      return { ...base, kind: 'conflict', message: failure.detail || t.errorConflict };
    case 429:
      return {
        ...base,
        kind: 'rate-limited',
        message: t.errorRateLimited.replace('{wait}', String(Math.max(1, Math.ceil(failure.retryAfter ?? 60)))),
      };
    default:
      return { ...base, kind: 'other', message: t.errorGeneric };
  }
}
