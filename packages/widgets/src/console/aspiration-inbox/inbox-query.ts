// The inbox's filters as they live in the address (`#/laporan?status=received&age=7`), so a reload or a shared link
// keeps them, and as the API takes them. The age is kept relative ("more than 7 days"), so a link shared today still
// means the same thing next week.
import {
  type AdminAspirationListParams,
  ASPIRATION_KINDS,
  ASPIRATION_STATUSES,
  type AspirationKind,
  type AspirationStatus,
} from '@kim-kit/sdk';

/** The ages the inbox offers, in days ("lebih dari 7 hari"). */
export const INBOX_AGES = [3, 7, 14, 30] as const;
export const INBOX_SORTS = ['newest', 'oldest', 'updated'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export interface InboxQuery {
  status?: AspirationStatus;
  kind?: AspirationKind;
  category?: string;
  /** A region code prefix: a district or a village (or a wider area for admins). */
  region?: string;
  /** Only reports submitted more than this many days ago. */
  age?: number;
  q?: string;
  /** The overdue queue (`'true'`) or the reports still within their due date (`'false'`). */
  overdue?: 'true' | 'false';
  sort?: InboxSort;
  /** The page (the API's cursor). */
  cursor?: string;
}

const REGION = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/** The filters of a query string; anything malformed is dropped rather than sent (a hand-edited link still opens). */
export function parseInboxQuery(search: string | URLSearchParams): InboxQuery {
  const p = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  const query: InboxQuery = {};
  const status = oneOf(ASPIRATION_STATUSES, p.get('status'));
  if (status) query.status = status;
  const kind = oneOf(ASPIRATION_KINDS, p.get('kind'));
  if (kind) query.kind = kind;
  const category = p.get('category');
  if (category && SLUG.test(category) && category.length <= 64) query.category = category;
  const region = p.get('region');
  if (region && REGION.test(region)) query.region = region;
  const age = Number(p.get('age'));
  if (Number.isInteger(age) && age > 0 && age <= 3650) query.age = age;
  const q = p.get('q')?.trim();
  if (q) query.q = q.slice(0, 200);
  const overdue = oneOf(['true', 'false'] as const, p.get('overdue'));
  if (overdue) query.overdue = overdue;
  const sort = oneOf(INBOX_SORTS, p.get('sort'));
  if (sort && sort !== 'newest') query.sort = sort;
  const cursor = p.get('cursor');
  if (cursor && cursor.length <= 500) query.cursor = cursor;
  return query;
}

/** The query string of the filters, in a fixed order (empty when there are none). */
export function formatInboxQuery(query: InboxQuery): string {
  const p = new URLSearchParams();
  for (const key of ['status', 'kind', 'category', 'region', 'age', 'overdue', 'q', 'sort', 'cursor'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') p.set(key, String(value));
  }
  return p.toString();
}

/** The calendar date in Western Indonesia Time (the zone the server's day filters use), `days` before `now`. */
export function wibDate(now: number, daysBefore: number): string {
  return new Date(now + 7 * 3_600_000 - daysBefore * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The API's filters for the query at `now`. "More than N days" is counted in calendar days: on 30 November, "more
 * than 7 days" is everything submitted on 22 November or before.
 */
export function inboxApiParams(query: InboxQuery, now: number = Date.now()): AdminAspirationListParams {
  const params: AdminAspirationListParams = {};
  if (query.status) params.status = query.status;
  if (query.kind) params.kind = query.kind;
  if (query.category) params.category = query.category;
  if (query.region) params.region = query.region;
  if (query.age) params.submittedTo = wibDate(now, query.age + 1);
  if (query.q) params.q = query.q;
  if (query.overdue) params.overdue = query.overdue;
  if (query.sort) params.sort = query.sort;
  if (query.cursor) params.cursor = query.cursor;
  return params;
}

/** Whether any filter is set (the empty state then says "nothing matches" rather than "nothing yet"). */
export function isFiltered(query: InboxQuery): boolean {
  return Boolean(query.status || query.kind || query.category || query.region || query.age || query.overdue || query.q);
}
