// News articles.
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { readingMinutes } from '../../content/article-text.js';
import type { StorageDialect } from '../dialect.js';
import { queryWords, searchDocument, textOfHtml } from '../search-words.js';
import type { Keyset, NewNews, NewsFilter, NewsRecord, PublicNewsLookup } from '../storage.js';
import { fromJson, type Tables } from '../tables.js';
import { variantsFromJson } from './media.js';
import { regionLevelColumn } from './region-levels.js';
import { excludedColumns, WRITE_BATCH } from './upsert.js';

/** Statuses whose articles are public once their time has come (a scheduled one needs no job to appear). */
export const PUBLIC_STATUSES = ['published', 'scheduled'] as const;

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
  'news.image_media_id',
  'news.image_variants',
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
  'status',
  'title',
  'summary',
  'summary_source',
  'reading_minutes',
  'body',
  'image_path',
  'image_alt',
  'image_width',
  'image_height',
  'image_media_id',
  'image_variants',
  'group_id',
  'region_code',
  'category_id',
  'tags',
  'author_id',
  'created_at',
  'submitted_at',
  'published_at',
  'deleted_at',
  'review_note',
  'review_action',
  'review_by',
  'review_at',
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
  /** Articles published at or before this moment (ISO) are listed. */
  now: string;
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

/** The cover image of a row; `null` when it has none (or its size is unknown). */
export function imageOf(row: {
  image_path: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  image_media_id: string | null;
  image_variants: NewsRow['image_variants'];
}): NewsRecord['image'] {
  if (!row.image_path || !row.image_width || !row.image_height) return null;
  const image: NonNullable<NewsRecord['image']> = {
    path: row.image_path,
    alt: row.image_alt ?? '',
    width: row.image_width,
    height: row.image_height,
  };
  if (row.image_media_id) image.mediaId = row.image_media_id;
  const variants = variantsFromJson(row.image_variants);
  if (variants) image.variants = variants;
  return image;
}

