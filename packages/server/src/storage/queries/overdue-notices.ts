// The deadline scan: aspirations past their due date and not finished get an overdue notice (enqueueOverdueNotice),
// once per aspiration and due date. The dispatcher runs it every few minutes (notifications/dispatcher.ts).
import { timeZoneOfRegion } from '@kim-kit/sdk/schemas';
import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { enqueueOverdueNotice } from './outbox.js';

/** The calendar day of `instant` in the region's time zone (WIB when unknown): the due date the notice names. */
export function dueDateIn(instant: string, regionCode: string): string {
  const timeZone = timeZoneOfRegion(regionCode)?.ianaName ?? 'Asia/Jakarta';
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/**
 * The aspirations whose `due_at` has passed by `now` and that have no overdue notice for that due date yet, earliest
 * due first (read from `aspirations_due`; the notice is looked up by `outbox_aspiration`).
 */
export function overdueScanQuery(db: Kysely<Tables>, now: string, limit: number) {
  return db
    .selectFrom('aspirations as a')
    .select(['a.id', 'a.tracking_code', 'a.region_code', 'a.due_at'])
    .where('a.due_at', 'is not', null)
    .where('a.due_at', '<', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outbox as o')
            .select('o.id')
            .whereRef('o.aspiration_id', '=', 'a.id')
            .where('o.topic', '=', 'aspiration.overdue')
            .where('o.channel', '=', 'event')
            .whereRef('o.created_at', '>=', 'a.due_at'),
        ),
      ),
    )
    .orderBy('a.due_at')
    .orderBy('a.id')
    .limit(limit);
}

/**
 * Writes the overdue notice of up to `limit` aspirations whose `due_at` has passed by `now` and that have no notice
 * for that due date yet (a notice written at or after the due time is the one of that due date; an extension moves
 * `due_at` past it, and the aspiration is due a new one). A finished aspiration has no `due_at`. Answers how many.
 */
export async function enqueueOverdueNotices(db: Kysely<Tables>, now: string, limit: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await overdueScanQuery(trx, now, limit).execute();
    for (const row of rows) {
      const dueAt = row.due_at as string;
      await enqueueOverdueNotice(
        trx,
        {
          id: row.id,
          trackingCode: row.tracking_code,
          regionCode: row.region_code,
          dueDate: dueDateIn(dueAt, row.region_code),
        },
        now,
      );
    }
    return rows.length;
  });
}
