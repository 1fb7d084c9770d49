// Request validation with the contract's schemas, reported as field errors with dotted paths.
import type { FieldError } from '@kim-kit/sdk/schemas';
import { en } from 'zod/locales';
import type * as z from 'zod/mini';
import { HttpProblem } from './problem.js';

/** English messages for the issues a schema leaves without its own message (zod/mini loads no locale). */
const messages = en().localeError;

type Issue = z.core.$ZodIssue;

/** One field error per issue; an unknown key becomes an error on that key's own path. */
export function fieldErrors(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: [...path, key].map(String).join('.'), message: `Unknown field "${key}"` });
      }
    } else {
      errors.push({ path: path.map(String).join('.'), message: issue.message });
    }
  }
  return errors;
}

/** Parses with a contract schema or throws a problem listing every field error. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  failure: { status: 400 | 422; detail: string },
): z.output<S> {
  const result = schema.safeParse(value, { error: messages });
  if (result.success) return result.data;
  throw new HttpProblem(failure.status, 'validation_failed', {
    detail: failure.detail,
    errors: fieldErrors(result.error.issues),
  });
}

/**
 * Reads the query string into an object of strings and validates it; a repeated parameter is an error
 * rather than a silent pick of one value.
 */
export function parseQuery<S extends z.ZodMiniType>(schema: S, url: string): z.output<S> {
  const search = new URL(url).searchParams;
  const query: Record<string, string> = {};
  const repeated: FieldError[] = [];
  for (const [key, value] of search) {
    if (key in query) repeated.push({ path: key, message: `Parameter "${key}" given more than once` });
    else query[key] = value;
  }
  if (repeated.length > 0) {
    throw new HttpProblem(400, 'validation_failed', { detail: 'Invalid query parameters', errors: repeated });
  }
  return parseWith(schema, query, { status: 400, detail: 'Invalid query parameters' });
}
