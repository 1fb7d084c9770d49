// Used by the migrations that add `news.reading_minutes`: fills it for articles written before, as new writes do.
import type { Kysely } from 'kysely';
import { readingMinutes } from '../content/article-text.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

const PAGE = 500;

export async function backfillReadingMinutes(db: AnyDb): Promise<void> {
  for (let after = -1; ; ) {
    const rows: { seq: number; body: string }[] = await db
      .selectFrom('news')
      .select(['seq', 'body'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('news')
        .set({ reading_minutes: readingMinutes(row.body) })
        .where('seq', '=', row.seq)
        .execute();
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1]?.seq);
  }
}