export function toNews(row: NewsRow): NewsRecord {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    image: imageOf(row),
    group: { id: row.group_id, slug: row.group_slug, name: row.group_name, regionCode: row.group_region_code },
    regionCode: row.region_code,
    category: { id: row.category_id, name: row.category_name },
    tags: fromJson(row.tags),
    // Public rows always have one (the list's conditions); admin reads do not come through here.
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The list without full-text search, newest first: each filter is an equality on the leading column of an index
 * that is ordered by `published_at DESC, id DESC`, so a page is an index range read, whatever the depth.
 */
export function newsListQuery(db: Kysely<Tables>, filter: NewsQuery) {
  let query = selectNewsSummaries(db)
    .where('news.published_at', '<=', filter.now)
    .where('news.status', 'in', PUBLIC_STATUSES);
  if (filter.region) query = query.where(`news.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.groupId) query = query.where('news.group_id', '=', filter.groupId);
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query.orderBy('news.published_at', 'desc').orderBy('news.id', 'desc').limit(filter.limit);
}

/**
 * The seqs of the articles a list query selects, without its joins: for an engine's search plan. `timeBound` is the
 * condition that keeps articles scheduled for later out; an engine may write it so that no index serves it.
 */
export function newsSeqQuery(
  db: Kysely<Tables>,
  filter: NewsQuery,
  timeBound: (now: string) => Expression<SqlBool> = (now) => sql<SqlBool>`news.published_at <= ${now}`,
) {
  let query = db
    .selectFrom('news')
    .select('news.seq')
    .where(timeBound(filter.now))
    .where('news.status', 'in', PUBLIC_STATUSES);
  if (filter.region) query = query.where(`news.${regionLevelColumn(filter.region)}`, '=', filter.region);
  if (filter.groupId) query = query.where('news.group_id', '=', filter.groupId);
  if (filter.category) query = query.where('news.category_id', '=', filter.category);
  if (filter.after) {
    const { value, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('news.published_at', 'news.id'), '<', eb.tuple(value, id)));
  }
  return query;
}

/** The id of a group given by id, slug or one of its old slugs. */
async function groupIdOf(db: Kysely<Tables>, idOrSlug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('groups')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (row) return row.id;
  const old = await db.selectFrom('group_slugs').select('group_id').where('slug', '=', idOrSlug).executeTakeFirst();
  return old?.group_id;
}

export async function listNews(db: Kysely<Tables>, dialect: StorageDialect, filter: NewsFilter): Promise<NewsRecord[]> {
  const { q, group, now, withBody, ...rest } = filter;
  const query: NewsQuery = { ...rest, now: now ?? new Date().toISOString() };
  if (group !== undefined) {
    query.groupId = await groupIdOf(db, group);
    if (query.groupId === undefined) return [];
  }
  let records: NewsRecord[];
  if (q !== undefined) {
    const words = queryWords(q);
    if (words.length === 0) return [];
    records = (await dialect.searchNews(db, { ...query, words })).map(toNews);
  } else {
    records = (await newsListQuery(db, query).execute()).map(toNews);
  }
  if (withBody && records.length > 0) {
    const bodies = await db
      .selectFrom('news')
      .select(['id', 'body'])
      .where(
        'id',
        'in',
        records.map((r) => r.id),
      )
      .execute();
    const byId = new Map(bodies.map((b) => [b.id, b.body]));
    for (const record of records) record.body = byId.get(record.id) ?? '';
  }
  return records;
}

/**
 * An article for the public by id or slug: `public` while published (or scheduled and due), `gone` once it was
 * public and has been unpublished or deleted, `hidden` otherwise (never published, or scheduled for later).
 */
export async function findPublicNews(
  db: Kysely<Tables>,
  idOrSlug: string,
  now: string,
): Promise<PublicNewsLookup | undefined> {
  const row = await selectNewsSummaries(db)
    .select(['news.body', 'news.status', 'news.deleted_at'])
    .where((eb) => eb.or([eb('news.id', '=', idOrSlug), eb('news.slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (!row) return undefined;
  const due = row.published_at !== null && row.published_at <= now;
  if (!due) return { state: 'hidden' };
  if (row.deleted_at !== null || row.status === 'unpublished') return { state: 'gone' };
  if (!(PUBLIC_STATUSES as readonly string[]).includes(row.status)) return { state: 'hidden' };
  return { state: 'public', article: { ...toNews(row), body: row.body } };
}

/** The earliest publication of a scheduled article after `now`, read from the small partial index of those. */
export async function nextScheduledPublication(db: Kysely<Tables>, now: string): Promise<string | null> {
  const row = await db
    .selectFrom('news')
    .select('published_at')
    .where('status', '=', 'scheduled')
    .where('published_at', '>', now)
    .orderBy('published_at')
    .limit(1)
    .executeTakeFirst();
  return row?.published_at ?? null;
}

/** The words an article is found by. */
export const newsSearchText = (n: { title: string; summary: string; body: string; tags: readonly string[] }) =>
  searchDocument([n.title, n.summary, textOfHtml(n.body), ...n.tags]);

export async function putNews(trx: Kysely<Tables>, dialect: StorageDialect, news: readonly NewNews[]): Promise<void> {
  for (let start = 0; start < news.length; start += WRITE_BATCH) {
    const rows = news.slice(start, start + WRITE_BATCH).map((n) => ({
      id: n.id,
      slug: n.slug,
      status: 'published',
      title: n.title,
      summary: n.summary,
      summary_source: 'author',
      reading_minutes: readingMinutes(n.body),
      body: n.body,
      image_path: n.image?.path ?? null,
      image_alt: n.image?.alt ?? null,
      image_width: n.image?.width ?? null,
      image_height: n.image?.height ?? null,
      image_media_id: null,
      image_variants: null,
      group_id: n.groupId,
      region_code: n.regionCode,
      category_id: n.categoryId,
      tags: JSON.stringify(n.tags),
      author_id: n.authorId ?? null,
      created_at: n.publishedAt,
      submitted_at: n.publishedAt,
      published_at: n.publishedAt,
      deleted_at: null,
      review_note: null,
      review_action: null,
      review_by: null,
      review_at: null,
      updated_at: n.updatedAt,
      version: 1,
      search_text: newsSearchText(n),
    }));
    await trx
      .insertInto('news')
      .values(rows)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({ ...excludedColumns(NEWS_COLUMNS)(eb), version: eb('news.version', '+', 1) })),
      )
      .execute();
    await dialect.afterNewsWritten(
      trx,
      rows.map((r) => r.id),
    );
  }
}
