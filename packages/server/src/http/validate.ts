// Request validation with the contract's schemas, reported as field errors with dotted paths, worded in the
// request's language (the contract's validation messages) when the problem response is made.
import {
  type FieldError,
  type Language,
  type LocalizedText,
  toFieldErrors,
  validationErrorMap,
} from '@kim-kit/sdk/schemas';
import type * as z from 'zod/mini';
import { HttpProblem } from './problem.js';

/**
 * Parses with a contract schema or throws a problem listing every field error.
 *
 * @param failure status and detail of the problem
 * @param path where the value sits in the request, e.g. `trackingCode`; prefixed to every error's path
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  failure: { status: 400 | 422; detail: string | LocalizedText },
  path?: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Parsing is pure, so the rare invalid request is parsed again in the language the response is made in.
  const errors = (lang: Language): FieldError[] => {
    const again = schema.safeParse(value, { error: validationErrorMap(lang) });
    const list = again.success ? [] : toFieldErrors(again.error, lang);
    return path === undefined ? list : list.map((e) => ({ ...e, path: e.path ? `${path}.${e.path}` : path }));
  };
  throw new HttpProblem(failure.status, 'validation_failed', { detail: failure.detail, errors });
}

const INVALID_QUERY: LocalizedText = { id: 'Parameter kueri tidak valid', en: 'Invalid query parameters' };

/**
 * Reads the query string into an object of strings and validates it; a repeated parameter is an error
 * rather than a silent pick of one value.
 */
export function parseQuery<S extends z.ZodMiniType>(schema: S, url: string): z.output<S> {
  const search = new URL(url).searchParams;
  const query: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of search) {
    if (key in query) repeated.push(key);
    else query[key] = value;
  }
  if (repeated.length > 0) {
    throw new HttpProblem(400, 'validation_failed', {
      detail: INVALID_QUERY,
      errors: (lang) =>
        repeated.map((key) => ({
          path: key,
          message:
            lang === 'en'
              ? `Parameter "${key}" given more than once`
              : `Parameter "${key}" diberikan lebih dari sekali`,
        })),
    });
  }
  return parseWith(schema, query, { status: 400, detail: INVALID_QUERY });
}
