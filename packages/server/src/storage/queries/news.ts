// News articles.
import type { Kysely } from 'kysely';
import type { StorageDialect } from '../dialect.js';
import { queryWords, searchDocument, textOfHtml } from '../search-words.js';
import type { Keyset, NewNews, NewsFilter, NewsRecord } from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { regionLevelColumn } from './region-levels.js';
import { excludedColumns, WRITE_BATCH } from './upsert.js';

/** What a list shows of an article, with its group and category. */
export const NEWS_SUMMARY_COLUMNS = [
  'news.id',
  'news.slug',
  'news.title',
  'news.summary',
  'news.image_path',
  'news.image_alt',
  'news.image_width',
  'news.image_height',
  'news.region_code',
  'news.tags',
  'news.published_at',
  'news.updated_at',
  'groups.id as group_id',
  'groups.slug as group_slug',
  'groups.name as group_name',
  'groups.region_code as group_region_code',
  'categories.id as category_id',
  'categories.name as category_name',
] as const;

/** The columns an upsert overwrites (all but the id). */
const NEWS_COLUMNS = [
  'slug',
  'title',
  'summary',
  'body',
  'image_path',
  'image_alt',
  'image_width',
  'image_height',
  'group_id',
  'region_code',
  'category_id',
  'tags',
  'published_at',
  'updated_at',
  'search_text',
] as const;

/** Summaries of articles joined with their group and category; engines add their own FROM for search. */
export function selectNewsSummaries(db: Kysely<Tables>) {
  return db
    .selectFrom('news')
    .innerJoin('groups', 'groups.id', 'news.group_id')
    .innerJoin('categories', 'categories.id', 'news.category_id')
    .select(NEWS_SUMMARY_COLUMNS);
}

export type NewsRow = Awaited<ReturnType<ReturnType<typeof selectNewsSummaries>['executeTakeFirstOrThrow']>>;

/** A news list query once the group is resolved to its id: what both the plain list and a search filter on. */
export interface NewsQuery {
  region?: string;
  groupId?: string;
  category?: string;
  limit: number;
  after?: Keyset;
}

/** A search: the list's filters plus the words every article must contain (as prefixes). */
export interface NewsSearch extends NewsQuery {
  words: readonly string[];
}

function toNews(row: NewsRow): NewsRecord {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    image:
      row.image_path && row.image_width && row.image_height
        ? { path: row.image_path, alt: row.image_alt ?? '', width: row.image_width, height: row.image_height }
        : null,
    group: { id: row.group_id, slug: row.group_slug, name: row.group_name, regionCode: row.group_region_code },
    regionCode: row.region_code,
    category: { id: row.category_id, name: row.category_name },
    tags: fromJson(row.tags),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The list without full-text search, newest first: each filter is an equality on the leading column of an index
 * that is ordered by `published_at DESC, id DESC`, so a page is an index range read, whatever the depth.
 */
export function newsListQuery(db: Kysely<Tables>, filter: NewsQuery) {
  let query = selectNewsSummaries(db);
  if (filter.region) query = query.where(`news.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.groupId) query = query.where('news.group_id', '=', filter.groupId);
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query.orderBy('news.published_at', 'desc').orderBy('news.id', 'desc').limit(filter.limit);
}

/** The seqs of the articles a list query selects, without its joins: for an engine's search plan. */
export function newsSeqQuery(db: Kysely<Tables>, filter: NewsQuery) {
  let query = db.selectFrom('news').select('news.seq');
  if (filter.region) query = query.where(`news.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.groupId) query = query.where('news.group_id', '=', filter.groupId);
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query;
}

/** The id of a group given by id or slug. */
async function groupIdOf(db: Kysely<Tables>, idOrSlug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('groups')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row?.id;
}

export async function listNews(db: Kysely<Tables>, dialect: StorageDialect, filter: NewsFilter): Promise<NewsRecord[]> {
  const { q, group, ...rest } = filter;
  const query: NewsQuery = rest;
  if (group !== undefined) {
    query.groupId = await groupIdOf(db, group);
    if (query.groupId === undefined) return [];
  }
  if (q !== undefined) {
    const words = queryWords(q);
    if (words.length === 0) return [];
    return (await dialect.searchNews(db, { ...query, words })).map(toNews);
  }
  const rows = await newsListQuery(db, query).execute();
  return rows.map(toNews);
}

export async function getNews(db: Kysely<Tables>, idOrSlug: string): Promise<NewsRecord | undefined> {
  const row = await selectNewsSummaries(db)
    .select('news.body')
    .where((eb) => eb.or([eb('news.id', '=', idOrSlug), eb('news.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row && { ...toNews(row), body: row.body };
}

export async function putNews(trx: Kysely<Tables>, dialect: StorageDialect, news: readonly NewNews[]): Promise<void> {
  for (let start = 0; start < news.length; start += WRITE_BATCH) {
    const rows = news.slice(start, start + WRITE_BATCH).map((n) => ({
      id: n.id,
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      body: n.body,
      image_path: n.image?.path ?? null,
      image_alt: n.image?.alt ?? null,
      image_width: n.image?.width ?? null,
      image_height: n.image?.height ?? null,
      group_id: n.groupId,
      region_code: n.regionCode,
      category_id: n.categoryId,
      tags: JSON.stringify(n.tags),
      published_at: n.publishedAt,
      updated_at: n.updatedAt,
      search_text: searchDocument([n.title, n.summary, textOfHtml(n.body), ...n.tags]),
    }));
    await trx
      .insertInto('news')
      .values(rows)
      .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(NEWS_COLUMNS)))
      .execute();
    await dialect.afterNewsWritten(
      trx,
      rows.map((r) => r.id),
    );
  }
}
