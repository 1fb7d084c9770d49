// The officials' inbox filter, as the list and the CSV export both read it from the query.
import type { AdminAspirationListQuery } from '@kim-kit/sdk/schemas';
import type * as z from 'zod/mini';
import { startOfDay } from '../aspirations/day-bounds.js';
import type { AspirationFilter } from '../storage/storage.js';

/** What the query selects, within `scope` (days in Western Indonesia Time, the zone of most KIM programs); the caller adds the page (limit, cursor, sort). */
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
    submittedBefore: query.submittedTo === undefined ? undefined : startOfDay(query.submittedTo, undefined, 1),
    q: query.q,
    agencyId: query.agency,
    overdue:
      query.overdue === undefined ? undefined : { now: new Date().toISOString(), value: query.overdue === 'true' },
    scope,
  };
}
