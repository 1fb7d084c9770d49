// SQLite's news search walks the FTS index by rowid, newest first, so the rowid must sort exactly like the list:
// `published_at DESC, id DESC`. An article's `sort_key` is its publication time in milliseconds times 1024 plus its
// rank by id among the articles published in the same millisecond (almost always 0).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: also used by the migration that creates the column
type AnyDb = Kysely<any>;

/** Articles one millisecond can hold. */
export const SORT_KEY_SLOTS = 1024;

/** The largest key an article published at `iso` (or earlier) can have: the bound of a search cursor. */
export const sortKeyCeiling = (iso: string) => (Date.parse(iso) + 1) * SORT_KEY_SLOTS;

/**
 * Gives the articles `ids`, and the others published in the same milliseconds, the keys that order them. Changed
 * keys are cleared first and set second, so the unique index never sees two rows with one key.
 */
export async function assignSortKeys(db: AnyDb, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    // Unpublished drafts have no time, so no key: they are not in the search index.
    await db
      .updateTable('news')
      .set({ sort_key: null })
      .where('id', 'in', chunk)
      .where('published_at', 'is', null)
      .where('sort_key', 'is not', null)
      .execute();
    const times = await db
      .selectFrom('news')
      .select('published_at')
      .distinct()
      .where('id', 'in', chunk)
      .where('published_at', 'is not', null)
      .execute();
    for (const { published_at: publishedAt } of times as { published_at: string }[]) {
      const rows: { id: string; sort_key: number | null }[] = await db
        .selectFrom('news')
        .select(['id', 'sort_key'])
        .where('published_at', '=', publishedAt)
        .orderBy('id')
        .execute();
      if (rows.length > SORT_KEY_SLOTS) {
        throw new Error(`More than ${SORT_KEY_SLOTS} articles are published at ${publishedAt}`);
      }
      const base = Date.parse(publishedAt) * SORT_KEY_SLOTS;
      const changed = rows.map((row, rank) => ({ ...row, key: base + rank })).filter((r) => r.sort_key !== r.key);
      if (changed.length === 0) continue;
      const held = changed.filter((r) => r.sort_key !== null).map((r) => r.id);
      if (held.length > 0) await db.updateTable('news').set({ sort_key: null }).where('id', 'in', held).execute();
      for (const row of changed) {
        await db.updateTable('news').set({ sort_key: row.key }).where('id', '=', row.id).execute();
      }
    }
  }
}
