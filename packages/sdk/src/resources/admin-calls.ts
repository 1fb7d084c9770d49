// What the auth and admin resources share: paged lists with a token, query values, answers without a body.
import * as z from 'zod/mini';
import type { RequestOptions, WriteOptions } from '../options.js';
import { createListPromise, type ListPromise } from '../pagination.js';
import type { Call, HttpMethod, Send } from '../request.js';
import { Page } from '../schemas/page.js';

/** A 204 No Content answer. */
export const NoContent = z.undefined();

/** A query parameter as the resources take it: a `Date` is sent as an ISO 8601 timestamp. */
export type QueryValue = string | number | boolean | Date | undefined;

/** Query parameters as they go into the URL. */
export function toQuery(params: Record<string, QueryValue>): Record<string, string | number | boolean | undefined> {
  const query: Record<string, string | number | boolean | undefined> = {};
  for (const [name, value] of Object.entries(params)) query[name] = value instanceof Date ? value.toISOString() : value;
  return query;
}

/** A list of records with the client's token, page after page from `params.cursor`. */
export function pagedList<T>(
  send: Send,
  path: string[],
  item: z.ZodMiniType<T>,
  { cursor: start, ...params }: Record<string, QueryValue> & { cursor?: string | undefined },
  options: RequestOptions | undefined,
): ListPromise<T> {
  const schema = Page(item) as unknown as z.ZodMiniType<Page<T>>;
  const query = toQuery(params);
  return createListPromise(
    (cursor) => send({ method: 'GET', path, query: { ...query, cursor }, schema, auth: true }, options),
    start,
  );
}

/**
 * A write to one record at the version in `options` (sent as `If-Match`), answered by the record; a 412 carries
 * the current record, checked against the same schema.
 */
export function recordWrite<T>(
  schema: z.ZodMiniType<T>,
  method: HttpMethod,
  path: string[],
  options: WriteOptions | undefined,
  json?: unknown,
): Call<T> {
  return { method, path, json, version: options?.version, current: schema, schema, auth: true };
}
