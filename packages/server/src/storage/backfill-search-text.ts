// Used by the migrations that add `search_text`: fills it for rows written before, with the same words new writes
// get (queries/groups.ts and queries/news.ts).
import type { Kysely } from 'kysely';
import { aspirationSearchDocument, searchDocument, textOfHtml } from './search-words.js';
import { fromJson } from './tables.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const PAGE = 500;

export async function backfillSearchText(db: AnyDb): Promise<void> {
  for (let after = -1; ; ) {
    const rows = await db
      .selectFrom('groups')
      .leftJoin('regions as village', 'village.code', 'groups.region_code')
      .leftJoin('regions as district', 'district.code', 'village.parent_code')
      .select([
        'groups.seq',
        'groups.name',
        'groups.address',
        'groups.chair_name',
        'groups.focus_areas',
        'village.name as village_name',
        'district.name as district_name',
      ])
      .where('groups.seq', '>', after)
      .orderBy('groups.seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const text = searchDocument([
        row.name,
        row.village_name,
        row.district_name,
        row.address,
        row.chair_name,
        ...fromJson<string[]>(row.focus_areas),
      ]);
      await db.updateTable('groups').set({ search_text: text }).where('seq', '=', row.seq).execute();
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1]?.seq);
  }
  for (let after = -1; ; ) {
    const rows = await db
      .selectFrom('news')
      .select(['seq', 'title', 'summary', 'body', 'tags'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const text = searchDocument([row.title, row.summary, textOfHtml(row.body), ...fromJson<string[]>(row.tags)]);
      await db.updateTable('news').set({ search_text: text }).where('seq', '=', row.seq).execute();
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1]?.seq);
  }
}

/** Migration 0003: the search words of aspirations stored before (title, body, tracking code). */
export async function backfillAspirationSearchText(db: AnyDb): Promise<void> {
  for (let after = -1; ; ) {
    const rows = await db
      .selectFrom('aspirations')
      .select(['seq', 'tracking_code', 'title', 'body'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const text = aspirationSearchDocument({ trackingCode: row.tracking_code, title: row.title, body: row.body });
      await db.updateTable('aspirations').set({ search_text: text }).where('seq', '=', row.seq).execute();
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1]?.seq);
  }
}
