// The officials' inbox filter, as the list and the CSV export both read it from the query.
import type { AdminAspirationListQuery } from '@kim-kit/sdk/schemas';
import type * as z from 'zod/mini';
import type { AspirationFilter } from '../storage/storage.js';

/**
 * The first instant of a calendar day in Western Indonesia Time (UTC+7, the zone of most KIM programs), `days`
 * later: the bounds of "submitted from/to" day filters.
 */
function startOfDay(date: string, days = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + days * 86_400_000).toISOString();
}

/** What the query selects, within `scope`; the caller adds the page (limit, cursor, sort). */
export function inboxFilter(
  query: z.infer<typeof AdminAspirationListQuery>,
  scope: AspirationFilter['scope'],
): Omit<AspirationFilter, 'limit' | 'after' | 'sort'> {
  return {
    status: query.status,
    kind: query.kind,
    categoryId: query.category,
    region: query.region,
    submittedFrom: query.submittedFrom === undefined ? undefined : startOfDay(query.submittedFrom),
    submittedBefore: query.submittedTo === undefined ? undefined : startOfDay(query.submittedTo, 1),
    q: query.q,
    agencyId: query.agency,
    overdue:
      query.overdue === undefined ? undefined : { now: new Date().toISOString(), value: query.overdue === 'true' },
    scope,
  };
}
